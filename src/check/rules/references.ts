// Content rule: every id a record or a theme points at exists: an estimate's source, a source's
// citations, an event's sources, and the ids of <Cite>, <Estimate> and <Chart> in the themes.
import type { Problem } from '../problem.ts';
import { unknownRef, themesInOrder, type RuleContext } from './context.ts';

/** Checks the references between records. */
export function checkRecordReferences({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const fileOf = (kind: 'sources' | 'estimates' | 'events') => new Map(index.files[kind].map((r) => [r.id, r.file]));
  const check = (file: string | undefined, field: string, id: unknown, target: 'sources' | 'estimates') => {
    if (file && typeof id === 'string' && !index[target].has(id))
      problems.push(unknownRef(index, target, file, field, id));
  };
  const files = { sources: fileOf('sources'), estimates: fileOf('estimates'), events: fileOf('events') };
  for (const [id, data] of index.estimates) check(files.estimates.get(id), 'source', data.source, 'sources');
  for (const [id, data] of index.sources) {
    const cites = Array.isArray(data.cites) ? data.cites : [];
    cites.forEach((c: { source?: unknown }, i: number) =>
      check(files.sources.get(id), `cites.${i}.source`, c?.source, 'sources'),
    );
  }
  for (const [id, data] of index.events) {
    const sources = Array.isArray(data.sources) ? data.sources : [];
    sources.forEach((s: unknown, i: number) => check(files.events.get(id), `sources.${i}`, s, 'sources'));
  }
  return problems;
}

/** Checks the ids of <Cite>, <Estimate> and <Chart> in every theme, in reading order. */
export function checkTagReferences({ index, charts }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const lang of index.langs) {
    for (const t of themesInOrder(index, lang)) {
      for (const c of t.scan.cites) {
        if (!c.attrs.id)
          problems.push({
            file: t.file,
            field: '<Cite>',
            line: c.line,
            message: 'has no id',
            fix: 'write <Cite id="source-id" /> with the id of a file in content/sources/',
          });
        else if (!index.sources.has(c.attrs.id))
          problems.push(unknownRef(index, 'sources', t.file, `<Cite id="${c.attrs.id}">`, c.attrs.id, c.line));
      }
      for (const e of t.scan.estimates) {
        if (!e.attrs.id)
          problems.push({
            file: t.file,
            field: '<Estimate>',
            line: e.line,
            message: 'has no id',
            fix: 'write <Estimate id="estimate-id" /> with the id of a file in content/estimates/',
          });
        else if (!index.estimates.has(e.attrs.id))
          problems.push(unknownRef(index, 'estimates', t.file, `<Estimate id="${e.attrs.id}">`, e.attrs.id, e.line));
      }
      if (!charts) continue;
      for (const c of t.scan.charts) {
        if (!charts.includes(c.attrs.id ?? '')) {
          problems.push({
            file: t.file,
            field: `<Chart id="${c.attrs.id ?? ''}">`,
            line: c.line,
            message: `"${c.attrs.id ?? ''}" is not a known chart; expected one of: ${charts.join(', ')}`,
            fix: 'correct the chart id',
          });
        }
      }
    }
  }
  return problems;
}
