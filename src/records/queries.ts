// Astro-side access to the content: themes in reading order, records by id, and, for a page made of
// one or more themes, the sources it cites with their permanent numbers.
import { getCollection, type CollectionEntry } from 'astro:content';
import { scanMdx, uniqueIds, type ScanResult } from './mdx.ts';
import { compareFuzzyDates, formatFuzzyDate } from '../schema/dates.ts';
import { MEASURES } from '../schema/records.ts';
import { formatDate } from '../format/format.ts';
import type { Lang } from '../i18n/locales.ts';
import { contestedIds } from './claims.ts';
import { numberCitations } from './source-numbers.ts';

export type Theme = CollectionEntry<'themes'>;
export type Source = CollectionEntry<'sources'>;
export type Estimate = CollectionEntry<'estimates'>;
export type Event = CollectionEntry<'events'>;

/** The theme's slug (its file name), which is also its URL segment and its section id. */
export const themeSlug = (t: Theme) => t.id.split('/').pop()!;
/** The theme's language (its folder under content/themes/). */
export const themeLang = (t: Theme) => t.id.split('/')[0];

/** Themes of one language in reading order. */
export async function getThemes(lang = 'en'): Promise<Theme[]> {
  const all = await getCollection('themes', (t) => themeLang(t) === lang);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Static paths of the theme pages of one edition, each with its neighbours in reading order. */
export async function themePaths(lang: Lang) {
  const themes = await getThemes(lang);
  return themes.map((theme, i) => ({
    params: { theme: themeSlug(theme) },
    props: { theme, prev: themes[i - 1], next: themes[i + 1] },
  }));
}

const byId = async <C extends 'sources' | 'estimates' | 'events'>(c: C) =>
  new Map((await getCollection(c)).map((e) => [e.id, e] as const));

export const getSources = () => byId('sources');
export const getEstimates = () => byId('estimates');
export const getEvents = () => byId('events');

/** The ids of the contested claims (a dispute link in either direction; src/records/claims.ts). */
export async function getContested(): Promise<Set<string>> {
  return contestedIds(new Map([...(await getEstimates())].map(([id, e]) => [id, e.data])));
}

/** What a theme's body uses, read without rendering it. */
export const scanTheme = (t: Theme): ScanResult => scanMdx(t.body ?? '');

/** 1-based line of the first use of a list component (<EventList />, <EstimatesTable />), or 0. */
const componentLine = (scan: ScanResult, name: string) => scan.components.find((c) => c.name === name)?.line ?? 0;

/**
 * Every citation in a theme, in line order: a <Cite> cites its source, an <Estimate> its record's
 * source, and the list components cite the sources of every row they render (in their row order),
 * so that a page showing <EventList /> or <EstimatesTable /> numbers all the sources those rows cite.
 */
function citationTags(t: Theme, estimates: Map<string, Estimate>, events: Map<string, Event>, scan = scanTheme(t)) {
  const tags = [
    ...scan.cites.map((c) => ({ line: c.line, src: c.attrs.id })),
    ...scan.estimates.map((e) => ({ line: e.line, src: estimates.get(e.attrs.id)?.data.source.id })),
  ];
  const tableLine = componentLine(scan, 'EstimatesTable');
  if (tableLine) {
    for (const m of MEASURES)
      for (const e of estimates.values())
        if (e.data.measure === m) tags.push({ line: tableLine, src: e.data.source.id });
  }
  const listLine = componentLine(scan, 'EventList');
  if (listLine) {
    const sorted = [...events.values()].sort((a, b) => compareFuzzyDates(a.data.date, b.data.date));
    for (const e of sorted) for (const s of e.data.sources) tags.push({ line: listLine, src: s.id });
  }
  // A stable sort keeps each list's rows in their order.
  return tags.sort((a, b) => a.line - b.line);
}

/**
 * The sources a page cites, each with its permanent number (the source's `number:`), in number order:
 * a <Cite> cites its source, an <Estimate> cites the source of its record. A source is the same [n] on
 * every page and in both editions, so a page may show [1], [3], [4].
 */
export async function citedSources(themes: Theme[]): Promise<Map<string, number>> {
  const [sources, estimates, events] = await Promise.all([getSources(), getEstimates(), getEvents()]);
  const cited = themes.flatMap((t) => citationTags(t, estimates, events).flatMap(({ src }) => (src ? [src] : [])));
  return numberCitations(cited, (id) => sources.get(id)?.data.number);
}

/** Where each source is cited: theme and nearest section above the citation. */
export async function citationsBySource(
  themes: Theme[],
): Promise<Map<string, { theme: Theme; section: string; sectionTitle: string }[]>> {
  const [estimates, events] = await Promise.all([getEstimates(), getEvents()]);
  const out = new Map<string, { theme: Theme; section: string; sectionTitle: string }[]>();
  for (const t of themes) {
    const scan = scanTheme(t);
    for (const { line, src } of citationTags(t, estimates, events, scan)) {
      if (!src) continue;
      const h = [...scan.headings].reverse().find((x) => x.line < line);
      const section = h?.id ?? themeSlug(t);
      const list = out.get(src) ?? [];
      if (!list.some((l) => l.section === section))
        list.push({ theme: t, section, sectionTitle: h?.text ?? t.data.title });
      out.set(src, list);
    }
  }
  return out;
}

export { uniqueIds, formatFuzzyDate };

/** The source's date as readers see it: "17 October 2025", or "undated"; in Arabic "١٧ تشرين الأول ٢٠٢٥". */
export const sourceDate = (s: Source, lang: Lang = 'en') => formatDate(s.data.published, lang);
