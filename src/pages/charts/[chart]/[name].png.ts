// charts/<id>/<id>.png: the chart image of ./[name].svg.ts rasterised by resvg from the bundled faces;
// the Arabic edition's ar/charts/<id>/<id>.png runs this endpoint too.
import type { APIRoute } from 'astro';
import { chartImage } from '../_image.ts';
import { chartPng } from '../../../build/chart-image.ts';
import type { ChartId } from '../../../charts/ids.ts';
import { langOf } from '../../../i18n/index.ts';

export { getStaticPaths } from '../_image.ts';

export const GET: APIRoute = async ({ params, url }) =>
  new Response(new Uint8Array(chartPng(await chartImage(params.chart as ChartId, langOf(url)))), {
    headers: { 'Content-Type': 'image/png' },
  });
