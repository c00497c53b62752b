// Content rule for guided walks: every content/walks/<id>.yaml is well formed and names known
// estimates, and every <Walk id> in a theme names a walk whose chart is placed above it in that theme
// (the walk shows that chart; without it there would be nothing to walk through).
import { walkSchema } from '../../schema/walk.ts';
import type { Problem } from '../problem.ts';
import type { RuleContext } from './context.ts';

/** Checks content/walks/ and the <Walk> tags in themes; returns every problem found. */
export function checkWalks({ index, charts }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const walks = new Map<string, string>();
  for (const r of index.files.walks) {
    const { file } = r;
    if (r.problem) {
      problems.push(r.problem);
      continue;
    }
    const parsed = walkSchema.safeParse(r.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.') || '(the whole file)';
        problems.push({
          file,
          field,
          message: issue.message,
          fix: 'write the file as "chart: <chart id>" and "steps:", a list of "- estimate: <estimate id>" (see content/walks/figures-chart.yaml)',
        });
      }
      continue;
    }
    const walk = parsed.data;
    walks.set(r.id, walk.chart);
    if (charts && !charts.includes(walk.chart)) {
      problems.push({
        file,
        field: 'chart',
        message: `"${walk.chart}" is not a known chart; expected one of: ${charts.join(', ') || '(none yet)'}`,
        fix: 'correct the chart id',
      });
    }
    const seen = new Set<string>();
    walk.steps.forEach((s, i) => {
      if (!index.estimates.has(s.estimate)) {
        problems.push({
          file,
          field: `steps.${i}.estimate`,
          message: `"${s.estimate}" is not a known estimate; expected the id of a file in content/estimates/`,
          fix: `correct the id, or add content/estimates/${s.estimate}.yaml`,
        });
      } else if (seen.has(s.estimate)) {
        problems.push({
          file,
          field: `steps.${i}.estimate`,
          message: `"${s.estimate}" is already step ${[...seen].indexOf(s.estimate) + 1}`,
          fix: 'list each estimate once',
        });
      }
      seen.add(s.estimate);
    });
  }

  for (const t of index.themes) {
    for (const tag of t.scan.walks) {
      const id = tag.attrs.id ?? '';
      const chart = walks.get(id);
      if (chart === undefined) {
        problems.push({
          file: t.file,
          field: `<Walk id="${id}">`,
          line: tag.line,
          message: `"${id}" is not a known walk; expected the name of a file in content/walks/ (one of: ${[...walks.keys()].join(', ') || '(none yet)'})`,
          fix: 'correct the id, or add the walk file',
        });
      } else if (!t.scan.charts.some((c) => c.attrs.id === chart && c.line < tag.line)) {
        problems.push({
          file: t.file,
          field: `<Walk id="${id}">`,
          line: tag.line,
          message: `walks through "${chart}", which is not placed above it in this theme`,
          fix: `put <Chart id="${chart}" /> earlier in the theme, or move the walk below it`,
        });
      }
    }
  }
  return problems;
}
