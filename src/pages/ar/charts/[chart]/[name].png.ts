// ar/charts/<id>/<id>.png: the Arabic chart image; the English endpoint draws it in the language of the URL.
export { GET, getStaticPaths } from '../../../charts/[chart]/[name].png.ts';
