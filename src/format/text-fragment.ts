// Links that open an article at a quoted passage: URL text fragments (`#:~:text=`), as specified by the
// WICG Text Fragments draft (https://wicg.github.io/scroll-to-text-fragment/). Browsers that support them
// scroll to the passage and highlight it; the others open the article at its top, so the link never breaks.
// Pure functions, unit-tested in tests/unit/format/text-fragment.test.ts.

/**
 * Past this many words (or characters) a quote is linked by its first and last words
 * (`text=textStart,textEnd`) instead of in full. Both limits are ours: the shorter link survives an
 * article that the outlet re-typesets in the middle of the passage (a link or emphasis added, a quote
 * mark or a dash changed), and it stays readable. The 300 characters are Chrome's own limit for
 * "Copy link to highlight"; the ten words keep a one-line fragment in full, where a range would save
 * nothing.
 */
export const EXACT_MAX_WORDS = 10;
export const EXACT_MAX_CHARS = 300;
/** How many words of the quote open and close a range. Five words found the passage first in every archived article. */
export const RANGE_WORDS = 5;

/**
 * Percent-encodes one term of a text directive. The specification's syntax uses `&` (between
 * directives), `,` (between textStart and textEnd) and `-` (marking a prefix or suffix), so those three
 * are encoded on top of everything encodeURIComponent encodes; every non-ASCII character (curly quotes,
 * dashes, Arabic) is written as the percent-encoded bytes of its UTF-8.
 */
export function encodeTextDirective(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The quote's words as the directive matches them: runs of whitespace are one space, ends trimmed. */
const words = (quote: string) => quote.trim().split(/\s+/).filter(Boolean);

/**
 * The text directive of a quote: `text=<quote>` for a short quote, `text=<first words>,<last words>`
 * for a long one (see EXACT_MAX_WORDS). The quote must be the article's characters exactly; the
 * browser's match ignores case only.
 */
export function textDirective(quote: string): string {
  const w = words(quote);
  if (w.length === 0) throw new Error('textDirective: the quote is empty. Fix: give the quoted words.');
  const exact = w.join(' ');
  const n = Math.min(RANGE_WORDS, Math.floor(w.length / 2));
  if ((w.length <= EXACT_MAX_WORDS && exact.length <= EXACT_MAX_CHARS) || n < 1)
    return `text=${encodeTextDirective(exact)}`;
  return `text=${encodeTextDirective(w.slice(0, n).join(' '))},${encodeTextDirective(w.slice(-n).join(' '))}`;
}

/**
 * The article's address with a text fragment that opens it at the quote. An address that already has
 * a fragment keeps it: the directive follows it after `:~:`, as the specification allows.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const base = url.includes('#') ? url : `${url}#`;
  return `${base}:~:${textDirective(quote)}`;
}
