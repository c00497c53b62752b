// What each page says about itself when shared or cited: its share card (title, key figure, image
// alt text), the day it was last updated and the day the site was first published. Drawn from the
// records, so a card's figure is the same record the page prints.
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  getContested,
  getEstimates,
  getThemes,
  getSources,
  getEvents,
  scanTheme,
  themeSlug,
  type Estimate,
} from '../records/queries.ts';
import { formatEstimate, formatNumber } from '../format/format.ts';
import { DEFAULT_LANG, localized, ui, type Lang } from '../i18n/index.ts';
import { charts, getChart } from '../charts/registry.ts';
import { cardWords } from './share-words.ts';
import { figurePage } from '../urls.ts';

export type Update = CollectionEntry<'updates'>;

/** A page's share card. */
export interface PageCard {
  /** File name of the card image under og/, e.g. "overview" (og/overview.png); Arabic cards start with "ar-". */
  key: string;
  /** The edition the card is written in. */
  lang: Lang;
  /** Path of the page the card belongs to within its edition ("" for the home page, never "ar/..."). */
  path: string;
  title: string;
  /** The key figure, as the page prints it. */
  figure?: string;
  /** A sentence under the title (a chart's takeaway). */
  subtitle?: string;
  /** Who gives the figure. */
  figureBy?: string;
  /** Text alternative of the image, for og:image:alt, in the card's language. */
  alt: string;
}

/** Entries of the updates log, newest first. */
export async function getUpdates(): Promise<Update[]> {
  const all = await getCollection('updates');
  return all.sort((a, b) => b.data.date.start!.localeCompare(a.data.date.start!) || a.id.localeCompare(b.id));
}

/** Day the site was first published: the earliest entry of the updates log. */
export async function firstPublished(): Promise<string> {
  const updates = await getUpdates();
  const first = updates.at(-1);
  if (!first)
    throw new Error(
      'content/updates/ is empty. Fix: add an entry with kind: published and the day of first publication.',
    );
  return first.data.date.start!;
}

/** Day of the latest change anywhere on the site: a theme's "updated" or an entry of the log. */
export async function siteUpdated(): Promise<string> {
  const days = [
    ...(await getThemes('en')).map((t) => t.data.updated.start!),
    ...(await getUpdates()).map((u) => u.data.date.start!),
  ];
  return days.sort().at(-1)!;
}

/** Every page's share card in both editions: English first, then Arabic. */
export async function pageCards(): Promise<PageCard[]> {
  return [...(await editionCards('en')), ...(await editionCards('ar'))];
}

/**
 * The cards of an edition, worked out once per build: every page asks for its card, and working them
 * out reads every theme's text. `astro dev` works them out anew each time, so edits show.
 */
const built = new Map<Lang, Promise<PageCard[]>>();
function editionCards(lang: Lang): Promise<PageCard[]> {
  if (!import.meta.env.PROD) return readEditionCards(lang);
  if (!built.has(lang)) built.set(lang, readEditionCards(lang));
  return built.get(lang)!;
}

/**
 * The share cards of one edition: the home page, each theme, each figure, each chart, the sources and
 * the updates log, each with its words in the edition's language (records through `localized`, the
 * interface's words from ui, the few card-only words from ./share-words.ts).
 */
async function readEditionCards(lang: Lang): Promise<PageCard[]> {
  const t = ui[lang];
  const w = cardWords[lang];
  const [themes, estimates, sources, events] = await Promise.all([
    getThemes(lang),
    getEstimates(),
    getSources(),
    getEvents(),
  ]);
  const contested = await getContested();
  const cards: PageCard[] = [];
  const key = (k: string) => (lang === DEFAULT_LANG ? k : `${lang}-${k}`);
  const n = (x: number) => formatNumber(x, lang);
  const add = (c: Omit<PageCard, 'lang' | 'alt'> & { alt?: string }) =>
    cards.push({ ...c, key: key(c.key), lang, alt: c.alt ?? w.alt(c.title, t.siteName, c.figure, c.figureBy) });
  /** Who gives a figure, with its role, and says so when it is contested: a card travels without its page. */
  const byOf = (id: string, d: Estimate['data']) =>
    `${d.claimant.name}${d.claimant.role ? `${t.comma}${d.claimant.role}` : ''}${contested.has(id) ? ` (${w.contested})` : ''}`;

  add({
    key: 'index',
    path: '',
    title: t.siteTagline,
    figure: w.counts(n(estimates.size), n(events.size), n(sources.size)),
  });
  for (const theme of themes) {
    // The theme's key figure is the first one its text prints.
    const first = scanTheme(theme).estimates[0]?.attrs.id;
    const e = first ? estimates.get(first)?.data : undefined;
    const d = e ? localized(e, lang) : undefined;
    const slug = themeSlug(theme);
    add({
      key: slug,
      path: `${slug}/`,
      title: theme.data.title,
      figure: d ? formatEstimate(d, lang) : undefined,
      figureBy: d && first ? byOf(first, d) : undefined,
    });
  }
  // Each figure's own page: the figure in the source's words, what it counts, who gives it.
  for (const [id, e] of estimates) {
    const d = localized(e.data, lang);
    add({
      key: `figure-${id}`,
      path: figurePage(id),
      title: d.measureNote ?? t.measures[d.measure],
      figure: formatEstimate(d, lang),
      figureBy: byOf(id, d),
    });
  }
  for (const { id } of charts) {
    const c = getChart(id, lang);
    add({
      key: `chart-${c.id}`,
      path: `charts/${c.id}/`,
      title: c.title,
      subtitle: c.takeaway,
      alt: w.chartAlt(c.title, c.takeaway, t.siteName),
    });
  }
  add({ key: 'sources', path: 'sources/', title: t.sourcesTitle, figure: w.articles(n(sources.size)) });
  add({ key: 'updates', path: 'updates/', title: t.share.updatesTitle });
  return cards;
}

/** The card of the page at this path within its edition, in that edition, or the edition's home card. */
export async function cardFor(path: string, lang: Lang = DEFAULT_LANG): Promise<PageCard> {
  const cards = await editionCards(lang);
  return cards.find((c) => c.path === path) ?? cards[0];
}
