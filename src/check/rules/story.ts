// Content rules for the story itself: every figure on record is told somewhere in the prose, and no
// paragraph states a number without saying where it comes from. Readers (and NGOs quoting one
// paragraph) must be able to trace every number to its source from the paragraph it sits in.
import type { Problem } from '../problem.ts';
import type { RuleContext } from './context.ts';
import type { Lang } from '../../i18n/locales.ts';

/**
 * Every estimate record must be told in the prose of at least one theme with <Estimate id>. The
 * table of all estimates does not count: a figure only listed there is never explained to the reader.
 */
export function checkEstimatesUsed({ index }: RuleContext): Problem[] {
  // English prose only: the translation rule (src/check/rules/translations.ts) makes every edition
  // show the figures its English original shows, so a figure told only in a translation is not told.
  const en = index.themes.filter((t) => t.lang === 'en');
  // A theme that cannot be read tells nothing we can see; its syntax error is reported instead.
  if (en.some((t) => t.scan.error)) return [];
  const used = new Set(en.flatMap((t) => t.scan.estimates.map((e) => e.attrs.id)));
  return index.files.estimates
    .filter((r) => !used.has(r.id))
    .map(({ id, file }) => ({
      file,
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
  'dozens?',
  'hundreds?',
  'thousands?',
  'millions?',
  'billions?',
  'scores',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];
const NUMBER = new RegExp(`\\d[\\d,.]*\\d%?|\\d%?|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'i');
/**
 * The same in the Arabic edition: Arabic-Indic digits (with the Arabic separators) and the words for
 * dozens, hundreds and thousands, with or without the article or a preposition in front.
 */
const NUMBER_AR = /[٠-٩][٠-٩٬٫]*|(?:^|[\s«(])(?:[وبل]?ال|[وبل])?(?:عشرات|مئات|آلاف|ملايين)(?=[\s.،؛»)]|$)/;

/** What a number looks like in the prose of each edition. */
const NUMBER_IN: Record<Lang, RegExp> = { en: NUMBER, ar: NUMBER_AR };

/**
 * Every paragraph (or list item) that states a number, in digits or in words such as "hundreds",
 * must carry a <Cite> or an <Estimate>, so that whoever quotes the paragraph quotes its source too.
 * Headings and components are not prose and are skipped (the paragraphs come from the MDX syntax
 * tree, src/records/mdx.ts).
 */
export function checkNumbersCited({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const t of index.themes) {
    for (const unit of t.scan.paragraphs) {
      if (unit.cited) continue;
      for (const l of unit.lines) {
        const m = (NUMBER_IN[t.lang as Lang] ?? NUMBER).exec(l.text);
        if (!m) continue;
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
  return problems;
}

/** The story rules, in the order their problems are reported. */
export function storyRules(ctx: RuleContext): Problem[] {
  return [...checkEstimatesUsed(ctx), ...checkNumbersCited(ctx)];
}
