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
} from '../records/queries.ts';
import { formatEstimate } from '../format/format.ts';
import { ui } from '../i18n/ui.ts';
import { charts } from '../charts/registry.ts';
import { figurePage } from '../urls.ts';

export type Update = CollectionEntry<'updates'>;

/** A page's share card. */
export interface PageCard {
  /** File name of the card image under og/, e.g. "overview" (og/overview.png). */
  key: string;
  /** Site-relative path of the page the card belongs to ("" for the home page). */
  path: string;
  title: string;
  /** The key figure, as the page prints it. */
  figure?: string;
  /** A sentence under the title (a chart's takeaway). */
  subtitle?: string;
  /** Who gives the figure. */
  figureBy?: string;
  /** Text alternative of the image, for og:image:alt. */
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

const altFor = (title: string, figure?: string, by?: string) =>
  `Share card: “${title}”${figure ? `, with the figure ${figure}${by ? ` according to ${by}` : ''}` : ''}, from ${ui.en.siteName}.`;

/** Every page's share card: the home page, each theme, each figure, each chart, the sources and the updates log. */
export async function pageCards(): Promise<PageCard[]> {
  const t = ui.en;
  const [themes, estimates, sources, events] = await Promise.all([
    getThemes('en'),
    getEstimates(),
    getSources(),
    getEvents(),
  ]);
  const contested = await getContested();
  const cards: PageCard[] = [];
  const home = `${estimates.size} figures, ${events.size} events, ${sources.size} sources`;
  cards.push({ key: 'index', path: '', title: t.siteTagline, figure: home, alt: altFor(t.siteTagline, home) });
  for (const theme of themes) {
    // The theme's key figure is the first one its text prints.
    const first = scanTheme(theme).estimates[0]?.attrs.id;
    const e = first ? estimates.get(first)?.data : undefined;
    const figure = e ? formatEstimate(e) : undefined;
    // A contested figure says so on the card too: a card travels without the page around it.
    const by = e
      ? `${e.claimant.name}${e.claimant.role ? `, ${e.claimant.role}` : ''}${first && contested.has(first) ? ' (contested)' : ''}`
      : undefined;
    const slug = themeSlug(theme);
    cards.push({
      key: slug,
      path: `${slug}/`,
      title: theme.data.title,
      figure,
      figureBy: by,
      alt: altFor(theme.data.title, figure, by),
    });
  }
  // Each figure's own page: the figure in the source's words, what it counts, who gives it.
  for (const [id, e] of estimates) {
    const d = e.data;
    const figure = formatEstimate(d);
    const by = `${d.claimant.name}${d.claimant.role ? `, ${d.claimant.role}` : ''}${contested.has(id) ? ' (contested)' : ''}`;
    const title = d.measureNote ?? t.measures[d.measure];
    cards.push({
      key: `figure-${id}`,
      path: figurePage(id),
      title,
      figure,
      figureBy: by,
      alt: altFor(title, figure, by),
    });
  }
  for (const c of charts) {
    cards.push({
      key: `chart-${c.id}`,
      path: `charts/${c.id}/`,
      title: c.title,
      subtitle: c.takeaway,
      alt: `Share card: the chart “${c.title}”: ${c.takeaway} From ${t.siteName}.`,
    });
  }
  cards.push({
    key: 'sources',
    path: 'sources/',
    title: 'Sources',
    figure: `${sources.size} articles`,
    alt: altFor('Sources', `${sources.size} articles`),
  });
  cards.push({
    key: 'updates',
    path: 'updates/',
    title: 'Updates and corrections',
    alt: altFor('Updates and corrections'),
  });
  return cards;
}

/** The card of the page at this site-relative path, or the home page's card. */
export async function cardFor(path: string): Promise<PageCard> {
  const cards = await pageCards();
  return cards.find((c) => c.path === path) ?? cards[0];
}
