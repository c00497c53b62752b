// charts/<id>/<id>.svg: the chart as a self-contained image (see ./_image.ts); the Arabic edition's
// ar/charts/<id>/<id>.svg runs this endpoint too and takes its language from the URL.
import type { APIRoute } from 'astro';
import { chartImage } from '../_image.ts';
import type { ChartId } from '../../../charts/ids.ts';
import { langOf } from '../../../i18n/index.ts';

export { getStaticPaths } from '../_image.ts';

export const GET: APIRoute = async ({ params, url }) =>
  new Response(await chartImage(params.chart as ChartId, langOf(url)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
