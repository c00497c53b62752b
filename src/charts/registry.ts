// The chart registry: every chart's words (from content/charts/<id>.yaml) and the records it shows, as
// rows for its data table and for downloads. Used by <Chart id> and by any page or endpoint that lists,
// embeds or exports the charts. Plain TypeScript (no Astro imports), so it runs in unit tests too.
import { CHART_IDS, type ChartId } from './ids.ts';
import { contentDir as defaultContentDir } from '../records/paths.ts';
import { formatEstimate, formatDate, formatNumber } from '../format/format.ts';
import { ui } from '../i18n/ui.ts';
import { chartUi } from '../i18n/charts.ts';
import type { Lang } from '../i18n/locales.ts';
import { figurePage } from '../urls.ts';
import { loadChartContent, type ChartContent, type EstimateRecord, type EventRecord } from '../records/charts.ts';
import { compareFuzzyDates } from '../schema/dates.ts';

/** One source of a row, with what a reader needs to find it. */
export interface RowSource {
  /** Id of the source record (its anchor on the sources page: /sources/#<id>). */
  id: string;
  outlet: string;
  headline: string;
  /** Publication date as readers see it ("17 October 2025", "undated"). */
  date: string;
  /** The article's public address. */
  url: string;
}

/** One column of a chart's data table and downloads. */
export interface Column {
  /** Key into Row.cells (also the CSV header). */
  key: string;
  /** Header as readers see it. */
  label: string;
}

/** One record shown by a chart. */
export interface Row {
  /** Id of the record (an estimate, event or place id, or a pipeline step's id); unique within the chart. */
  id: string;
  /** What kind of record it is. */
  record: 'estimate' | 'event' | 'place' | 'step';
  /** The row's values as text, keyed by the chart's column keys. */
  cells: Record<string, string>;
  /**
   * Where the record is explained on the site, as a site-relative path inside the edition such as
   * "legal-response/#najaf-verdict" or "figures/allawi-around-5000/" (pass it through hrefIn()): an
   * event's section, an estimate's own page (the figures chart's rows).
   */
  link?: string;
  /** The sources the record is cited to. */
  sources: RowSource[];
}

/** One chart, as the registry describes it. */
export interface ChartDef {
  /** Permanent id, also the chart's anchor (see CHART_IDS). */
  id: ChartId;
  title: string;
  /** One sentence: what the chart shows. */
  takeaway: string;
  /** Text description for screen readers. */
  description: string;
  /** Id of the theme section where the chart is placed. */
  section: string;
  /** Slug of the theme holding that section (the chart's page is `${theme}/#${id}`). */
  theme: string;
  /** A caveat shown with the source notes, if any. */
  note?: string;
  /** Columns of the data table and downloads. */
  columns: Column[];
  /** One row per record shown, in the chart's order. */
  rows(): Promise<Row[]>;
  /** Ids of every source the chart's records cite, in order of first use: the chart's source notes. */
  sources(): Promise<RowSource[]>;
}

/** Formats a source record for a row. */
function rowSource(c: ChartContent, id: string, lang: Lang = 'en'): RowSource {
  const s = c.sources.get(id);
  if (!s) throw new Error(`No source "${id}". Fix: run npm run check:content, which names the file that points at it.`);
  return { id, outlet: s.outlet, headline: s.headline, date: formatDate(s.published, lang), url: s.url };
}

const dateText = (d: Parameters<typeof formatDate>[0], note: string | undefined, lang: Lang) =>
  d.precision === 'undated' ? chartUi[lang].cellUndated(note) : formatDate(d, lang);

const estimateRow = (c: ChartContent, e: EstimateRecord, lang: Lang): Row => ({
  id: e.id,
  record: 'estimate',
  cells: {
    figure: formatEstimate(e, lang),
    measure: ui[lang].measures[e.measure],
    counts: e.measureNote ?? '',
    claimant: `${e.claimant.name}${e.claimant.role ? ` (${e.claimant.role})` : ''}`,
    date:
      e.dateKind === 'reported' && e.date.precision !== 'undated'
        ? ui[lang].reportedLower(formatDate(e.date, lang))
        : dateText(e.date, e.dateNote, lang),
    contested: e.contested ? chartUi[lang].cellContested : chartUi[lang].cellNotDisputed,
  },
  link: figurePage(e.id),
  sources: [rowSource(c, e.source, lang)],
});

/**
 * The id of a record's row in a chart's data table ("figures-chart-allawi-around-5000"): the target of
 * the chart's marks, present wherever the chart is, with or without the estimates table on the page.
 */
export const rowAnchor = (chart: string, row: string) => `${chart}-${row}`;

/** The site-relative page and anchor of a section. */
export const sectionLink = (c: ChartContent, section: string) => {
  const theme = c.sectionTheme.get(section);
  return theme === section ? `${theme}/` : `${theme}/#${section}`;
};

const eventRow = (c: ChartContent, e: EventRecord, lang: Lang): Row => ({
  id: e.id,
  record: 'event',
  cells: {
    // A date something began is written as the source words it ("since 2024"), as the timeline draws it.
    date: e.since ? chartUi[lang].sinceDate(formatDate(e.date, lang)) : dateText(e.date, e.dateNote, lang),
    dateKind:
      e.date.precision === 'undated'
        ? ''
        : e.dateKind === 'reported'
          ? chartUi[lang].cellReported
          : chartUi[lang].cellHappened,
    kind: chartUi[lang].kindCell(e.kind),
    event: e.title,
    summary: e.summary,
  },
  link: sectionLink(c, e.section),
  sources: e.sources.map((s) => rowSource(c, s, lang)),
});

/** Events oldest first (a stable sort: events of one date keep their order). */
const byDate = (events: EventRecord[]) => [...events].sort((a, b) => compareFuzzyDates(a.date, b.date));

/** Events of the responses chart: the kinds it draws, minus those it leaves out. */
export function responseEvents(c: ChartContent): EventRecord[] {
  const r = c.charts.get('responses-chart')?.responses;
  const out = new Set((r?.exclude ?? []).map((x) => x.event));
  return c.events.filter((e) => r?.kinds.includes(e.kind) && !out.has(e.id));
}

/** An outlet's short name, as the drawings label it: "Kurdistan24 (Erbil)" → "Kurdistan24". */
export const shortOutlet = (outlet: string) => {
  const paren = outlet.indexOf(' (');
  return paren >= 0 && outlet.endsWith(')') ? outlet.slice(0, paren) : outlet;
};

/**
 * The pipeline's steps with their permanent ids: the ids come from the English labels, so a step's
 * anchor is the same in every edition; the labels are in `lang`.
 */
export function pipelineSteps(lang: Lang = 'en', dir = defaultContentDir) {
  const p = loadChartContent(dir, lang).charts.get('pipeline-chart')!.pipeline!;
  const en = loadChartContent(dir).charts.get('pipeline-chart')!.pipeline!;
  return {
    channels: p.channels.map((s, i) => ({ ...s, id: stepId('channel', en.channels[i].label) })),
    promises: p.promises.map((s, i) => ({ ...s, id: stepId('promise', en.promises[i].label) })),
  };
}

/** Stable id of a pipeline step from its label: "TikTok and Telegram" → "channel-tiktok-and-telegram". */
export const stepId = (stage: string, label: string) =>
  `${stage}-${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

const EVENT_COLUMNS: Column[] = [
  { key: 'date', label: 'Date' },
  { key: 'dateKind', label: 'Date is' },
  { key: 'kind', label: 'Kind' },
  { key: 'event', label: 'Event' },
  { key: 'summary', label: 'What happened' },
];

const COLUMNS: Record<ChartId, Column[]> = {
  'figures-chart': [
    { key: 'figure', label: 'Figure' },
    { key: 'measure', label: 'Measures' },
    { key: 'claimant', label: 'Who says it' },
    { key: 'date', label: 'When' },
    { key: 'contested', label: 'Contested' },
  ],
  'timeline-chart': EVENT_COLUMNS,
  'responses-chart': EVENT_COLUMNS,
  'pipeline-chart': [
    { key: 'step', label: 'Step' },
    { key: 'label', label: 'What' },
    { key: 'detail', label: 'What the sources say' },
  ],
  'map-chart': [
    { key: 'number', label: 'No.' },
    { key: 'place', label: 'Place' },
    { key: 'country', label: 'Country' },
    { key: 'placed', label: 'On the map' },
    { key: 'what', label: 'What the sources say' },
  ],
};

/**
 * The rows of one chart, read from the content in `contentDir`, with their words in `lang` (row ids
 * and numbers are the same in every language).
 */
export function chartRows(id: ChartId, dir = defaultContentDir, lang: Lang = 'en'): Row[] {
  const c = loadChartContent(dir, lang);
  const w = chartUi[lang];
  switch (id) {
    case 'figures-chart':
      return c.estimates.map((e) => estimateRow(c, e, lang));
    // Events in date order, undated last, as the drawings place them and the list reads.
    case 'timeline-chart':
      return byDate(c.events).map((e) => eventRow(c, e, lang));
    case 'responses-chart':
      return byDate(responseEvents(c)).map((e) => eventRow(c, e, lang));
    case 'pipeline-chart': {
      const p = c.charts.get('pipeline-chart')!.pipeline!;
      const steps = pipelineSteps(lang, dir);
      const est = (eid: string) => c.estimates.find((e) => e.id === eid)!;
      const step =
        (name: string) =>
        (s: { id: string; label: string; detail: string; sources: string[] }): Row => ({
          id: s.id,
          record: 'step',
          cells: { step: name, label: s.label, detail: s.detail },
          sources: s.sources.map((x) => rowSource(c, x, lang)),
        });
      const figure =
        (name: string) =>
        (e: EstimateRecord): Row => ({
          id: e.id,
          record: 'estimate',
          cells: {
            step: name,
            label: `${formatEstimate(e, lang)}: ${e.claimant.name}`,
            detail: e.note ?? e.measureNote ?? '',
          },
          sources: [rowSource(c, e.source, lang)],
        });
      return [
        ...steps.channels.map(step(w.stepChannel)),
        ...steps.promises.map(step(w.stepPromise)),
        ...p.salaries.map(est).map(figure(w.stepSalary)),
        figure(w.stepOutcome)(est(p.outcome)),
      ];
    }
    case 'map-chart':
      return c.places.map((p, i) => ({
        id: p.id,
        record: 'place',
        cells: {
          number: lang === 'en' ? String(i + 1) : formatNumber(i + 1, lang),
          place: p.name,
          country: w.countryNames[p.country] ?? p.country,
          placed: p.coordinates ? w.placedYes : w.placedNo,
          what: p.what,
        },
        sources: p.sources.map((s) => rowSource(c, s, lang)),
      }));
  }
}

/** Builds the registry entry of one chart from the content in `dir`, with its words in `lang`. */
export function chartDef(id: ChartId, dir = defaultContentDir, lang: Lang = 'en'): ChartDef {
  const c = loadChartContent(dir, lang);
  const text = c.charts.get(id);
  if (!text)
    throw new Error(
      `content/charts/${id}.yaml is missing. Fix: create it with title, takeaway, description and section.`,
    );
  return {
    id,
    title: text.title,
    takeaway: text.takeaway,
    description: text.description,
    section: text.section,
    theme: c.sectionTheme.get(text.section) ?? text.section,
    note: text.note,
    columns: COLUMNS[id].map((col) => ({
      key: col.key,
      label: lang === 'en' ? col.label : (chartUi[lang].columns[col.key] ?? col.label),
    })),
    rows: async () => chartRows(id, dir, lang),
    sources: async () => {
      const seen = new Map<string, RowSource>();
      for (const r of chartRows(id, dir, lang)) for (const s of r.sources) if (!seen.has(s.id)) seen.set(s.id, s);
      return [...seen.values()];
    },
  };
}

/** The English entries, built again only when the content has been read anew (an edit in `astro dev`). */
const built = new WeakMap<ChartContent, ChartDef[]>();

/** Every chart in English, in CHART_IDS order, from the content in `dir`. */
export function allCharts(dir = defaultContentDir): ChartDef[] {
  const c = loadChartContent(dir);
  const hit = built.get(c);
  if (hit) return hit;
  const defs = CHART_IDS.map((id) => chartDef(id, dir));
  built.set(c, defs);
  return defs;
}

/**
 * Every chart, in CHART_IDS order: a read-only list that reads the content when it is first used,
 * never when this module is imported (so importing the registry costs nothing and cannot fail on a
 * content mistake before the content check has reported it).
 */
export const charts: readonly ChartDef[] = new Proxy([] as ChartDef[], {
  get: (_target, key) => Reflect.get(allCharts(), key),
  has: (_target, key) => Reflect.has(allCharts(), key),
  ownKeys: () => Reflect.ownKeys(allCharts()),
  getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(allCharts(), key),
});

/**
 * The parsed records the chart drawings need, with their words in `lang`: the one way a chart
 * component gets content (it never reads files itself).
 */
export const chartData = (lang: Lang = 'en', dir = defaultContentDir): ChartContent => loadChartContent(dir, lang);

/** The chart with this id, in `lang`; throws with a fix when there is none. */
export function getChart(id: string, lang: Lang = 'en'): ChartDef {
  const def = allCharts().find((c) => c.id === id);
  if (!def) throw new Error(`<Chart id="${id}">: no such chart. Fix: use one of ${CHART_IDS.join(', ')}.`);
  return lang === 'en' ? def : chartDef(def.id, defaultContentDir, lang);
}
