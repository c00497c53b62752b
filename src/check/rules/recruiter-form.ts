// Content rule: the Arabic edition never tells recruiters from recruits by a vowel mark alone.
// «المجنِّدون» (kasra on the nun: those who recruit) and «المجنَّدون» (fatha: those recruited) are one
// word once the marks are lost, as they are in search, in copy-paste, in some fonts and to most
// readers, so a sentence such as «ضد المجنِّدين، لا ضد المجنَّدين» says nothing. Recruiters are named
// in words of their own («القائمون على التجنيد», «شبكات التجنيد», «الوسطاء»); the مجنَّد family is
// left to the recruits.
import type { Problem } from '../problem.ts';
import type { RuleContext } from './context.ts';
import { arFields, arabicThemes, findByLine, frontmatterTexts, themeTexts } from './arabic-text.ts';

/**
 * A word of the مجند family with a kasra (U+0650) on its nun (مجنِّد, مُجَنِّدون, والمجنِّدين…), with or
 * without the shadda, whatever the marks on the other letters and whatever is joined before or after.
 * Marks are matched as \p{Mn} (Arabic's are all nonspacing marks), letters as U+0621–U+064A.
 */
export const RECRUITER_FORM =
  /[\u0621-\u064A\p{Mn}]*م\p{Mn}*ج\p{Mn}*ن(?=\p{Mn}*\u0650)\p{Mn}*د[\u0621-\u064A\p{Mn}]*/gu;

const EXPECTED =
  'expected recruiters named in words of their own, since the mark is lost in search, copy-paste and some fonts';
const FIX =
  'name the recruiters «القائمون على التجنيد», «شبكات التجنيد» or «الوسطاء» (as fits the sentence); keep «المجنَّدون» / «من جُنِّدوا» for the recruits';

/** The recruiter forms in a text, each once, in order. */
export const recruiterForms = (text: string): string[] => [...new Set(text.match(RECRUITER_FORM) ?? [])];

const message = (found: string[]) =>
  `writes ${found.map((w) => `«${w}»`).join(', ')}: the recruiter form of مجند, told from the recruits' «مجنَّد» by a kasra on the nun alone; ${EXPECTED}`;

/**
 * Reports every line of an Arabic theme (prose, headings, frontmatter) and every `ar:` field of a
 * record that writes a مجند word with a kasra on the nun. Code is left alone: it shows words, it does
 * not say them.
 */
export function checkRecruiterForm({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const t of arabicThemes(index)) {
    for (const { field, text } of frontmatterTexts(t)) {
      const found = recruiterForms(text);
      if (found.length) problems.push({ file: t.file, field, message: message(found), fix: FIX });
    }
    for (const { line, found } of findByLine(themeTexts(t), (x) => (x.code ? [] : recruiterForms(x.text))))
      problems.push({ file: t.file, field: 'text', line, message: message(found), fix: FIX });
  }
  for (const { file, field, text } of arFields(index)) {
    const found = recruiterForms(text);
    if (found.length) problems.push({ file, field, message: message(found), fix: FIX });
  }
  return problems;
}
