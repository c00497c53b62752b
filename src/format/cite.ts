// Suggested citations for a page or a chart, as readers copy them: plain text, BibTeX and CSL-JSON.
// Pure functions, so the formats are unit-tested without a build.

/** What a citation names. */
export interface CitationInput {
  /** A key for BibTeX and CSL-JSON, e.g. "iraqs-recruits-overview". */
  key: string;
  /** Title of the page or chart. */
  title: string;
  /** The site's name, standing as author and container. */
  site: string;
  /** Day of the last substantive change, ISO "yyyy-mm-dd". */
  updated: string;
  /**
   * Absolute canonical URL, with a fragment for a part of a page. Left out when the site's public
   * address is not known; the page's script then fills in the address it was read at.
   */
  url?: string;
  /** Interface language, as an IETF tag: "ar" writes the citation in Arabic. */
  lang?: string;
  /**
   * The update day as the citation's language writes it ("٢ كانون الأول ٢٠٢٦"), from the site's date
   * formatter (src/format/format.ts); English writes it itself. Carried in the input so the browser,
   * which fills in the address, writes the same words without loading the formatter.
   */
  updatedText?: string;
}

/** The words of a citation in each language: quotation marks, list separator, "updated". */
const WORDS: Record<string, { open: string; close: string; sep: string; updated: string }> = {
  en: { open: '“', close: '”', sep: ', ', updated: 'updated' },
  ar: { open: '«', close: '»', sep: '، ', updated: 'آخر تحديث' },
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const parts = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`citation date "${iso}" is not a yyyy-mm-dd day`);
  return [Number(m[1]), Number(m[2]), Number(m[3])] as const;
};

/** A readable day, "22 November 2026". */
export function longDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * The suggested citation in its parts: the words (“Title”, Site, updated 22 November 2026), then, when
 * the address is known, the separator and the URL. A page sets the URL apart so that it reads left to
 * right inside an Arabic citation.
 */
export function citationParts(c: CitationInput): { words: string; sep: string; url?: string } {
  const w = WORDS[c.lang ?? 'en'] ?? WORDS.en;
  const english = (c.lang ?? 'en') === 'en';
  if (!english && !c.updatedText)
    throw new Error(
      `citation "${c.key}" in "${c.lang}" has no updatedText. Fix: pass formatDate(day, lang) as updatedText.`,
    );
  const day = english ? longDate(c.updated) : c.updatedText!;
  return { words: `${w.open}${c.title}${w.close}${w.sep}${c.site}${w.sep}${w.updated} ${day}`, sep: w.sep, url: c.url };
}

/** The suggested citation in words: “Title”, Site, updated 22 November 2026, URL (the URL when known). */
export function citationText(c: CitationInput): string {
  const { words, sep, url } = citationParts(c);
  return `${words}${url ? `${sep}${url}` : ''}`;
}

/** Escapes BibTeX's special characters; braces around the site keep it from being read as a person's name. */
const bib = (s: string) => s.replace(/([\\{}%&$#_^~])/g, (ch) => (ch === '\\' ? '\\textbackslash{}' : `\\${ch}`));

/** A BibTeX @online entry (biblatex), with the URL (when known) and the day of the last update. */
export function bibtex(c: CitationInput): string {
  const [y, m] = parts(c.updated);
  return [
    `@online{${c.key},`,
    `  title = {${bib(c.title)}},`,
    `  author = {{${bib(c.site)}}},`,
    `  organization = {${bib(c.site)}},`,
    `  date = {${c.updated}},`,
    `  year = {${y}},`,
    `  month = {${m}},`,
    ...(c.url ? [`  url = {${c.url}},`] : []),
    `  langid = {${c.lang ?? 'en'}},`,
    '}',
  ].join('\n');
}

/** A CSL-JSON item (what Zotero, Pandoc and citeproc read), as an array of one. */
export function cslJson(c: CitationInput): string {
  const [y, m, d] = parts(c.updated);
  const item = {
    id: c.key,
    type: 'webpage',
    title: c.title,
    'container-title': c.site,
    author: [{ literal: c.site }],
    issued: { 'date-parts': [[y, m, d]] },
    ...(c.url ? { URL: c.url } : {}),
    language: c.lang ?? 'en',
  };
  return JSON.stringify([item], null, 2);
}
