// Reading time of a theme, from the words of its MDX prose.

/**
 * Words per minute for the estimate. Lower than the usual 230–250 for skimming readers: these are
 * careful readers, many of them reading in a second language.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * The prose words of an MDX body: component tags, their attributes, comments, imports and Markdown
 * markup are left out; heading text and the words between tags count.
 */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read an MDX body, rounded up, never less than 1. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(mdx) / wordsPerMinute));
}
