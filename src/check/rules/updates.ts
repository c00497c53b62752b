// Content rule for the log of changes and corrections (content/updates/*.yaml): every entry matches
// the schema, and the sections it names exist, so the log's links never break.
import { ID_PATTERN, updateSchema } from '../../schema/records.ts';
import { fromIssues, type Problem } from '../problem.ts';
import { sectionIds, sectionsKnown, type RuleContext } from './context.ts';

/**
 * Checks content/updates/: each file is a valid entry with a readable id as its name, and each id in
 * its `sections` is a theme or a section (or a section's alias) in the English themes.
 */
export function checkUpdates({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const ids = sectionIds(index, 'en', true);
  for (const r of index.files.updates) {
    const { id, file, data } = r;
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${id}" is not a valid record id`,
        fix: 'rename the file with lower-case words joined by hyphens, e.g. najaf-verdict-correction.yaml',
      });
    }
    if (r.problem) {
      problems.push(r.problem);
      continue;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        file,
        field: '(the whole record)',
        message: 'expected a group of fields',
        fix: 'write one "field: value" per line: date, kind, title, summary and, optionally, sections',
      });
      continue;
    }
    const parsed = updateSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...fromIssues(file, parsed.error.issues, data));
      continue;
    }
    parsed.data.sections?.forEach((s, i) => {
      if (!ids.has(s) && sectionsKnown(index, 'en')) {
        problems.push({
          file,
          field: `sections.${i}`,
          message: `"${s}" is not a theme or section id in the English themes`,
          fix: 'use the file name of a theme or the id of a <Heading id> it contains',
        });
      }
    });
  }
  return problems;
}
