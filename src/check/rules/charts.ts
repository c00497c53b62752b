// Content rule for the charts: every chart has its words in content/charts/<id>.yaml, every place in
// content/places/ is complete, and every id a chart or a place points at (estimate, event, source,
// section) exists, so that a chart can never be drawn from missing data.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { chartSchema, placeSchema } from '../../schema/charts.ts';
import { fromIssue, type ContentIndex, type Problem } from '../index.ts';

/** What the rule needs from the content check. */
export interface ChartRuleInput {
  /** Project root that file names in messages are relative to. */
  root: string;
  /** Folder holding charts/, places/ and the other collections. */
  contentDir: string;
  /** The records the check has read. */
  index: ContentIndex;
  /** The chart ids that must each have a file (CHART_IDS); when omitted, missing files are not reported. */
  charts?: readonly string[];
}

type Target = 'sources' | 'estimates' | 'events';
const NOUN: Record<Target, string> = { sources: 'source', estimates: 'estimate', events: 'event' };

function readYaml(path: string, file: string, problems: Problem[]): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push({ file, field: '(YAML syntax)', message: (e as Error).message.split('\n')[0], fix: 'check indentation and quoting on that line; text containing ": " must be in quotes' });
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '(the whole record)', message: 'expected a group of fields', fix: 'write one "field: value" per line' });
    return undefined;
  }
  return data as Record<string, unknown>;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Checks content/charts/ and content/places/ and returns every problem found. */
export function checkCharts({ root, contentDir, index, charts }: ChartRuleInput): Problem[] {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p) || p;
  const known = (t: Target) => [...index[t].keys()].join(', ') || '(none yet)';
  const ref = (file: string, field: string, id: unknown, target: Target) => {
    if (typeof id !== 'string' || index[target].has(id)) return true;
    problems.push({
      file,
      field,
      message: `"${id}" is not a known ${NOUN[target]}; expected the id of a file in content/${target}/ (one of: ${known(target)})`,
      fix: `correct the id, or add content/${target}/${id}.yaml`,
    });
    return false;
  };
  const sections = new Set(index.themes.filter((t) => t.lang === 'en').flatMap((t) => [t.id, ...t.scan.headings.map((h) => h.id)]));

  // The words and data of each chart.
  const chartsDir = join(contentDir, 'charts');
  const files = existsSync(chartsDir) ? readdirSync(chartsDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  for (const id of charts ?? []) {
    if (!files.includes(`${id}.yaml`)) {
      problems.push({ file: rel(join(chartsDir, `${id}.yaml`)), field: '(file)', message: `is missing: the chart "${id}" has no title, takeaway or description`, fix: `create content/charts/${id}.yaml with title, takeaway, description and section (copy another chart's file)` });
    }
  }
  for (const f of files) {
    const id = basename(f, '.yaml');
    const file = rel(join(chartsDir, f));
    if (charts?.length && !charts.includes(id)) {
      problems.push({ file, field: '(file name)', message: `"${id}" is not a chart; expected one of: ${charts.join(', ')}`, fix: 'rename the file after its chart id, or remove it' });
    }
    const data = readYaml(join(chartsDir, f), file, problems);
    if (!data) continue;
    const parsed = chartSchema.safeParse(data);
    if (!parsed.success) for (const issue of parsed.error.issues) problems.push(fromIssue(file, issue, data));
    if (typeof data.section === 'string' && !sections.has(data.section)) {
      problems.push({ file, field: 'section', message: `"${data.section}" is not a section id in the en themes`, fix: 'use the id of the <Heading id> (or theme) where the chart is placed' });
    }
    for (const [key, owner] of [['pipeline', 'pipeline-chart'], ['responses', 'responses-chart']] as const) {
      if (id === owner && data[key] === undefined) problems.push({ file, field: key, message: `is missing; the ${owner} is drawn from it`, fix: `add "${key}:" with the fields described in src/schema/charts.ts` });
      if (id !== owner && data[key] !== undefined) problems.push({ file, field: key, message: `is only read by the ${owner}`, fix: `remove "${key}:" from this file` });
    }
    const p = data.pipeline as Record<string, unknown> | undefined;
    if (p && typeof p === 'object') {
      for (const stage of ['channels', 'promises'] as const) {
        list(p[stage]).forEach((item, i) => list((item as { sources?: unknown })?.sources).forEach((s, j) => ref(file, `pipeline.${stage}.${i}.sources.${j}`, s, 'sources')));
      }
      list(p.salaries).forEach((e, i) => {
        if (ref(file, `pipeline.salaries.${i}`, e, 'estimates') && typeof e === 'string' && index.estimates.get(e)?.unit !== 'usd-per-month') {
          problems.push({ file, field: `pipeline.salaries.${i}`, message: `"${e}" is not a salary: its unit is "${String(index.estimates.get(e)?.unit)}", expected "usd-per-month"`, fix: 'name an estimate whose unit is usd-per-month' });
        }
      });
      if (ref(file, 'pipeline.outcome', p.outcome, 'estimates') && typeof p.outcome === 'string' && index.estimates.get(p.outcome)?.unit !== 'percent') {
        problems.push({ file, field: 'pipeline.outcome', message: `"${p.outcome}" is not a percentage: its unit is "${String(index.estimates.get(p.outcome)?.unit)}", expected "percent"`, fix: 'name an estimate whose unit is percent' });
      }
    }
    const r = data.responses as Record<string, unknown> | undefined;
    if (r && typeof r === 'object') list(r.exclude).forEach((x, i) => ref(file, `responses.exclude.${i}.event`, (x as { event?: unknown })?.event, 'events'));
  }

  // The places on the map.
  const placesDir = join(contentDir, 'places');
  const places = existsSync(placesDir) ? readdirSync(placesDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  for (const f of places) {
    const file = rel(join(placesDir, f));
    const data = readYaml(join(placesDir, f), file, problems);
    if (!data) continue;
    const parsed = placeSchema.safeParse(data);
    if (!parsed.success) for (const issue of parsed.error.issues) problems.push(fromIssue(file, issue, data));
    list(data.sources).forEach((s, i) => ref(file, `sources.${i}`, s, 'sources'));
  }
  return problems;
}
