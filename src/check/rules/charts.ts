// Content rule for the charts: every chart has its words in content/charts/<id>.yaml, every place in
// content/places/ is complete, and every id a chart or a place points at (estimate, event, source,
// section) exists, so that a chart can never be drawn from missing data.
import { join, relative } from 'node:path';
import { chartSchema, placeSchema } from '../../schema/charts.ts';
import { fromIssues, type Problem } from '../problem.ts';
import type { RecordFile } from '../../records/load.ts';
import { unknownRef, sectionIds, sectionsKnown, type RuleContext } from './context.ts';

type Target = 'sources' | 'estimates' | 'events';

/** A file's fields, or a problem when it cannot be read or is not a group of fields. */
function fieldsOf(r: RecordFile, problems: Problem[]): Record<string, unknown> | undefined {
  if (r.problem) {
    problems.push(r.problem);
    return undefined;
  }
  if (r.data === null || typeof r.data !== 'object' || Array.isArray(r.data)) {
    problems.push({
      file: r.file,
      field: '(the whole record)',
      message: 'expected a group of fields',
      fix: 'write one "field: value" per line',
    });
    return undefined;
  }
  return r.data as Record<string, unknown>;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Checks content/charts/ and content/places/ and returns every problem found. */
export function checkCharts({ index, charts }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const ref = (file: string, field: string, id: unknown, target: Target) => {
    if (typeof id !== 'string' || index[target].has(id)) return true;
    problems.push(unknownRef(index, target, file, field, id));
    return false;
  };
  // Charts are placed in the English themes; the translation rule keeps the other editions in step.
  const sections = sectionIds(index, 'en', false);
  const rel = (p: string) => relative(index.root, p) || p;

  // The words and data of each chart.
  const chartsDir = join(index.contentDir, 'charts');
  const files = index.files.charts;
  for (const id of charts ?? []) {
    if (!files.some((f) => f.id === id)) {
      problems.push({
        file: rel(join(chartsDir, `${id}.yaml`)),
        field: '(file)',
        message: `is missing: the chart "${id}" has no title, takeaway or description`,
        fix: `create content/charts/${id}.yaml with title, takeaway, description and section (copy another chart's file)`,
      });
    }
  }
  for (const r of files) {
    const { id, file } = r;
    if (charts?.length && !charts.includes(id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${id}" is not a chart; expected one of: ${charts.join(', ')}`,
        fix: 'rename the file after its chart id, or remove it',
      });
    }
    const data = fieldsOf(r, problems);
    if (!data) continue;
    const parsed = chartSchema.safeParse(data);
    if (!parsed.success) problems.push(...fromIssues(file, parsed.error.issues, data));
    if (typeof data.section === 'string' && !sections.has(data.section) && sectionsKnown(index, 'en')) {
      problems.push({
        file,
        field: 'section',
        message: `"${data.section}" is not a section id in the en themes`,
        fix: 'use the id of the <Heading id> (or theme) where the chart is placed',
      });
    }
    for (const [key, owner] of [
      ['pipeline', 'pipeline-chart'],
      ['responses', 'responses-chart'],
    ] as const) {
      if (id === owner && data[key] === undefined)
        problems.push({
          file,
          field: key,
          message: `is missing; the ${owner} is drawn from it`,
          fix: `add "${key}:" with the fields described in src/schema/charts.ts`,
        });
      if (id !== owner && data[key] !== undefined)
        problems.push({
          file,
          field: key,
          message: `is only read by the ${owner}`,
          fix: `remove "${key}:" from this file`,
        });
    }
    const p = data.pipeline as Record<string, unknown> | undefined;
    if (p && typeof p === 'object') {
      for (const stage of ['channels', 'promises'] as const) {
        list(p[stage]).forEach((item, i) =>
          list((item as { sources?: unknown })?.sources).forEach((s, j) =>
            ref(file, `pipeline.${stage}.${i}.sources.${j}`, s, 'sources'),
          ),
        );
      }
      list(p.salaries).forEach((e, i) => {
        if (
          ref(file, `pipeline.salaries.${i}`, e, 'estimates') &&
          typeof e === 'string' &&
          index.estimates.get(e)?.unit !== 'usd-per-month'
        ) {
          problems.push({
            file,
            field: `pipeline.salaries.${i}`,
            message: `"${e}" is not a salary: its unit is "${String(index.estimates.get(e)?.unit)}", expected "usd-per-month"`,
            fix: 'name an estimate whose unit is usd-per-month',
          });
        }
      });
      if (
        ref(file, 'pipeline.outcome', p.outcome, 'estimates') &&
        typeof p.outcome === 'string' &&
        index.estimates.get(p.outcome)?.unit !== 'percent'
      ) {
        problems.push({
          file,
          field: 'pipeline.outcome',
          message: `"${p.outcome}" is not a percentage: its unit is "${String(index.estimates.get(p.outcome)?.unit)}", expected "percent"`,
          fix: 'name an estimate whose unit is percent',
        });
      }
    }
    const resp = data.responses as Record<string, unknown> | undefined;
    if (resp && typeof resp === 'object')
      list(resp.exclude).forEach((x, i) =>
        ref(file, `responses.exclude.${i}.event`, (x as { event?: unknown })?.event, 'events'),
      );
  }

  // The places on the map.
  for (const r of index.files.places) {
    const file = r.file;
    const data = fieldsOf(r, problems);
    if (!data) continue;
    const parsed = placeSchema.safeParse(data);
    if (!parsed.success) problems.push(...fromIssues(file, parsed.error.issues, data));
    list(data.sources).forEach((s, i) => ref(file, `sources.${i}`, s, 'sources'));
  }
  return problems;
}
