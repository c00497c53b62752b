// Content rule: no English on Arabic pages unless the markup says so. A Latin word in Arabic prose is
// read out by screen readers with Arabic rules, can pull the punctuation around it out of place in
// right-to-left text, and is fair game for machine translation, unless its element says lang="en"
// (or translate="no"). So in an Arabic theme,
// Latin letters are allowed only inside such an element, inside code, in link addresses (a Markdown
// link's URL or a bare https:// address) and in component attributes (ids); in the `ar:` fields of the
// records, which have no markup, only in web addresses. Names are written in Arabic script, as
// Arabic-language media write them («تيك توك»).
import type { Problem } from '../problem.ts';
import type { RuleContext } from './context.ts';
import { arFields, arabicThemes, findByLine, frontmatterTexts, themeTexts } from './arabic-text.ts';

/** A web address written out in the text, which may be Latin. */
const URL = /\b(?:https?:\/\/|www\.)[^\s«»"'<>()]+/gi;
/** A Latin word, with the digits and marks that belong to it ("CC", "BY", "TikTok", "Kurdistan24"). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9'’.&-]*[A-Za-z0-9]|[A-Za-z]/g;

/** The Latin words of a text outside its web addresses, each once, in order. */
export const latinWords = (text: string): string[] => [...new Set(text.replace(URL, ' ').match(LATIN_WORD) ?? [])];

const quoted = (words: string[]) => words.map((w) => `"${w}"`).join(', ');
const IN_THEME =
  'expected Arabic script; Latin letters belong only inside an element marked lang="en" or translate="no", in code, in a link address or in a component attribute';
const IN_RECORD = 'expected Arabic script; in an "ar:" field Latin letters belong only in a web address';
const IN_FRONTMATTER = 'expected Arabic script; in the frontmatter Latin letters belong only in a web address';
const fixTheme = (w: string) =>
  `write the name in Arabic script as Arabic-language media write it (e.g. «تيك توك» for TikTok), or, where the Latin form itself is needed, mark it <span lang="en" translate="no">${w}</span>`;
const fixRecord = () =>
  'write the name in Arabic script as Arabic-language media write it (e.g. «تيك توك» for TikTok); a record field has no markup to mark it as English';

/**
 * Reports every line of an Arabic theme (prose, headings, frontmatter) and every `ar:` field of a
 * record with Latin letters where the reader gets them as Arabic text.
 */
export function checkLatinLetters({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const t of arabicThemes(index)) {
    // The frontmatter becomes the page's title and description, where no markup can mark a word.
    for (const { field, text } of frontmatterTexts(t)) {
      const found = latinWords(text);
      if (found.length)
        problems.push({
          file: t.file,
          field,
          message: `has Latin letters (${quoted(found)}); ${IN_FRONTMATTER}`,
          fix: fixRecord(),
        });
    }
    for (const { line, found } of findByLine(themeTexts(t), (x) => (x.code || x.marked ? [] : latinWords(x.text))))
      problems.push({
        file: t.file,
        field: 'text',
        line,
        message: `has Latin letters (${quoted(found)}); ${IN_THEME}`,
        fix: fixTheme(found[0]),
      });
  }
  for (const { file, field, text } of arFields(index)) {
    const found = latinWords(text);
    if (found.length)
      problems.push({ file, field, message: `has Latin letters (${quoted(found)}); ${IN_RECORD}`, fix: fixRecord() });
  }
  return problems;
}
