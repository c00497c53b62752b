// The data downloads (CSV and JSON under data/), built from the records at build time, so a download
// can never disagree with the page. One row per record, each with its source's outlet, date and URL.
import { getEstimates, getEvents, getSources, getThemes, themeSlug, type Source } from '../records/queries.ts';
import { formatEstimate } from '../format/format.ts';
import { formatFuzzyDate } from '../schema/dates.ts';
import { claimWhen, contestedIds, disputeLinks, lastRevised } from '../records/claims.ts';
import { figurePage, siteLink } from '../urls.ts';
import { ui } from '../i18n/ui.ts';
import type { Cell } from '../format/csv.ts';
import { charts, rowAnchor, type ChartDef } from '../charts/registry.ts';

/** One downloadable table. */
export interface Dataset {
  /** File name without extension: data/<id>.csv and data/<id>.json. */
  id: string;
  /** What the table holds, as link text. */
  title: string;
  /** Column names in order; every row has exactly these keys. */
  columns: readonly string[];
  rows: Record<string, Cell>[];
}

/** Link (absolute when the address is known, see siteLink) to the first theme page whose text places this component, for the rows' "link" column. */
async function pageWith(component: string): Promise<string | undefined> {
  const theme = (await getThemes('en')).find((t) => (t.body ?? '').includes(`<${component}`));
  return theme ? siteLink(`${themeSlug(theme)}/`) : undefined;
}

const sourceCells = (s: Source | undefined) => ({
  source_id: s?.id,
  source_outlet: s?.data.outlet,
  source_headline: s?.data.headline,
  source_date: s ? formatFuzzyDate(s.data.published) : undefined,
  source_url: s?.data.url,
});

/** Every estimate: the figure as the site prints it, its parts, who claims it, when, and its source. */
export async function estimatesDataset(): Promise<Dataset> {
  const [estimates, sources, page] = await Promise.all([getEstimates(), getSources(), pageWith('EstimatesTable')]);
  const columns = [
    'id',
    'figure',
    'measure',
    'measure_label',
    'measure_note',
    'qualifier',
    'value',
    'low',
    'high',
    'unit',
    'claimant_name',
    'claimant_role',
    'claimant_kind',
    'date',
    'date_start',
    'date_end',
    'date_note',
    'contested',
    'note',
    'quote',
    'quote_speaker',
    'source_id',
    'source_outlet',
    'source_headline',
    'source_date',
    'source_url',
    'link',
    // Added with the claims model; columns are only ever added, never renamed or removed.
    'wording',
    'scope',
    'figure_kind',
    'not_counted',
    'date_kind',
    'claimed',
    'claimed_start',
    'claimed_end',
    'reported',
    'reported_start',
    'reported_end',
    'disputes',
    'disputed_by',
    'no_quote',
    'revised',
    'page',
  ] as const;
  const claims = new Map([...estimates].map(([id, e]) => [id, e.data]));
  const links = disputeLinks(claims);
  const contested = contestedIds(claims);
  // The ids of the other claims; a dispute by someone with no figure of their own has no id to list.
  const ids = (id: string, dir: 'disputes' | 'disputed-by') =>
    [...new Set((links.get(id) ?? []).filter((l) => l.direction === dir && l.other !== null).map((l) => l.other))].join(
      ' | ',
    ) || undefined;
  const rows = [...estimates.values()].map((e) => {
    const d = e.data;
    const source = sources.get(d.source.id);
    const when = claimWhen(d, source!.data.published);
    return {
      id: e.id,
      figure: formatEstimate(d),
      measure: d.measure,
      measure_label: ui.en.measures[d.measure],
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
      ...sourceCells(sources.get(d.source.id)),
      link: page && `${page}#estimate-${e.id}`,
      wording: d.wording,
      scope: d.scope,
      figure_kind: d.figureKind,
      not_counted: d.notCounted,
      date_kind: when.kind,
      claimed: d.claimed?.raw,
      claimed_start: d.claimed?.start,
      claimed_end: d.claimed?.end,
      reported: source!.data.published.raw,
      reported_start: source!.data.published.start,
      reported_end: source!.data.published.end,
      disputes: ids(e.id, 'disputes'),
      disputed_by: ids(e.id, 'disputed-by'),
      no_quote: d.noQuote,
      revised: lastRevised(d),
      page: siteLink(figurePage(e.id)),
    };
  });
  return { id: 'estimates', title: 'Figures', columns, rows };
}

/** Every dated event; an event with several sources lists them all, separated by " | ". */
export async function eventsDataset(): Promise<Dataset> {
  const [events, sources, page] = await Promise.all([getEvents(), getSources(), pageWith('EventList')]);
  const columns = [
    'id',
    'title',
    'summary',
    'kind',
    'date',
    'date_start',
    'date_end',
    'date_kind',
    'date_note',
    'section',
    'source_id',
    'source_outlet',
    'source_headline',
    'source_date',
    'source_url',
    'link',
  ] as const;
  const join = (xs: (string | undefined)[]) => xs.map((x) => x ?? '').join(' | ');
  const rows = [...events.values()].map((ev) => {
    const d = ev.data;
    const ss = d.sources.map((s) => sources.get(s.id));
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
      source_id: join(ss.map((s) => s?.id)),
      source_outlet: join(ss.map((s) => s?.data.outlet)),
      source_headline: join(ss.map((s) => s?.data.headline)),
      source_date: join(ss.map((s) => (s ? formatFuzzyDate(s.data.published) : undefined))),
      source_url: join(ss.map((s) => s?.data.url)),
      link: page && `${page}#event-${ev.id}`,
    };
  });
  return { id: 'events', title: 'Events', columns, rows };
}

/** Every source article. */
export async function sourcesDataset(): Promise<Dataset> {
  const sources = await getSources();
  const columns = [
    'id',
    'outlet',
    'outlet_note',
    'headline',
    'headline_note',
    'published',
    'published_start',
    'published_end',
    'published_note',
    'url',
    'link',
  ] as const;
  const rows = [...sources.values()].map((s) => ({
    id: s.id,
    outlet: s.data.outlet,
    outlet_note: s.data.outletNote,
    headline: s.data.headline,
    headline_note: s.data.headlineNote,
    published: s.data.published.raw,
    published_start: s.data.published.start,
    published_end: s.data.published.end,
    published_note: s.data.publishedNote,
    url: s.data.url,
    link: siteLink(`sources/#${s.id}`),
  }));
  return { id: 'sources', title: 'Sources', columns, rows };
}

/**
 * One chart's records, from the chart registry's rows(): the chart's own columns, then the row's
 * sources (several separated by " | ") and links to the row in the chart's table and to where the
 * record is explained.
 */
export async function chartDataset(chart: ChartDef): Promise<Dataset> {
  const rows = await chart.rows();
  const own = chart.columns.map((c) => c.key);
  const columns = [
    'id',
    'record',
    ...own,
    'source_id',
    'source_outlet',
    'source_headline',
    'source_date',
    'source_url',
    'link',
    'explained_at',
  ];
  const clash = own.find((k) => columns.indexOf(k) !== columns.lastIndexOf(k));
  if (clash)
    throw new Error(
      `Chart "${chart.id}" has a column "${clash}" that clashes with a download column. Fix: rename the column key in src/charts/registry.ts.`,
    );
  const join = (xs: string[]) => xs.join(' | ');
  return {
    id: chart.id,
    title: `Chart: ${chart.title}`,
    columns,
    rows: rows.map((r) => ({
      id: r.id,
      record: r.record,
      ...Object.fromEntries(own.map((k) => [k, r.cells[k]])),
      source_id: join(r.sources.map((s) => s.id)),
      source_outlet: join(r.sources.map((s) => s.outlet)),
      source_headline: join(r.sources.map((s) => s.headline)),
      source_date: join(r.sources.map((s) => s.date)),
      source_url: join(r.sources.map((s) => s.url)),
      link: siteLink(`charts/${chart.id}/#${rowAnchor(chart.id, r.id)}`),
      explained_at: r.link ? siteLink(r.link) : undefined,
    })),
  };
}

/** Every dataset offered for download: the records, then each chart's rows. */
export async function datasets(): Promise<Dataset[]> {
  return Promise.all([estimatesDataset(), eventsDataset(), sourcesDataset(), ...charts.map(chartDataset)]);
}

/** A dataset as JSON: an array with one object per row, empty cells left out. */
export function toJson(d: Dataset): string {
  const rows = d.rows.map((r) =>
    Object.fromEntries(d.columns.filter((c) => r[c] !== undefined && r[c] !== null).map((c) => [c, r[c]])),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
