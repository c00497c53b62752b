// The data downloads (CSV and JSON under data/, and the Arabic edition's under ar/data/), built from
// the records at build time, so a download can never disagree with the page. One row per record, each
// with its source's outlet, date and URL, in date order. The columns, with what each one means, are in
// columns.ts; data/datapackage.json describes the files (datapackage.ts).
import {
  getEstimates,
  getEvents,
  getSources,
  getThemes,
  themeSlug,
  type Estimate,
  type Source,
} from '../records/queries.ts';
import { formatDate, formatEstimate } from '../format/format.ts';
import { compareFuzzyDates, parseFuzzyDate, type FuzzyDate } from '../schema/dates.ts';
import { claimWhen, contestedIds, disputeLinks, lastRevised } from '../records/claims.ts';
import { figurePage, siteLink } from '../urls.ts';
import { ui } from '../i18n/ui.ts';
import { pathIn, type Lang } from '../i18n/locales.ts';
import { localized } from '../i18n/records.ts';
import type { Cell } from '../format/csv.ts';
import { chartData, chartDef, charts, rowAnchor, type ChartDef, type Row } from '../charts/registry.ts';
import { chartColumns, ESTIMATE_COLUMNS, EVENT_COLUMNS, SOURCE_RECORD_COLUMNS, type Column } from './columns.ts';

/** One downloadable table. */
export interface Dataset {
  /** File name without extension: data/<id>.csv and data/<id>.json. */
  id: string;
  /** The edition the words are in (ar: the files under ar/data/). */
  lang: Lang;
  /** What the table holds, as link text, in the edition's language. */
  title: string;
  /** The columns in order, with their types and descriptions (see columns.ts). */
  fields: readonly Column[];
  /** Column names in order; every row has exactly these keys. */
  columns: readonly string[];
  rows: Record<string, Cell>[];
}

/** A link to a page of an edition, for the rows' link columns (see siteLink). */
const linkIn = (lang: Lang, path: string) => siteLink(pathIn(lang, path));

const UNDATED = parseFuzzyDate('undated');
/** Ids compared as plain text (no locale rules), so the order is the same on every machine. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows in date order: by the date's start, then its end (a fuzzy date such as "late 2025" sorts by
 * the first day it may mean), undated last, ties by id.
 */
export function inDateOrder<T>(items: readonly T[], dateOf: (x: T) => FuzzyDate | undefined, idOf: (x: T) => string) {
  return [...items].sort(
    (a, b) => compareFuzzyDates(dateOf(a) ?? UNDATED, dateOf(b) ?? UNDATED) || byCodeUnits(idOf(a), idOf(b)),
  );
}

/** Link (absolute when the address is known, see siteLink) to the first theme page whose text places this component, for the rows' "link" column. */
async function pageWith(component: string, lang: Lang): Promise<string | undefined> {
  const theme = (await getThemes(lang)).find((t) => (t.body ?? '').includes(`<${component}`));
  return theme ? linkIn(lang, `${themeSlug(theme)}/`) : undefined;
}

const sourceCells = (s: Source | undefined, lang: Lang) => {
  const d = s && localized(s.data, lang);
  return {
    source_id: s?.id,
    source_outlet: d?.outlet,
    source_headline: d?.headline,
    source_date: d ? formatDate(d.published, lang) : undefined,
    source_url: d?.url,
  };
};

const keys = (cols: readonly Column[]) => cols.map((c) => c.key);

/** Every estimate: the figure as the site prints it, its parts, who claims it, when, and its source; by the date the tables print. */
export async function estimatesDataset(lang: Lang = 'en'): Promise<Dataset> {
  const [estimates, sources, page] = await Promise.all([
    getEstimates(),
    getSources(),
    pageWith('EstimatesTable', lang),
  ]);
  const claims = new Map([...estimates].map(([id, e]) => [id, e.data]));
  const links = disputeLinks(claims);
  const contested = contestedIds(claims);
  // The ids of the other claims; a dispute by someone with no figure of their own has no id to list.
  const ids = (id: string, dir: 'disputes' | 'disputed-by') =>
    [...new Set((links.get(id) ?? []).filter((l) => l.direction === dir && l.other !== null).map((l) => l.other))].join(
      ' | ',
    ) || undefined;
  const whenOf = (e: Estimate) => claimWhen(e.data, sources.get(e.data.source.id)!.data.published);
  const ordered = inDateOrder(
    [...estimates.values()],
    (e) => whenOf(e).date,
    (e) => e.id,
  );
  const rows = ordered.map((e) => {
    const d = localized(e.data, lang);
    const source = sources.get(d.source.id)!;
    const when = whenOf(e);
    return {
      id: e.id,
      figure: formatEstimate(d, lang),
      measure: d.measure,
      measure_label: ui[lang].measures[d.measure],
      measure_note: d.measureNote,
      qualifier: d.qualifier,
      value: d.value,
      low: d.low,
      high: d.high,
      unit: d.unit,
      claimant_name: d.claimant.name,
      claimant_role: d.claimant.role,
      claimant_kind: d.claimant.kind,
      date: when.date.raw,
      date_start: when.date.start,
      date_end: when.date.end,
      date_note: d.dateNote,
      contested: contested.has(e.id),
      note: d.note,
      quote: d.quote?.text,
      quote_speaker: d.quote?.speaker,
      ...sourceCells(source, lang),
      link: page && `${page}#estimate-${e.id}`,
      wording: d.wording,
      scope: d.scope,
      figure_kind: d.figureKind,
      not_counted: d.notCounted,
      date_kind: when.kind,
      claimed: d.claimed?.raw,
      claimed_start: d.claimed?.start,
      claimed_end: d.claimed?.end,
      reported: source.data.published.raw,
      reported_start: source.data.published.start,
      reported_end: source.data.published.end,
      disputes: ids(e.id, 'disputes'),
      disputed_by: ids(e.id, 'disputed-by'),
      no_quote: d.noQuote,
      revised: lastRevised(d),
      page: linkIn(lang, figurePage(e.id)),
    };
  });
  const fields = ESTIMATE_COLUMNS;
  return { id: 'estimates', lang, title: ui[lang].share.datasets.estimates, fields, columns: keys(fields), rows };
}

/** Every dated event, by its date; an event with several sources lists them all, separated by " | ". */
export async function eventsDataset(lang: Lang = 'en'): Promise<Dataset> {
  const [events, sources, page] = await Promise.all([getEvents(), getSources(), pageWith('EventList', lang)]);
  const join = (xs: (string | undefined)[]) => xs.map((x) => x ?? '').join(' | ');
  const ordered = inDateOrder(
    [...events.values()],
    (ev) => ev.data.date,
    (ev) => ev.id,
  );
  const rows = ordered.map((ev) => {
    const d = localized(ev.data, lang);
    const ss = d.sources.map((s) => sourceCells(sources.get(s.id), lang));
    return {
      id: ev.id,
      title: d.title,
      summary: d.summary,
      kind: d.kind,
      date: d.date.raw,
      date_start: d.date.start,
      date_end: d.date.end,
      date_kind: d.dateKind,
      date_note: d.dateNote,
      section: d.section,
      source_id: join(ss.map((s) => s.source_id)),
      source_outlet: join(ss.map((s) => s.source_outlet)),
      source_headline: join(ss.map((s) => s.source_headline)),
      source_date: join(ss.map((s) => s.source_date)),
      source_url: join(ss.map((s) => s.source_url)),
      link: page && `${page}#event-${ev.id}`,
    };
  });
  const fields = EVENT_COLUMNS;
  return { id: 'events', lang, title: ui[lang].share.datasets.events, fields, columns: keys(fields), rows };
}

/** Every source article, by its publication date. */
export async function sourcesDataset(lang: Lang = 'en'): Promise<Dataset> {
  const sources = await getSources();
  const ordered = inDateOrder(
    [...sources.values()],
    (s) => s.data.published,
    (s) => s.id,
  );
  const rows = ordered.map((s) => {
    const d = localized(s.data, lang);
    return {
      id: s.id,
      outlet: d.outlet,
      outlet_note: d.outletNote,
      headline: d.headline,
      headline_note: d.headlineNote,
      published: d.published.raw,
      published_start: d.published.start,
      published_end: d.published.end,
      published_note: d.publishedNote,
      url: d.url,
      link: linkIn(lang, `sources/#${s.id}`),
    };
  });
  const fields = SOURCE_RECORD_COLUMNS;
  return { id: 'sources', lang, title: ui[lang].share.datasets.sources, fields, columns: keys(fields), rows };
}

/**
 * The date a chart's row is ordered by: an estimate's (the date the tables print, see claimWhen) or an
 * event's. Steps and places have none.
 */
function rowDates(): (r: Row) => FuzzyDate | undefined {
  const c = chartData();
  const estimates = new Map(c.estimates.map((e) => [e.id, e.date]));
  const events = new Map(c.events.map((e) => [e.id, e.date]));
  return (r) => (r.record === 'estimate' ? estimates.get(r.id) : r.record === 'event' ? events.get(r.id) : undefined);
}

/**
 * One chart's records, from the chart registry's rows(): the chart's own columns, then the row's
 * sources (several separated by " | ") and links to the row in the chart's table and to where the
 * record is explained. A chart of dated records (figures, events) is in date order; a chart with
 * rows of another kind (the pipeline's steps, the map's places) keeps its own order, which is what
 * it shows (the stages of recruitment, the map's numbers). Machine columns (the map's numbers) are
 * the English chart's in every edition.
 */
export async function chartDataset(chart: ChartDef, lang: Lang = 'en'): Promise<Dataset> {
  const def = lang === 'en' ? chart : chartDef(chart.id, undefined, lang);
  const [rows, enRows] = await Promise.all([def.rows(), chart.rows()]);
  const own = chart.columns.map((c) => c.key);
  const fields = chartColumns(chart.id, own);
  const columns = keys(fields);
  const clash = own.find((k) => columns.indexOf(k) !== columns.lastIndexOf(k));
  if (clash)
    throw new Error(
      `Chart "${chart.id}" has a column "${clash}" that clashes with a download column. Fix: rename the column key in src/charts/registry.ts.`,
    );
  const machine = new Set(fields.filter((f) => (f.kind ?? 'machine') === 'machine').map((f) => f.key));
  const dateOf = rowDates();
  const dated = rows.every((r) => r.record === 'estimate' || r.record === 'event');
  const order = rows.map((r, i) => ({ r, en: enRows[i]! }));
  const ordered = dated
    ? inDateOrder(
        order,
        (x) => dateOf(x.r),
        (x) => x.r.id,
      )
    : order;
  const join = (xs: string[]) => xs.join(' | ');
  return {
    id: chart.id,
    lang,
    title: ui[lang].share.chartData(def.title),
    fields,
    columns,
    rows: ordered.map(({ r, en }) => ({
      id: r.id,
      record: r.record,
      ...Object.fromEntries(own.map((k) => [k, machine.has(k) ? en.cells[k] : r.cells[k]])),
      source_id: join(r.sources.map((s) => s.id)),
      source_outlet: join(r.sources.map((s) => s.outlet)),
      source_headline: join(r.sources.map((s) => s.headline)),
      source_date: join(r.sources.map((s) => s.date)),
      source_url: join(r.sources.map((s) => s.url)),
      link: linkIn(lang, `charts/${chart.id}/#${rowAnchor(chart.id, r.id)}`),
      explained_at: r.link ? linkIn(lang, r.link) : undefined,
    })),
  };
}

/** Every dataset offered for download in an edition: the records, then each chart's rows. */
export async function datasets(lang: Lang = 'en'): Promise<Dataset[]> {
  return Promise.all([
    estimatesDataset(lang),
    eventsDataset(lang),
    sourcesDataset(lang),
    ...charts.map((c) => chartDataset(c, lang)),
  ]);
}

/** One figure's row of the estimates dataset (data/figures/<id>.csv and .json), with the same columns. */
export async function figureDatasets(lang: Lang = 'en'): Promise<Dataset[]> {
  const d = await estimatesDataset(lang);
  return d.rows.map((row) => ({ ...d, id: String(row.id), rows: [row] }));
}

/** A dataset as JSON: an array with one object per row, empty cells left out. */
export function toJson(d: Dataset): string {
  const rows = d.rows.map((r) =>
    Object.fromEntries(d.columns.filter((c) => r[c] !== undefined && r[c] !== null).map((c) => [c, r[c]])),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
