// ar/charts/<id>/<id>.svg: the Arabic chart image; the English endpoint draws it in the language of the URL.
export { GET, getStaticPaths } from '../../../charts/[chart]/[name].svg.ts';
