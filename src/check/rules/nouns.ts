// Content rule: the noun a figure counts is part of the figure's output, never typed after it. In the
// prose, <Estimate id="…" noun="iraqis" /> prints "around 5,000 Iraqis" and «نحو ٥٬٠٠٠ عراقي» with the
// noun in the form the number asks for (src/i18n/nouns.ts); a noun typed after the tag by hand would
// not follow the number («١٥٠ أجنبي»). Also: noun must name a noun of that list, and case (Arabic only)
// must be a grammatical case.
import type { Problem } from '../problem.ts';
import { NOUNS, NOUN_CASES, isNounId, writtenNouns } from '../../i18n/nouns.ts';
import { isLang } from '../../i18n/locales.ts';
import { themesInOrder, type RuleContext } from './context.ts';

/** The noun typed at the start of `after`, as a whole word, if any. */
function typedNoun(after: string, forms: [string, string][]): [string, string] | undefined {
  const text = after.replace(/^\s+/, '');
  return forms.find(([f]) => text.startsWith(f) && !/[\p{L}\p{M}]/u.test(text.charAt(f.length)));
}

/** Checks the noun and case of every <Estimate> in the themes. */
export function checkEstimateNouns({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const known = Object.keys(NOUNS).join(', ');
  for (const lang of index.langs) {
    if (!isLang(lang)) continue;
    const forms = writtenNouns(lang);
    const cases = NOUN_CASES[lang];
    for (const t of themesInOrder(index, lang)) {
      for (const e of t.scan.estimates) {
        const at = { file: t.file, line: e.line };
        const { noun, case: grammaticalCase } = e.attrs;
        if (noun !== undefined && !isNounId(noun))
          problems.push({
            ...at,
            field: '<Estimate noun>',
            message: `noun="${noun}" is not a known noun; expected one of: ${known}`,
            fix: 'use one of these, or add the noun to src/i18n/nouns.ts with its forms in both languages',
          });
        if (grammaticalCase !== undefined && !(cases as readonly string[]).includes(grammaticalCase))
          problems.push({
            ...at,
            field: '<Estimate case>',
            message: cases.length
              ? `case="${grammaticalCase}" is not a case; expected one of: ${cases.join(', ')}`
              : `case="${grammaticalCase}" is given in the ${lang} edition, whose nouns do not change with case`,
            fix: cases.length ? `write case="${cases.join('", "')}"` : 'delete the case attribute',
          });
        if (noun !== undefined) continue;
        const typed = typedNoun(e.after ?? '', forms);
        if (typed)
          problems.push({
            ...at,
            field: '<Estimate>',
            message: `is followed by the typed noun "${typed[0]}"; the noun a figure counts is part of its output, so it takes the form the number asks for`,
            fix: `write <Estimate id="${e.attrs.id ?? '…'}" noun="${typed[1]}" /> and delete the typed "${typed[0]}"`,
          });
      }
    }
  }
  return problems;
}
