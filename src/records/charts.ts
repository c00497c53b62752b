// The records the charts are drawn from, read straight from content/ with the shared schemas, so that
// the chart math, its tests, the pages and the downloads all see the same parsed data without Astro.
// The content check has already reported any mistake; here a bad file is a programming error.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { ID_PATTERN, estimateSchema, eventSchema, sourceSchema, type EstimateData, type EventData, type SourceData } from '../schema/records.ts';
import { chartSchema, placeSchema, type ChartText, type PlaceData } from '../schema/charts.ts';
import { scanMdx } from './mdx.ts';
import { splitFrontmatter } from '../check/index.ts';
import { localized } from '../i18n/records.ts';
import type { Lang } from '../i18n/locales.ts';

type WithId<T> = T & { id: string };
/** A source record; `source` fields elsewhere are plain ids here. */
export type SourceRecord = WithId<Omit<SourceData, 'cites'>>;
export type EstimateRecord = WithId<Omit<EstimateData, 'source'> & { source: string }>;
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

function readAll<T>(dir: string, schema: z.ZodType<T>): WithId<T>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const parsed = schema.safeParse(parseYaml(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${join(dir, f)} is invalid: ${parsed.error.message}. Fix: run npm run check:content for a readable report.`);
      return { ...parsed.data, id: basename(f, '.yaml') };
    });
}

const cache = new Map<string, { stamp: string; content: ChartContent }>();

/** The names and change times of every file the charts read, so that an edit (in `astro dev`) is seen at once. */
function stamp(contentDir: string): string {
  return ['sources', 'estimates', 'events', 'places', 'charts', 'themes/en']
    .map((d) => join(contentDir, d))
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).map((f) => `${d}/${f}:${statSync(join(d, f)).mtimeMs}`))
    .join('|');
}

/** Translated views of a loaded content, per language; rebuilt whenever the English content is reloaded. */
const translated = new WeakMap<ChartContent, Map<Lang, ChartContent>>();

/**
 * Reads and parses the records under `contentDir`; cached until a file there changes. In another
 * language than English, every record's words are its translated fields (its `ar:` block); ids,
 * numbers and dates are the same records, so both editions draw the same figures.
 */
export function loadChartContent(contentDir: string, lang: Lang = 'en'): ChartContent {
  if (lang !== 'en') {
    const en = loadChartContent(contentDir);
    const views = translated.get(en) ?? new Map<Lang, ChartContent>();
    translated.set(en, views);
    const hit = views.get(lang);
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
    views.set(lang, out);
    return out;
  }
  const now = stamp(contentDir);
  const hit = cache.get(contentDir);
  if (hit?.stamp === now) return hit.content;
  const sources = readAll(join(contentDir, 'sources'), sourceSchema(ref)) as unknown as SourceRecord[];
  const estimates = readAll(join(contentDir, 'estimates'), estimateSchema(ref)) as unknown as EstimateRecord[];
  const events = readAll(join(contentDir, 'events'), eventSchema(ref)) as unknown as EventRecord[];
  const places = readAll(join(contentDir, 'places'), placeSchema).sort((a, b) => a.order - b.order);
  const charts = new Map(readAll(join(contentDir, 'charts'), chartSchema).map((c) => [c.id, c] as const));
  const sectionTheme = new Map<string, string>();
  const themesDir = join(contentDir, 'themes', 'en');
  if (existsSync(themesDir)) {
    for (const f of readdirSync(themesDir).filter((x) => x.endsWith('.mdx'))) {
      const slug = basename(f, '.mdx');
      sectionTheme.set(slug, slug);
      const { body } = splitFrontmatter(readFileSync(join(themesDir, f), 'utf8'));
      for (const h of scanMdx(body).headings) sectionTheme.set(h.id, slug);
    }
  }
  const out: ChartContent = { sources: new Map(sources.map((s) => [s.id, s])), estimates, events, places, charts, sectionTheme };
  cache.set(contentDir, { stamp: now, content: out });
  return out;
}
