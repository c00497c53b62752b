// Content rules for the story itself: every figure on record is told somewhere in the prose, and no
// paragraph states a number without saying where it comes from. Readers (and NGOs quoting one
// paragraph) must be able to trace every number to its source from the paragraph it sits in.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentIndex, Problem } from '../index.ts';

/** Where the content lives, as given to validateContent(). */
export interface StoryRuleOptions {
  /** Project root that file names in messages are relative to. */
  root: string;
  /** Folder holding themes/ and estimates/. */
  contentDir: string;
}

/**
 * Every estimate record must be told in the prose of at least one theme with <Estimate id>. The
 * table of all estimates does not count: a figure only listed there is never explained to the reader.
 */
export function checkEstimatesUsed(index: ContentIndex, opts: StoryRuleOptions): Problem[] {
  // English prose only: the translation rule (src/check/rules/translations.ts) makes every edition
  // show the figures its English original shows, so a figure told only in a translation is not told.
  const used = new Set(index.themes.filter((t) => t.lang === 'en').flatMap((t) => t.scan.estimates.map((e) => e.attrs.id)));
  return [...index.estimates.keys()]
    .filter((id) => !used.has(id))
    .map((id) => ({
      file: relative(opts.root, join(opts.contentDir, 'estimates', `${id}.yaml`)),
      field: '(record)',
      message: `the estimate "${id}" is not told in the prose of any theme (listing it in <EstimatesTable /> does not count)`,
      fix: `write <Estimate id="${id}" /> in the paragraph of a theme that explains this figure, or delete the record if the story does not need it`,
    }));
}

/**
 * Words that state a number as much as digits do. "one" is left out on purpose: it is mostly a
 * pronoun ("no one", "one of them"), and flagging it would drown the real cases.
 */
const NUMBER_WORDS = [
  'dozens?', 'hundreds?', 'thousands?', 'millions?', 'billions?', 'scores',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
];
const NUMBER = new RegExp(`\\d[\\d,.]*\\d%?|\\d%?|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'i');
/**
 * The same in the Arabic edition: Arabic-Indic digits (with the Arabic separators) and the words for
 * dozens, hundreds and thousands, with or without the article or a preposition in front.
 */
const NUMBER_AR = /[٠-٩][٠-٩٬٫]*|(?:^|[\s«(])(?:[وبل]?ال|[وبل])?(?:عشرات|مئات|آلاف|ملايين)(?=[\s.،؛»)]|$)/;

/** A component alone on its line (<EstimatesTable />, <EventList />, <Chart id="…" />): not prose. */
const LONE_COMPONENT = /^\s*<[A-Z][\w.]*\b[^>]*\/>\s*$/;
/** A list item or table row starts a unit of its own: each can be quoted on its own. */
const ITEM_START = /^\s*(?:[-*+]|\d+[.)]|\|)\s/;

/** Blanks out MDX comments and fenced code, keeping line numbers intact. */
const stripIgnored = (body: string) => {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank).replace(/^```[\s\S]*?^```/gm, blank);
};

/** The words a reader sees on one line: tags, expressions, link targets and list markers removed. */
const prose = (line: string) =>
  line
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*(?:[-*+>]|\d+[.)])\s+/, ' ');

/**
 * Every paragraph (or list item) that states a number, in digits or in words such as "hundreds",
 * must carry a <Cite> or an <Estimate>, so that whoever quotes the paragraph quotes its source too.
 * Headings and components alone on a line are not prose and are skipped.
 */
export function checkNumbersCited(index: ContentIndex, opts: StoryRuleOptions): Problem[] {
  const problems: Problem[] = [];
  for (const t of index.themes) {
    const lines = stripIgnored(readFileSync(join(opts.root, t.file), 'utf8')).split('\n');
    // Skip the frontmatter: it is checked by the theme schema.
    let i = 0;
    if (lines[0]?.trim() === '---') {
      i = lines.findIndex((l, n) => n > 0 && l.trim() === '---') + 1;
      if (i === 0) continue;
    }
    let unit: { line: number; text: string }[] = [];
    const flush = () => {
      if (unit.length && !unit.some((l) => /<(?:Cite|Estimate)\b/.test(l.text))) {
        for (const l of unit) {
          const m = (t.lang === 'ar' ? NUMBER_AR : NUMBER).exec(prose(l.text));
          if (m) {
            problems.push({
              file: t.file,
              field: 'paragraph',
              line: l.line,
              message: `states the number "${m[0]}" but its paragraph has no <Cite> or <Estimate>`,
              fix: 'add <Cite id="source-id" /> for the article that gives it to the same paragraph; if it is a figure with a record in content/estimates/, write <Estimate id="estimate-id" /> instead of typing it',
            });
            break;
          }
        }
      }
      unit = [];
    };
    for (; i < lines.length; i++) {
      const text = lines[i];
      const line = i + 1;
      if (!text.trim() || /^\s*<\/?Heading\b/.test(text) || LONE_COMPONENT.test(text)) {
        flush();
        continue;
      }
      if (ITEM_START.test(text)) flush();
      unit.push({ line, text });
    }
    flush();
  }
  return problems;
}

/** The story rules, in the order their problems are reported. */
export function storyRules(index: ContentIndex, opts: StoryRuleOptions): Problem[] {
  return [...checkEstimatesUsed(index, opts), ...checkNumbersCited(index, opts)];
}
