// Content rule for guided walks: every content/walks/<id>.yaml is well formed and names known
// estimates, and every <Walk id> in a theme names a walk whose chart is placed above it in that theme
// (the walk shows that chart; without it there would be nothing to walk through).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { walkSchema } from '../../schema/walk.ts';
import type { ContentIndex, Problem } from '../index.ts';

/** What the rule needs from the content check. */
export interface WalkRuleInput {
  /** Project root that file names in messages are relative to. */
  root: string;
  /** Folder holding walks/ and the other collections. */
  contentDir: string;
  /** The records and themes the check has read. */
  index: ContentIndex;
  /** Chart ids a walk may go through; when omitted, chart ids are not checked. */
  charts?: readonly string[];
}

/** Finds <Walk id="..."> tags in an MDX source, with their 1-based lines. */
export function scanWalkTags(src: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  for (const m of src.matchAll(/<Walk\b([^>]*)\/?>/g)) {
    const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/.exec(m[1]);
    out.push({ id: id ? (id[1] ?? id[2] ?? id[3]) : '', line: src.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** Checks content/walks/ and the <Walk> tags in themes; returns every problem found. */
export function checkWalks({ root, contentDir, index, charts }: WalkRuleInput): Problem[] {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p) || p;
  const dir = join(contentDir, 'walks');
  const walks = new Map<string, string>();
  for (const f of existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort() : []) {
    const file = rel(join(dir, f));
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      problems.push({ file, field: '(YAML syntax)', message: (e as Error).message.split('\n')[0], fix: 'check indentation and quoting on that line' });
      continue;
    }
    const parsed = walkSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.') || '(the whole file)';
        problems.push({ file, field, message: issue.message, fix: 'write the file as "chart: <chart id>" and "steps:", a list of "- estimate: <estimate id>" (see content/walks/figures-chart.yaml)' });
      }
      continue;
    }
    const walk = parsed.data;
    walks.set(basename(f, '.yaml'), walk.chart);
    if (charts && !charts.includes(walk.chart)) {
      problems.push({ file, field: 'chart', message: `"${walk.chart}" is not a known chart; expected one of: ${charts.join(', ') || '(none yet)'}`, fix: 'correct the chart id' });
    }
    const seen = new Set<string>();
    walk.steps.forEach((s, i) => {
      if (!index.estimates.has(s.estimate)) {
        problems.push({ file, field: `steps.${i}.estimate`, message: `"${s.estimate}" is not a known estimate; expected the id of a file in content/estimates/`, fix: `correct the id, or add content/estimates/${s.estimate}.yaml` });
      } else if (seen.has(s.estimate)) {
        problems.push({ file, field: `steps.${i}.estimate`, message: `"${s.estimate}" is already step ${[...seen].indexOf(s.estimate) + 1}`, fix: 'list each estimate once' });
      }
      seen.add(s.estimate);
    });
  }

  for (const t of index.themes) {
    const path = join(contentDir, 'themes', t.lang, `${t.id}.mdx`);
    if (!existsSync(path)) continue;
    const src = readFileSync(path, 'utf8');
    for (const tag of scanWalkTags(src)) {
      const chart = walks.get(tag.id);
      if (chart === undefined) {
        problems.push({ file: t.file, field: `<Walk id="${tag.id}">`, line: tag.line, message: `"${tag.id}" is not a known walk; expected the name of a file in content/walks/ (one of: ${[...walks.keys()].join(', ') || '(none yet)'})`, fix: 'correct the id, or add the walk file' });
      } else if (!t.scan.charts.some((c) => c.attrs.id === chart && c.line < tag.line)) {
        problems.push({ file: t.file, field: `<Walk id="${tag.id}">`, line: tag.line, message: `walks through "${chart}", which is not placed above it in this theme`, fix: `put <Chart id="${chart}" /> earlier in the theme, or move the walk below it` });
      }
    }
  }
  return problems;
}
