// The columns of the data downloads, in one place: each column's key (the CSV header), its type, whether
// it is words (translated in the Arabic files under ar/data/) or a machine value (the same in every
// edition), and what it means. A column taken from a record's field names the field (`field`), whose
// /** doc comment */ in src/schema/ is its description; a column the downloads derive says itself what
// it holds (`about`), beside its key. Plain TypeScript (no Astro imports), so the unit tests check that
// every column of every download has a description.
import { schemaDocs } from './schema-docs.ts';

/** A Table Schema field type (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

/**
 * What a column holds. `text`: words a reader reads (Arabic in the Arabic files); `link`: an address on
 * this site (the Arabic files link to the Arabic edition); `machine` (the default): ids, enums, numbers,
 * ISO dates, the authoring grammar's dates and the sources' addresses, identical in every edition.
 */
export type ColumnKind = 'machine' | 'text' | 'link';

/** What a column is, apart from its key: a record's documented field, or a derived value that says what it is. */
export type ColumnSpec = { type?: FieldType; kind?: ColumnKind } & (
  | {
      /** The schema field it copies, as "<exported schema>.<path>" ("estimateSchema.claimant.name"). */
      field: string;
      /** Said after the field's own description: how the download writes it. */
      also?: string;
    }
  | {
      /** One line: what the derived column holds. */
      about: string;
    }
);

/** One column of a download. */
export type Column = { key: string } & ColumnSpec;

const START = 'Earliest day the date may refer to (yyyy-mm-dd); empty when undated.';
const END = 'Latest day the date may refer to (yyyy-mm-dd); empty when undated.';
const SEVERAL = 'Several are separated by " | ".';

/** The source columns every row carries: its source's id, outlet, headline, date and address. */
export const SOURCE_COLUMNS: readonly Column[] = [
  { key: 'source_id', field: 'estimateSchema.source', also: SEVERAL },
  { key: 'source_outlet', field: 'sourceSchema.outlet', kind: 'text', also: SEVERAL },
  { key: 'source_headline', field: 'sourceSchema.headline', kind: 'text', also: SEVERAL },
  {
    key: 'source_date',
    kind: 'text',
    about: 'The source’s publication date in words ("17 October 2025", "late 2025", "undated"). ' + SEVERAL,
  },
  { key: 'source_url', field: 'sourceSchema.url', also: SEVERAL },
];

const sourceColumn = (key: string) => SOURCE_COLUMNS.find((c) => c.key === key)!;

/** data/estimates.csv: every figure as a claim. New columns are only ever added at the end. */
export const ESTIMATE_COLUMNS: readonly Column[] = [
  { key: 'id', about: 'The figure’s id: its file name in content/estimates/ and its anchor on the site.' },
  { key: 'figure', kind: 'text', about: 'The figure as the site prints it: the source’s own words for the number.' },
  { key: 'measure', field: 'estimateSchema.measure' },
  { key: 'measure_label', kind: 'text', about: 'What the figure counts, in words (the measure’s label).' },
  { key: 'measure_note', field: 'estimateSchema.measureNote', kind: 'text' },
  { key: 'qualifier', field: 'estimateSchema.qualifier' },
  { key: 'value', field: 'estimateSchema.value', type: 'number' },
  { key: 'low', field: 'estimateSchema.low', type: 'number' },
  { key: 'high', field: 'estimateSchema.high', type: 'number' },
  { key: 'unit', field: 'estimateSchema.unit' },
  { key: 'claimant_name', field: 'estimateSchema.claimant.name', kind: 'text' },
  { key: 'claimant_role', field: 'estimateSchema.claimant.role', kind: 'text' },
  { key: 'claimant_kind', field: 'estimateSchema.claimant.kind' },
  {
    key: 'date',
    about:
      'When the claim was made if the source says, else when it was reported (see date_kind), as "2025-10-17", "2025-09", "late 2025" or "undated".',
  },
  { key: 'date_start', type: 'date', about: START },
  { key: 'date_end', type: 'date', about: END },
  { key: 'date_note', field: 'estimateSchema.dateNote', kind: 'text' },
  {
    key: 'contested',
    type: 'boolean',
    about: 'true when the claim disputes another claim or is disputed by one (see disputes and disputed_by).',
  },
  { key: 'note', field: 'estimateSchema.note', kind: 'text' },
  {
    key: 'quote',
    field: 'estimateSchema.quote.text',
    kind: 'text',
    also: 'The Arabic files give its translation.',
  },
  { key: 'quote_speaker', field: 'estimateSchema.quote.speaker' },
  ...SOURCE_COLUMNS,
  { key: 'link', kind: 'link', about: 'The figure’s row in the table of figures on the site.' },
  { key: 'wording', field: 'estimateSchema.wording', kind: 'text' },
  { key: 'scope', field: 'estimateSchema.scope' },
  { key: 'figure_kind', field: 'estimateSchema.figureKind' },
  { key: 'not_counted', field: 'estimateSchema.notCounted', kind: 'text' },
  {
    key: 'date_kind',
    about: '"claimed": date is when the claim was made; "reported": the source gives only its own date.',
  },
  { key: 'claimed', field: 'estimateSchema.claimed' },
  { key: 'claimed_start', type: 'date', about: START },
  { key: 'claimed_end', type: 'date', about: END },
  { key: 'reported', about: 'When the claim was reported: the source’s publication date (its "published").' },
  { key: 'reported_start', type: 'date', about: START },
  { key: 'reported_end', type: 'date', about: END },
  { key: 'disputes', about: `Ids of the claims this claim disputes. ${SEVERAL}` },
  { key: 'disputed_by', about: `Ids of the claims that dispute this claim. ${SEVERAL}` },
  { key: 'no_quote', field: 'estimateSchema.noQuote', kind: 'text' },
  { key: 'revised', type: 'date', about: 'Day of the claim’s latest revision (yyyy-mm-dd); empty if never revised.' },
  { key: 'page', kind: 'link', about: 'The figure’s own page on the site.' },
];

/** data/events.csv: every dated event. */
export const EVENT_COLUMNS: readonly Column[] = [
  { key: 'id', about: 'The event’s id: its file name in content/events/ and its anchor on the site.' },
  { key: 'title', field: 'eventSchema.title', kind: 'text' },
  { key: 'summary', field: 'eventSchema.summary', kind: 'text' },
  { key: 'kind', field: 'eventSchema.kind' },
  { key: 'date', field: 'eventSchema.date' },
  { key: 'date_start', type: 'date', about: START },
  { key: 'date_end', type: 'date', about: END },
  { key: 'date_kind', field: 'eventSchema.dateKind' },
  { key: 'date_note', field: 'eventSchema.dateNote', kind: 'text' },
  { key: 'section', field: 'eventSchema.section' },
  { key: 'source_id', field: 'eventSchema.sources', also: SEVERAL },
  sourceColumn('source_outlet'),
  sourceColumn('source_headline'),
  sourceColumn('source_date'),
  sourceColumn('source_url'),
  { key: 'link', kind: 'link', about: 'The event on the site’s list of events.' },
];

/** data/sources.csv: every source article. */
export const SOURCE_RECORD_COLUMNS: readonly Column[] = [
  { key: 'id', about: 'The source’s id: its file name in content/sources/ and its anchor on the sources page.' },
  { key: 'outlet', field: 'sourceSchema.outlet', kind: 'text' },
  { key: 'outlet_note', field: 'sourceSchema.outletNote', kind: 'text' },
  { key: 'headline', field: 'sourceSchema.headline', kind: 'text' },
  { key: 'headline_note', field: 'sourceSchema.headlineNote', kind: 'text' },
  { key: 'published', field: 'sourceSchema.published' },
  { key: 'published_start', type: 'date', about: START },
  { key: 'published_end', type: 'date', about: END },
  { key: 'published_note', field: 'sourceSchema.publishedNote', kind: 'text' },
  { key: 'url', field: 'sourceSchema.url' },
  { key: 'link', kind: 'link', about: 'The source on the site’s sources page.' },
];

/**
 * The chart downloads' own columns (the keys of the chart registry's columns, src/charts/registry.ts),
 * by key. A chart column with no entry here stops the build (see chartColumns).
 */
export const CHART_OWN_COLUMNS: Readonly<Record<string, ColumnSpec>> = {
  figure: { kind: 'text', about: 'The figure as the site prints it: the source’s own words for the number.' },
  measure: { kind: 'text', about: 'What the figure counts, in words.' },
  claimant: { kind: 'text', about: 'Who gives the figure, with their position.' },
  date: {
    kind: 'text',
    about: 'The date as the chart’s table prints it, in words ("reported …" when only the report’s date is known).',
  },
  contested: { kind: 'text', about: 'Whether the sources report a dispute over the figure, in words.' },
  dateKind: { kind: 'text', about: 'Whether the date is the event’s own or that of a report, in words.' },
  kind: { kind: 'text', about: 'Who acted, in words.' },
  event: { field: 'eventSchema.title', kind: 'text' },
  summary: { field: 'eventSchema.summary', kind: 'text' },
  step: { kind: 'text', about: 'The stage of recruitment: a channel, a promise, a salary or the outcome.' },
  label: { field: 'stageItemSchema.label', kind: 'text' },
  detail: { field: 'stageItemSchema.detail', kind: 'text' },
  number: { type: 'integer', about: 'The place’s number on the map’s numbered list (1 comes first).' },
  place: { field: 'placeSchema.name', kind: 'text' },
  country: { field: 'placeSchema.country', kind: 'text', also: 'In words.' },
  placed: { kind: 'text', about: 'Whether the place is drawn on the map, or only described, in words.' },
  what: { field: 'placeSchema.what', kind: 'text' },
};

/** A chart download's columns: the row's id and kind, the chart's own columns, its sources and links. */
export function chartColumns(chartId: string, own: readonly string[]): Column[] {
  const ownCols = own.map((key): Column => {
    const c = CHART_OWN_COLUMNS[key];
    if (!c)
      throw new Error(
        `Chart "${chartId}" has a column "${key}" with no description. Fix: add "${key}" to CHART_OWN_COLUMNS in src/build/columns.ts.`,
      );
    return { key, ...c };
  });
  return [
    { key: 'id', about: 'Id of the record the row shows (an estimate, event or place), or of a pipeline step.' },
    { key: 'record', about: 'What kind of record the row shows: "estimate", "event", "place" or "step".' },
    ...ownCols,
    { key: 'source_id', field: 'eventSchema.sources', also: SEVERAL },
    sourceColumn('source_outlet'),
    sourceColumn('source_headline'),
    sourceColumn('source_date'),
    sourceColumn('source_url'),
    { key: 'link', kind: 'link', about: 'The row in the chart’s data table on the chart’s page.' },
    { key: 'explained_at', kind: 'link', about: 'Where the site explains the record.' },
  ];
}

/**
 * A column's description: the doc comment of the field it copies (with `also` after it), or its own
 * `about`. Throws, naming the column, when the field has no doc comment.
 */
export function describe(c: Column, docs: ReadonlyMap<string, string> = schemaDocs()): string {
  if ('about' in c) return c.about;
  const doc = docs.get(c.field);
  if (!doc)
    throw new Error(
      `Column "${c.key}" copies "${c.field}", which has no /** doc comment */ in src/schema/. Fix: document the field there, or point the column at the right field in src/build/columns.ts.`,
    );
  return c.also ? `${doc} ${c.also}` : doc;
}
