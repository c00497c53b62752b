// Reading time of a theme, from the words of its MDX prose as the MDX parser reads them (./mdx.ts).
import { proseWords } from './mdx.ts';

/**
 * Words per minute for the estimate. Lower than the usual 230–250 for skimming readers: these are
 * careful readers, many of them reading in a second language.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * The prose words of an MDX body: component tags, their attributes, comments, imports, code blocks
 * and link targets are left out; heading text and the words between tags count. A "word" holds at
 * least one letter or digit, so bare punctuation does not count.
 */
export function countWords(mdx: string): number {
  return proseWords(mdx).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read an MDX body, rounded up, never less than 1. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(mdx) / wordsPerMinute));
}
