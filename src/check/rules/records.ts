// Content rule: every record (content/sources/, estimates/, events/) and every theme's frontmatter is
// readable and matches the content model (src/schema/records.ts), and every file name is a record id.
import { ID_PATTERN, estimateSchema, eventSchema, sourceSchema, themeSchema } from '../../schema/records.ts';
import { z } from 'astro/zod';
import { fromIssues, kindOf, type Problem } from '../problem.ts';
import type { RuleContext } from './context.ts';

const ref = z.string().regex(ID_PATTERN, 'must be a record id: lower-case words joined by hyphens');
const SCHEMAS = { sources: sourceSchema(ref), estimates: estimateSchema(ref), events: eventSchema(ref) };

/** Checks each source, estimate and event file. */
export function checkRecords({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ['sources', 'estimates', 'events'] as const) {
    for (const r of index.files[kind]) {
      if (!ID_PATTERN.test(r.id)) {
        problems.push({
          file: r.file,
          field: '(file name)',
          message: `"${r.id}" is not a valid record id`,
          fix: 'rename the file with lower-case words joined by hyphens, e.g. allawi-around-5000.yaml',
        });
      }
      if (r.problem) {
        problems.push(r.problem);
        continue;
      }
      if (r.data === null || typeof r.data !== 'object' || Array.isArray(r.data)) {
        problems.push({
          file: r.file,
          field: '(the whole record)',
          message: `expected a group of fields, found ${kindOf(r.data)}`,
          fix: 'write one "field: value" per line',
        });
        continue;
      }
      let data = r.data as Record<string, unknown>;
      // A typed flag would disagree with the dispute links sooner or later: "contested" is derived.
      if (kind === 'estimates' && 'contested' in data) {
        problems.push({
          file: r.file,
          field: 'contested',
          message: 'is typed by hand; a claim is contested if and only if it has a dispute link, in either direction',
          fix: 'remove "contested:"; if someone disputes the figure, add a "disputes:" entry (claims, reason, by, source) on the claim that disputes it',
        });
        data = Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'contested'));
      }
      const parsed = SCHEMAS[kind].safeParse(data);
      if (!parsed.success) problems.push(...fromIssues(r.file, parsed.error.issues, data));
    }
  }
  return problems;
}

/** Checks each theme: readable frontmatter and MDX, a frontmatter that matches the theme schema. */
export function checkThemeFiles({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const t of index.themes) {
    problems.push(...t.problems);
    if (t.problems.some((p) => p.field === '(frontmatter)' || p.field === '(YAML syntax)')) continue;
    const parsed = themeSchema.safeParse(t.data);
    if (!parsed.success) problems.push(...fromIssues(t.file, parsed.error.issues, t.data));
  }
  return problems;
}
