// An edition's data package (data/datapackage.json, ar/data/datapackage.json), gathered from the
// downloads, the sources, the updates log and content/site.yaml; its shape is datapackage.ts's.
import { datasets, figureDatasets } from './downloads.ts';
import { dataPackage, type DataPackage } from './datapackage.ts';
import { firstPublished, siteUpdated } from './share.ts';
import { getSources } from '../records/queries.ts';
import { loadSite } from '../records/site.ts';
import { localized } from '../i18n/records.ts';
import { pathIn, type Lang } from '../i18n/locales.ts';
import { siteLink } from '../urls.ts';

/** The data package describing one edition's CSV downloads. */
export async function editionPackage(lang: Lang): Promise<DataPackage> {
  const [all, figures, sources, first, updated] = await Promise.all([
    datasets(lang),
    figureDatasets(lang),
    getSources(),
    firstPublished(),
    siteUpdated(),
  ]);
  return dataPackage({
    lang,
    site: loadSite(),
    datasets: all,
    figures,
    // The articles in the order of the sources download: by date, undated last.
    sources: (all.find((d) => d.id === 'sources')?.rows ?? []).map((r) => {
      const s = localized(sources.get(String(r.id))!.data, lang);
      return { outlet: s.outlet, headline: s.headline, url: s.url };
    }),
    firstPublished: first,
    lastUpdated: updated,
    homepage: siteLink(pathIn(lang, 'data/')),
  });
}
