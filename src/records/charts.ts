// The records the charts are drawn from: a typed view over the one loader (src/records/load.ts), each
// record parsed with its shared schema, so that the chart math, its tests, the pages and the downloads
// all see the same data without Astro. Chart components take it through the chart registry only.
// The content check has already reported any mistake; here a bad file is a programming error.
import { z } from 'astro/zod';
import {
  ID_PATTERN,
  estimateSchema,
  eventSchema,
  sourceSchema,
  type EstimateData,
  type EventData,
  type SourceData,
} from '../schema/records.ts';
import { chartSchema, placeSchema, type ChartText, type PlaceData } from '../schema/charts.ts';
import { fromIssues, formatProblems } from '../check/problem.ts';
import { loadContent, type ContentIndex, type RecordKind } from './load.ts';
import { localized } from '../i18n/records.ts';
import { claimWhen, contestedIds } from './claims.ts';
import type { Lang } from '../i18n/locales.ts';

type WithId<T> = T & { id: string };
/** A source record; `source` fields elsewhere are plain ids here. */
export type SourceRecord = WithId<Omit<SourceData, 'cites'>>;
/**
 * An estimate with what is derived from all claims: `contested` (a dispute link in either direction,
 * src/records/claims.ts) and the date tables and charts print (`date`: claimed, or else reported, as
 * `dateKind` says).
 */
export type EstimateRecord = WithId<
  Omit<EstimateData, 'source'> & {
    source: string;
    contested: boolean;
    date: SourceData['published'];
    dateKind: 'claimed' | 'reported';
  }
>;
export type EventRecord = WithId<Omit<EventData, 'sources'> & { sources: string[] }>;
export type PlaceRecord = WithId<PlaceData>;

/** Everything the charts read. */
export interface ChartContent {
  sources: Map<string, SourceRecord>;
  estimates: EstimateRecord[];
  events: EventRecord[];
  places: PlaceRecord[];
  charts: Map<string, ChartText>;
  /** Section id → theme slug (English), so an event can link to the page that explains it. */
  sectionTheme: Map<string, string>;
}

const ref = z.string().regex(ID_PATTERN);

/** Every record of one folder, parsed with its schema; throws the content check's report if one is bad. */
function parseAll<T>(index: ContentIndex, kind: RecordKind, schema: z.ZodType<T>): WithId<T>[] {
  return index.files[kind].map((r) => {
    const parsed = schema.safeParse(r.data);
    if (!parsed.success)
      throw new Error(
        `${formatProblems(fromIssues(r.file, parsed.error.issues, r.data))}Fix: run npm run check:content for the full report.`,
      );
    return { ...parsed.data, id: r.id };
  });
}

/** The chart content of each loaded index: rebuilt only when the loader has read the files anew. */
const views = new WeakMap<ContentIndex, ChartContent>();

/** Translated views of a loaded content, per language; rebuilt whenever the English content is reloaded. */
const translated = new WeakMap<ChartContent, Map<Lang, ChartContent>>();

/**
 * The parsed records under `contentDir`; the same object until a file there changes. In another
 * language than English, every record's words are its translated fields (its `ar:` block); ids,
 * numbers and dates are the same records, so both editions draw the same figures.
 */
export function loadChartContent(contentDir: string, lang: Lang = 'en'): ChartContent {
  if (lang !== 'en') {
    const en = loadChartContent(contentDir);
    const byLang = translated.get(en) ?? new Map<Lang, ChartContent>();
    translated.set(en, byLang);
    const hit = byLang.get(lang);
    if (hit) return hit;
    const tr = <T extends object>(x: T) => localized(x, lang);
    const out: ChartContent = {
      sources: new Map([...en.sources].map(([id, s]) => [id, tr(s)])),
      estimates: en.estimates.map(tr),
      events: en.events.map(tr),
      places: en.places.map(tr),
      charts: new Map([...en.charts].map(([id, c]) => [id, tr(c)])),
      sectionTheme: en.sectionTheme,
    };
    byLang.set(lang, out);
    return out;
  }
  const index = loadContent(contentDir);
  const hit = views.get(index);
  if (hit) return hit;
  // The schemas' output is the records' type with ids where the schema has references.
  const sources = parseAll(index, 'sources', sourceSchema(ref)) as unknown as SourceRecord[];
  const parsedEstimates = parseAll(index, 'estimates', estimateSchema(ref)) as unknown as Omit<
    EstimateRecord,
    'contested' | 'date' | 'dateKind'
  >[];
  const contested = contestedIds(new Map(parsedEstimates.map((e) => [e.id, e])));
  const published = new Map(sources.map((s) => [s.id, s.published]));
  const estimates: EstimateRecord[] = parsedEstimates.map((e) => {
    const when = claimWhen(e, published.get(e.source)!);
    return { ...e, contested: contested.has(e.id), date: when.date, dateKind: when.kind };
  });
  const events = parseAll(index, 'events', eventSchema(ref)) as unknown as EventRecord[];
  const places = parseAll(index, 'places', placeSchema).sort((a, b) => a.order - b.order);
  const charts = new Map(parseAll(index, 'charts', chartSchema).map((c) => [c.id, c] as const));
  const sectionTheme = new Map<string, string>();
  for (const t of index.themes.filter((x) => x.lang === 'en')) {
    sectionTheme.set(t.id, t.id);
    for (const h of t.scan.headings) sectionTheme.set(h.id, t.id);
  }
  const out: ChartContent = {
    sources: new Map(sources.map((s) => [s.id, s])),
    estimates,
    events,
    places,
    charts,
    sectionTheme,
  };
  views.set(index, out);
  return out;
}
