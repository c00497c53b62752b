// What the chart-image endpoints share (charts/<id>/<id>.svg, .png and their Arabic twins): the chart drawn by
// the same component as its page, through Astro's container, made self-contained by src/build/chart-image.ts.
// Both images of a chart in a language come from one drawing, made once per build.
import { experimental_AstroContainer } from 'astro/container';
import type { GetStaticPaths } from 'astro';
import Chart from '../../components/content/Chart.astro';
import { CHART_IDS, type ChartId } from '../../charts/ids.ts';
import { getChart, shortOutlet } from '../../charts/registry.ts';
import { chartSvg, wideSvg } from '../../build/chart-image.ts';
import { chartUi } from '../../i18n/charts.ts';
import { DIR, pathIn, ui, type Lang } from '../../i18n/index.ts';
import { loadSite } from '../../records/site.ts';
import { absoluteUrl, href } from '../../urls.ts';

/** charts/<id>/<id>.svg: inside the chart page's folder (charts/ lists only the pages), named for download. */
export const getStaticPaths = (() =>
  CHART_IDS.map((chart) => ({ params: { chart, name: chart } }))) satisfies GetStaticPaths;

let container: Promise<experimental_AstroContainer> | undefined;
const made = new Map<string, Promise<string>>();

/** The self-contained SVG of one chart in one language. */
export function chartImage(id: ChartId, lang: Lang): Promise<string> {
  const key = `${lang}/${id}`;
  if (!made.has(key)) made.set(key, draw(id, lang));
  return made.get(key)!;
}

async function draw(id: ChartId, lang: Lang): Promise<string> {
  container ??= experimental_AstroContainer.create();
  const page = pathIn(lang, `charts/${id}/`);
  const html = await (
    await container
  ).renderToString(Chart, {
    props: { id },
    request: new Request(`http://localhost${href(page)}`),
  });
  const chart = getChart(id, lang);
  const t = ui[lang];
  const outlets = [...new Set((await chart.sources()).map((s) => shortOutlet(s.outlet)))];
  return chartSvg(wideSvg(html, id), {
    title: chart.title,
    takeaway: chart.takeaway,
    sources: `${chartUi[lang].sources} ${outlets.join(t.semicolon)}.`,
    credit: t.siteName,
    licence: loadSite().licence.name,
    address: absoluteUrl(page) ?? href(page),
    dir: DIR[lang],
  });
}
