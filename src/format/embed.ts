// The HTML snippet other sites paste to embed a chart.

/** What an embed snippet needs. */
export interface EmbedInput {
  /** Absolute URL of the chart's embed page. */
  src: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** Height in CSS pixels; the chart scrolls inside the frame if it is taller. */
  height?: number;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * An iframe for the chart: full width, lazily loaded, titled for screen readers, and sandboxed so the
 * embedded page can run nothing beyond its own copy buttons and open links only in a new top page.
 */
export function embedCode({ src, title, height = 720 }: EmbedInput): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" allow="clipboard-write" referrerpolicy="no-referrer" sandbox="allow-scripts allow-popups allow-top-navigation-by-user-activation" frameborder="0"></iframe>`;
}
