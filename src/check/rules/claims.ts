// Content rule: the links between claims hold. A dispute or a reading names claims that exist and not
// the claim itself; a dispute cites a known source; a revision names an entry of content/updates/.
import { parseFuzzyDate, type FuzzyDate } from '../../schema/dates.ts';
import type { Problem } from '../problem.ts';
import { unknownRef, type RuleContext } from './context.ts';

type Links = { claims?: unknown }[];

/** A date as written, parsed; undefined when absent or unreadable (the record rule reports that). */
function date(v: unknown): FuzzyDate | undefined {
  if (v === undefined) return undefined;
  try {
    return parseFuzzyDate(typeof v === 'number' ? String(v) : v);
  } catch {
    return undefined;
  }
}

/** Checks disputes, readings and revisions of every estimate record. */
export function checkClaims({ index }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const updates = new Set(index.files.updates.map((u) => u.id));
  for (const r of index.files.estimates) {
    const data = index.estimates.get(r.id) ?? {};
    for (const list of ['disputes', 'readings'] as const) {
      const items = Array.isArray(data[list]) ? (data[list] as Links) : [];
      items.forEach((item, i) => {
        const claims = Array.isArray(item?.claims) ? item.claims : [];
        claims.forEach((other: unknown, j: number) => {
          const field = `${list}.${i}.claims.${j}`;
          if (typeof other !== 'string') return;
          if (other === r.id)
            problems.push({
              file: r.file,
              field,
              message: `names the claim itself ("${other}"); a ${list === 'disputes' ? 'dispute' : 'reading'} links two different claims`,
              fix: 'name the other claim, the one this claim conflicts with',
            });
          else if (!index.estimates.has(other)) problems.push(unknownRef(index, 'estimates', r.file, field, other));
        });
        if (list === 'disputes') {
          const source = (item as { source?: unknown }).source;
          if (typeof source === 'string' && !index.sources.has(source))
            problems.push(unknownRef(index, 'sources', r.file, `disputes.${i}.source`, source));
        }
      });
    }
    // A claim cannot be made after the article that reports it.
    const source = index.sources.get(typeof data.source === 'string' ? data.source : '');
    const claimed = date(data.claimed);
    const published = date(source?.published);
    if (claimed?.start && published?.end && claimed.start > published.end)
      problems.push({
        file: r.file,
        field: 'claimed',
        message: `("${claimed.raw}") is later than the date of its source "${String(data.source)}" ("${published.raw}"): a claim cannot be made after it was reported`,
        fix: 'correct "claimed", or leave it out when the source does not say when the claim was made',
      });
    const revisions = Array.isArray(data.revisions) ? (data.revisions as { update?: unknown }[]) : [];
    revisions.forEach((rev, i) => {
      if (typeof rev?.update === 'string' && !updates.has(rev.update))
        problems.push({
          file: r.file,
          field: `revisions.${i}.update`,
          message: `"${rev.update}" is not an entry of the updates log; expected the id of a file in content/updates/ (one of: ${[...updates].join(', ') || '(none yet)'})`,
          fix: `correct the id, or log the change in content/updates/${rev.update}.yaml (date, kind, title, summary, ar)`,
        });
    });
  }
  return problems;
}
