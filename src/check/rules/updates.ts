// Content rule for the log of changes and corrections (content/updates/*.yaml): every entry matches
// the schema, and the sections it names exist, so the log's links never break.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ID_PATTERN, updateSchema } from '../../schema/records.ts';
import { fromIssue, readYaml, type ContentIndex, type Problem } from '../index.ts';

/**
 * Checks content/updates/: each file is a valid entry with a readable id as its name, and each id in
 * its `sections` is a theme or a section (or a section's alias) in the English themes.
 */
export function checkUpdates(contentDir: string, rel: (path: string) => string, index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const dir = join(contentDir, 'updates');
  if (!existsSync(dir)) return problems;
  const sectionIds = new Set(
    index.themes.filter((t) => t.lang === 'en').flatMap((t) => [t.id, ...t.scan.headings.flatMap((h) => [h.id, ...h.aliases])]),
  );
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    const file = rel(join(dir, f));
    const id = basename(f, '.yaml');
    if (!ID_PATTERN.test(id)) {
      problems.push({ file, field: '(file name)', message: `"${id}" is not a valid record id`, fix: 'rename the file with lower-case words joined by hyphens, e.g. najaf-verdict-correction.yaml' });
    }
    const data = readYaml(join(dir, f), file, problems);
    if (data === undefined) continue;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, field: '(the whole record)', message: 'expected a group of fields', fix: 'write one "field: value" per line: date, kind, title, summary and, optionally, sections' });
      continue;
    }
    const parsed = updateSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(fromIssue(file, issue, data));
      continue;
    }
    parsed.data.sections?.forEach((s, i) => {
      if (!sectionIds.has(s)) {
        problems.push({ file, field: `sections.${i}`, message: `"${s}" is not a theme or section id in the English themes`, fix: 'use the file name of a theme or the id of a <Heading id> it contains' });
      }
    });
  }
  return problems;
}
