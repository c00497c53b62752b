// The HTML snippet other sites paste to embed a chart, and what the embed page and the host's script
// (public/embed.js) agree on. A leaf: the browser writes the same code with the page's own address.

/** Message an embed page posts to its parent with its height: { type, height } (src/client/embed-height.ts). */
export const EMBED_HEIGHT = 'iraqs-recruits:height';
/** Message public/embed.js posts to a frame to have it report its height again. */
export const EMBED_MEASURE = 'iraqs-recruits:measure';
/** The host's resize script, at the site's root (public/embed.js). */
export const EMBED_SCRIPT = 'embed.js';

/**
 * Each chart's embed height in CSS pixels, measured in a host page 360 px wide (the narrowest common
 * phone), the taller of the two editions: the iframe's height where the host strips scripts. Keyed by chart id (src/charts/ids.ts); a test checks
 * that every chart has one. Re-measure when a chart grows (tests/e2e/embed-host.spec.ts reports it).
 */
export const EMBED_FALLBACK_HEIGHTS: Readonly<Record<string, number>> = {
  'figures-chart': 2356,
  'timeline-chart': 2112,
  'responses-chart': 1859,
  'pipeline-chart': 1621,
  'map-chart': 2232,
};
/** For an embed page whose chart is not in the table. */
export const DEFAULT_EMBED_HEIGHT = 720;

/** What an embed snippet needs. */
export interface EmbedInput {
  /** URL of the chart's embed page, absolute or from the host's root ("…/embed/<id>/", "…/ar/embed/<id>/"). */
  src: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** Height in CSS pixels before the frame reports its own; by default the chart's fallback height. */
  height?: number;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const EMBED_PATH = /(?:ar\/)?embed\/([^/?#]+)\/?(?:[?#].*)?$/;

/** The chart id in an embed page's address, or undefined. */
export const embedChartId = (src: string): string | undefined => EMBED_PATH.exec(src)?.[1];

/** The resize script's address beside an embed page's: ".../sub/ar/embed/x/" → ".../sub/embed.js". */
export function embedScriptSrc(src: string): string {
  const m = EMBED_PATH.exec(src);
  if (!m) throw new Error(`embedCode: "${src}" is not an embed page's address (…/embed/<chart id>/)`);
  return `${src.slice(0, m.index)}${EMBED_SCRIPT}`;
}

/**
 * An iframe for the chart, full width, lazily loaded, titled for screen readers, and sandboxed so the
 * embedded page can run nothing beyond its own scripts and open links only in a new top page; then the
 * script that fits the frame to the chart. Where a host strips the script, the frame keeps the chart's
 * fallback height and scrolls if the chart is taller.
 */
export function embedCode({ src, title, height }: EmbedInput): string {
  const id = embedChartId(src);
  const h = height ?? (id && EMBED_FALLBACK_HEIGHTS[id]) ?? DEFAULT_EMBED_HEIGHT;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${h}" loading="lazy" referrerpolicy="no-referrer" sandbox="allow-scripts allow-popups allow-top-navigation-by-user-activation" frameborder="0"></iframe>\n<script src="${attr(embedScriptSrc(src))}" async></script>`;
}

/**
 * An embed page's chart without the controls that mean nothing inside a frame: the share links and the
 * copy buttons beside headings (src/components/page/Anchor.astro, CopyButton.astro). The chart's own
 * licence notes go too: the frame states the licence once, under its credit line.
 */
export function withoutPageControls(html: string): string {
  return html
    .replace(/<a\b[^>]*\bclass="anchor"[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/<button\b[^>]*\bclass="copy-button[^"]*"[^>]*>[\s\S]*?<\/button>/g, '')
    .replace(/<p\b[^>]*\bclass="licence-note"[^>]*>[\s\S]*?<\/p>/g, '');
}
