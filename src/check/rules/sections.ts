// Content rule for sections: every heading is a <Heading> with a valid id (a Markdown "#" heading has
// no stable id), and every section id (with its aliases, former ids) is used once across a language's
// themes, which share one long page. Events name a section that exists.
import { ID_PATTERN } from '../../schema/records.ts';
import type { Problem } from '../problem.ts';
import { referenceLangs, sectionIds, sectionsKnown, themesInOrder, type RuleContext } from './context.ts';

/** Reports Markdown headings and <Heading>s with a missing or unreadable id, level or aliases. */
export function checkHeadings({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const t of index.themes) {
    for (const h of t.scan.markdownHeadings) {
      problems.push({
        file: t.file,
        field: 'heading',
        line: h.line,
        message: `"${h.text}" is a Markdown heading, which has no stable id`,
        fix: `write it as <Heading id="a-stable-id">${h.text}</Heading> (add level={3} for a sub-section)`,
      });
    }
    for (const b of t.scan.badHeadings) {
      problems.push({
        file: t.file,
        field: '<Heading>',
        line: b.line,
        message: `${b.problem}`,
        fix: 'give every heading id="lower-case-words" and, for sub-sections, level={3}',
      });
    }
  }
  return problems;
}

/** Reports section ids that are invalid or already used, in reading order (the later use is reported). */
export function checkUniqueSections({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const lang of index.langs) {
    const seen = new Map<string, string>();
    for (const t of themesInOrder(index, lang)) {
      // A heading's aliases are ids too: a former id must never be reused for another section.
      for (const [sid, line] of [
        [t.id, 1] as const,
        ...t.scan.headings.flatMap((h) => [h.id, ...h.aliases].map((i) => [i, h.line] as const)),
      ]) {
        if (!ID_PATTERN.test(sid)) {
          problems.push({
            file: t.file,
            field: `<Heading id="${sid}">`,
            line,
            message: `"${sid}" is not a valid section id`,
            fix: 'use lower-case words joined by hyphens',
          });
        }
        const prev = seen.get(sid);
        if (prev) {
          problems.push({
            file: t.file,
            field: `<Heading id="${sid}">`,
            line,
            message: `the section id "${sid}" is already used in ${prev}; ids must be unique across all themes`,
            fix: 'choose another id (ids are permanent link targets: never reuse or rename a published one)',
          });
        } else seen.set(sid, `${t.file}:${line}`);
      }
    }
  }
  return problems;
}

/**
 * Events link to the section that explains them; checked in English only, as the translation rule
 * (src/check/rules/translations.ts) ensures every edition has the same section ids.
 */
export function checkEventSections({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const lang of referenceLangs(index).filter((l) => sectionsKnown(index, l))) {
    const ids = sectionIds(index, lang, true);
    for (const r of index.files.events) {
      const data = index.events.get(r.id);
      if (typeof data?.section === 'string' && !ids.has(data.section)) {
        problems.push({
          file: r.file,
          field: 'section',
          message: `"${data.section}" is not a section id in the ${lang} themes`,
          fix: 'use the id of a theme or of a <Heading id> that explains this event',
        });
      }
    }
  }
  return problems;
}
