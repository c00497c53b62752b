// How a quotation is compared with its article, and how a text is cut into words for the copied-text
// rule. A leaf: it imports nothing.
//
// Quotations: typographic quotes, apostrophes, dashes and whitespace do not count ("Iraq’s" matches
// "Iraq's", "Russia–Ukraine" matches "Russia-Ukraine", a line break matches a space); otherwise the
// comparison is case-sensitive, except for the quotation's first letter, which a sentence may capitalise
// or not. Words: case-folded, with punctuation stripped and numbers kept ("5,000" is the word "5000",
// "Iraq's" the word "iraqs"); dashes and slashes separate words ("Al Arabiya/Al Hadath" is four words).

const QUOTES = '"“”„‟«»″';
const APOSTROPHES = "'‘’‚‛′`";
const DASHES = '-‐‑‒–—―−';

/** Whether a character is one of those that do not count when a quotation is compared. */
export const isTypographic = (c: string) => QUOTES.includes(c) || APOSTROPHES.includes(c) || DASHES.includes(c);

/**
 * A text with its typographic variants made one (every quote ", apostrophe ', dash -, whitespace run
 * one space, no space around a dash), and for every character of the result the index of the character
 * of the original it stands for, so that a match can be shown in the original's characters.
 */
export function normalise(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  const push = (c: string, i: number) => {
    out += c;
    at.push(i);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      // One space for a run, and none before or after a dash.
      if (out.length && !out.endsWith(' ') && !out.endsWith('-')) push(' ', i);
    } else if (DASHES.includes(c)) {
      if (out.endsWith(' ')) {
        out = out.slice(0, -1);
        at.pop();
      }
      push('-', i);
    } else if (QUOTES.includes(c)) push('"', i);
    else if (APOSTROPHES.includes(c)) push("'", i);
    else push(c, i);
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    at.pop();
  }
  return { text: out, at };
}

/** Both spellings of a quotation's first letter (upper and lower case). */
function firstLetterVariants(q: string): string[] {
  const first = q[0] ?? '';
  return [...new Set([q, first.toUpperCase() + q.slice(1), first.toLowerCase() + q.slice(1)])];
}

/** The pieces of a quotation that leaves words out ("a … b"), each to be found in order. */
const piecesOf = (q: string) =>
  q
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * Whether a quotation from the prose or a record occurs in an article, typographic characters aside
 * and its first letter in either case. Punctuation that ends the quotation (",", ".", ";", ":") may be
 * the sentence's, not the source's, and is not required; an ellipsis "…" or "..." stands for words
 * left out, and the pieces around it must occur in this order.
 */
export function quotationFound(quotation: string, article: string): boolean {
  const doc = normalise(article).text;
  const q = normalise(quotation).text.replace(/[,.;:]+$/, '');
  const pieces = piecesOf(q);
  if (!pieces.length) return true;
  let from = 0;
  for (const [i, piece] of pieces.entries()) {
    const variants = i === 0 ? firstLetterVariants(piece) : [piece];
    const hits = variants.map((v) => doc.indexOf(v, from)).filter((h) => h >= 0);
    if (!hits.length) return false;
    const hit = Math.min(...hits);
    from = hit + piece.length;
  }
  return true;
}

/**
 * Where a text that must equal the article's characters exactly (an estimate's quote.text, which
 * becomes a URL text fragment) stands in the article: "exact", or the article's own characters when
 * it matches only with typographic characters aside, or null when it is not there at all.
 */
export function exactMatch(
  text: string,
  article: string,
): { kind: 'exact' } | { kind: 'typographic'; original: string } | null {
  if (article.includes(text)) return { kind: 'exact' };
  const doc = normalise(article);
  const q = normalise(text).text;
  const hit = q ? doc.text.indexOf(q) : -1;
  if (hit < 0) return null;
  return { kind: 'typographic', original: article.slice(doc.at[hit], doc.at[hit + q.length - 1] + 1) };
}

const describeChar = (c: string) =>
  `${c === ' ' ? 'a space' : /\s/.test(c) ? 'a' : `"${c}"`} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * The characters that differ between a text and the article's own spelling of it, in words:
 * 'the article writes "’" (U+2019) where the record has "'" (U+0027)'. Only the typographic characters
 * and whitespace can differ when exactMatch() found the text with them aside.
 */
export function typographicDifferences(record: string, original: string): string[] {
  const marks = (s: string) => [...s].filter((c) => isTypographic(c) || /\s/.test(c));
  const a = marks(record);
  const b = marks(original);
  const out = new Set<string>();
  if (a.length === b.length) {
    a.forEach((c, i) => {
      if (c !== b[i]) out.add(`the article writes ${describeChar(b[i])} where the record has ${describeChar(c)}`);
    });
  }
  if (!out.size) out.add(`the article spaces or punctuates it as ${JSON.stringify(original)}`);
  return [...out];
}

/** One word of a text, where it stands (character offsets of the original), and its compared form. */
export interface Word {
  /** Case-folded, punctuation stripped, digits kept. */
  word: string;
  start: number;
  end: number;
}

const WORD_RE = /[^\s/\-‐‑‒–—―−]+/gu;

/** The words of a text as the copied-text rule compares them. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (word) out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The passages of a text in quotation marks, as [start, end) offsets of the words between the marks:
 * first “…” pairs, then pairs of straight "…" outside them. A mark without its partner opens nothing.
 */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const inSpan = (i: number) => spans.some(([s, e]) => i >= s - 1 && i <= e);
  for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) {
    if (inSpan(i)) continue;
    const close = text.indexOf('”', i + 1);
    if (close < 0) break;
    spans.push([i + 1, close]);
    i = close;
  }
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"' || inSpan(i)) continue;
    if (open < 0) open = i;
    else {
      spans.push([open + 1, i]);
      open = -1;
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
