// data/datapackage.json (and ar/data/datapackage.json): the downloads described as a Frictionless
// Tabular Data Package (https://specs.frictionlessdata.io/tabular-data-package/), so a reader's tools
// can load every CSV with its column types and meanings, its licence and its sources. Its dates come
// from the records (the updates log), never the build clock: the same records build the same file.
import type { Dataset } from './downloads.ts';
import { describe, type Column } from './columns.ts';
import type { SiteConfig } from '../schema/site.ts';
import type { Lang } from '../i18n/locales.ts';

/** One field of a resource's Table Schema. */
export interface PackageField {
  name: string;
  type: NonNullable<Column['type']>;
  description: string;
}

/** One CSV file of the package. */
export interface PackageResource {
  name: string;
  title: string;
  /** The file, relative to the package (data/ or ar/data/). */
  path: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  schema: { fields: PackageField[]; primaryKey: 'id' };
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  language: Lang;
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path: string }[];
  contributors: { title: string; role: 'publisher' }[];
  /** Day of first publication (the updates log's earliest entry), as an RFC 3339 date-time. */
  created: string;
  /** Day of the latest entry of the updates log, yyyy-mm-dd. */
  updated: string;
  resources: PackageResource[];
}

/** What the package is made from: the edition's downloads and the site's facts. */
export interface PackageInput {
  lang: Lang;
  site: SiteConfig;
  /** The edition's datasets (data/<id>.csv). */
  datasets: readonly Dataset[];
  /** Each figure's own file (data/figures/<id>.csv): one row of the estimates dataset. */
  figures: readonly Dataset[];
  /** The source articles, in the edition's language. */
  sources: readonly { outlet: string; headline: string; url: string }[];
  /** Day of first publication and of the latest update, yyyy-mm-dd (from content/updates/). */
  firstPublished: string;
  lastUpdated: string;
  /** The address of the edition's data page (see siteLink). */
  homepage: string;
}

/** Words of the package itself, per edition. */
const WORDS: Record<Lang, { title: (site: string) => string; description: string; figure: (id: string) => string }> = {
  en: {
    title: (site) => `${site}: data`,
    description:
      'The records behind the explainer on the recruitment of Iraqi citizens into Russia’s army: every figure as a claim with who gives it, when and in which source; every dated event; every source article; and the rows of each chart. Generated from the same records as the pages.',
    figure: (id) => `One figure: the row "${id}" of estimates.csv`,
  },
  ar: {
    title: (site) => `${site}: البيانات`,
    description:
      'السجلات التي يقوم عليها الملف عن تجنيد مواطنين عراقيين في الجيش الروسي: كل رقم بوصفه ادعاءً مع قائله وتاريخه ومصدره، وكل حدث مؤرَّخ، وكل مقالة مصدر، وصفوف كل رسم بياني. مولَّدة من السجلات نفسها التي تُبنى منها الصفحات. أسماء الأعمدة وقيمها الآلية (المعرِّفات والأرقام والتواريخ والروابط) كما في الملفات الإنجليزية، والنصوص وحدها بالعربية.',
    figure: (id) => `رقم واحد: الصف "${id}" من estimates.csv`,
  },
};

/** A package name as the spec wants it (lower case, digits, "-"): "Iraq’s Recruits" → "iraqs-recruits". */
export const packageName = (title: string) =>
  title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The Table Schema of a dataset: its columns in order, each with its type and description. */
export function tableSchema(d: Dataset): PackageResource['schema'] {
  return {
    fields: d.fields.map((c) => ({ name: c.key, type: c.type ?? 'string', description: describe(c) })),
    primaryKey: 'id',
  };
}

const resource = (d: Dataset, name: string, path: string, title: string): PackageResource => ({
  name,
  title,
  path,
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  schema: tableSchema(d),
});

/** The data package of one edition's downloads. */
export function dataPackage(p: PackageInput): DataPackage {
  const w = WORDS[p.lang];
  const publisher = p.lang === 'en' ? p.site.publisher.name : p.site.publisher.ar.name;
  const licence = p.site.licence;
  return {
    profile: 'tabular-data-package',
    name: `${packageName(p.site.publisher.name)}-data${p.lang === 'en' ? '' : `-${p.lang}`}`,
    title: w.title(publisher),
    // The licence's sentence says that quotations and headlines stay their authors'.
    description: `${w.description} ${p.lang === 'en' ? licence.text : licence.ar.text}`,
    homepage: p.homepage,
    language: p.lang,
    licenses: [{ name: licence.name.replace(/\s+/g, '-'), path: licence.url, title: licence.name }],
    sources: p.sources.map((s) => ({ title: `${s.outlet}: ${s.headline}`, path: s.url })),
    contributors: [{ title: publisher, role: 'publisher' }],
    created: `${p.firstPublished}T00:00:00Z`,
    updated: p.lastUpdated,
    resources: [
      ...p.datasets.map((d) => resource(d, d.id, `${d.id}.csv`, d.title)),
      ...p.figures.map((d) => resource(d, `figure-${d.id}`, `figures/${d.id}.csv`, w.figure(d.id))),
    ],
  };
}

/** The package as the file is written: indented JSON ending in a newline. */
export const toPackageJson = (p: DataPackage) => `${JSON.stringify(p, null, 2)}\n`;
