// schema.org Dataset JSON-LD (https://schema.org/Dataset) for the pages that offer downloads: the data
// page (every download and the data package) and a chart's page (the chart's own files). Search engines'
// dataset search reads it. Its addresses go through siteLink, so they respect the base path and the
// public address (absolute when known). To place it on a page, print the object in a
// <script type="application/ld+json"> element.
import type { SiteConfig } from '../schema/site.ts';
import { pathIn, type Lang } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import { siteLink, type Served } from '../urls.ts';

/** One file of a Dataset's distribution. */
export interface DataDownload {
  '@type': 'DataDownload';
  encodingFormat: 'text/csv' | 'application/json';
  contentUrl: string;
}

export interface DatasetLd {
  '@context': 'https://schema.org';
  '@type': 'Dataset';
  name: string;
  description: string;
  url: string;
  inLanguage: Lang;
  license: string;
  creditText: string;
  isAccessibleForFree: true;
  creator: { '@type': 'Organization'; name: string; url: string };
  publisher: { '@type': 'Organization'; name: string; url: string };
  dateModified?: string;
  distribution: DataDownload[];
}

/** What a Dataset is made of: its words, its page and its files (paths inside the edition: "data/x.csv"). */
export interface DatasetInput {
  site: SiteConfig;
  lang: Lang;
  name: string;
  description: string;
  /** The page that offers the files, inside the edition ("data/", "charts/<id>/"). */
  page: string;
  /** The files, inside the edition ("data/estimates.csv"); CSV or JSON by their extension. */
  files: readonly string[];
  /** Day of the data's latest change, yyyy-mm-dd (from the records, never the build clock). */
  dateModified?: string;
  served?: Served;
}

const link = (i: DatasetInput, path: string) => siteLink(pathIn(i.lang, path), i.served);

/** The Dataset JSON-LD of a page offering downloads. */
export function datasetJsonLd(i: DatasetInput): DatasetLd {
  const org = {
    '@type': 'Organization' as const,
    name: i.lang === 'en' ? i.site.publisher.name : i.site.publisher.ar.name,
    url: link(i, ''),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: i.name,
    description: i.description,
    url: link(i, i.page),
    inLanguage: i.lang,
    license: i.site.licence.url,
    // The licence's sentence: what may be reused, crediting whom, and that quotations and headlines stay their authors'.
    creditText: i.lang === 'en' ? i.site.licence.text : i.site.licence.ar.text,
    isAccessibleForFree: true,
    creator: org,
    publisher: org,
    ...(i.dateModified ? { dateModified: i.dateModified } : {}),
    distribution: i.files.map((f) => ({
      '@type': 'DataDownload',
      encodingFormat: f.endsWith('.csv') ? 'text/csv' : 'application/json',
      contentUrl: link(i, f),
    })),
  };
}

/** Common inputs of the two pages: the site, the edition, the day of the latest change, how it is served. */
type PageInput = Pick<DatasetInput, 'site' | 'lang' | 'dateModified' | 'served'>;

/** The data page's Dataset (data/): every dataset as CSV and JSON, and the data package. */
export function dataPageJsonLd(p: PageInput & { datasets: readonly string[] }): DatasetLd {
  const s = ui[p.lang].share;
  return datasetJsonLd({
    ...p,
    name: s.dataTitle,
    description: s.dataDescription,
    page: 'data/',
    files: [...p.datasets.flatMap((id) => [`data/${id}.csv`, `data/${id}.json`]), 'data/datapackage.json'],
  });
}

/** A chart page's Dataset (charts/<id>/): the chart's rows as CSV and JSON. */
export function chartPageJsonLd(p: PageInput & { chart: { id: string; title: string; takeaway: string } }): DatasetLd {
  return datasetJsonLd({
    ...p,
    name: ui[p.lang].share.chartData(p.chart.title),
    description: p.chart.takeaway,
    page: `charts/${p.chart.id}/`,
    files: [`data/${p.chart.id}.csv`, `data/${p.chart.id}.json`],
  });
}
