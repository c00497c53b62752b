// Content rule: every source has a permanent citation number (`number:`, src/schema/records.ts), a
// positive whole number no other source has and not retired; a number given up when a source is removed
// goes to `retiredSourceNumbers:` in content/site.yaml, so that it is never given again (a reader's note
// "[4]" must never come to mean another article). A missing number is reported with the next free one;
// a number below the highest that no source has and that is not listed as retired is reported too.
import { join, relative } from 'node:path';
import { readSite } from '../../records/site.ts';
import { nextSourceNumber } from '../../records/source-numbers.ts';
import type { Problem } from '../problem.ts';
import type { RuleContext } from './context.ts';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** The problems of the sources' numbers, given the retired numbers and the file that lists them. */
export function sourceNumberProblems(
  index: RuleContext['index'],
  retired: readonly number[],
  siteFile = 'content/site.yaml',
): Problem[] {
  const problems: Problem[] = [];
  const files = index.files.sources.filter((r) => !r.problem && r.data && typeof r.data === 'object');
  const numbered = files
    .map((r) => ({ file: r.file, n: (r.data as Record<string, unknown>).number }))
    .filter((r): r is { file: string; n: number } => isNumber(r.n));
  const retiredSet = new Set(retired);
  const list = (ns: Iterable<number>) => [...ns].sort((a, b) => a - b).join(', ') || 'none';
  // Numbers given to the missing ones in turn, so that two new sources are not told to take the same one.
  let next = nextSourceNumber(
    numbered.map((r) => r.n),
    retired,
  );
  const where = `numbers in use: ${list(new Set(numbered.map((r) => r.n)))}; retired (${siteFile} retiredSourceNumbers): ${list(retiredSet)}`;
  for (const r of files) {
    if ((r.data as Record<string, unknown>).number !== undefined) continue;
    problems.push({
      file: r.file,
      field: 'number',
      message: "is missing; expected the source's permanent citation number, shown as [n] wherever it is cited",
      fix: `add "number: ${next}", the next free number (${where}); never change it once published`,
    });
    next += 1;
  }
  const byNumber = new Map<number, string[]>();
  for (const r of numbered) byNumber.set(r.n, [...(byNumber.get(r.n) ?? []), r.file]);
  for (const r of numbered) {
    const others = byNumber.get(r.n)!.filter((f) => f !== r.file);
    if (retiredSet.has(r.n)) {
      problems.push({
        file: r.file,
        field: 'number',
        message: `is ${r.n}, a retired number (listed in ${siteFile} retiredSourceNumbers): it belonged to a source that was removed, and must never mean another article`,
        fix: `give "number: ${next}", the next free number (${where})`,
      });
      next += 1;
    } else if (others.length) {
      problems.push({
        file: r.file,
        field: 'number',
        message: `is ${r.n}, which ${others.join(', ')} also has; expected a number no other source has`,
        fix: `keep ${r.n} on the source that was published with it and give the other the next free number, "number: ${next}" (${where})`,
      });
    }
  }
  // A number below the highest that no source has and that is not retired belonged to a removed source
  // (numbers are given in turn), so it must be recorded as retired before it can be given again by hand.
  const highest = Math.max(0, ...numbered.map((r) => r.n));
  const gaps: number[] = [];
  for (let n = 1; n < highest; n += 1) if (!byNumber.has(n) && !retiredSet.has(n)) gaps.push(n);
  // While a source has no number, the gap may be its own: the missing number is the one report.
  const allNumbered = files.every((r) => (r.data as Record<string, unknown>).number !== undefined);
  if (gaps.length && allNumbered)
    problems.push({
      file: siteFile,
      field: 'retiredSourceNumbers',
      message: `does not list ${gaps.join(', ')}, which no source has: ${gaps.length > 1 ? 'they' : 'it'} belonged to a removed source and must never be given again`,
      fix: `add ${gaps.join(', ')} to "retiredSourceNumbers:" (${where})`,
    });
  return problems;
}

/** The rule as the content check runs it, with the retired numbers of site.yaml in the same folder. */
export function checkSourceNumbers({ index }: RuleContext): Problem[] {
  const site = readSite(index.contentDir).site;
  const siteFile = relative(index.root, join(index.contentDir, 'site.yaml')) || 'site.yaml';
  return sourceNumberProblems(index, site?.retiredSourceNumbers ?? [], siteFile);
}
