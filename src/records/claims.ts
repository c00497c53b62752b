// Claims and how they relate: which claims dispute which, in either direction, and so which are
// contested. A claim is contested if and only if it has at least one dispute link, written on it or on
// the claim that disputes it; a conflict the site itself infers ("Our reading") does not count.
// Pure functions over the estimate records, used by Astro pages, the charts, the downloads and the check.

/** The part of an estimate record this file reads (raw YAML or parsed data alike). */
export interface ClaimLinks {
  disputes?: readonly { claims?: readonly string[]; reason: string; by: string; source: unknown; quote?: string }[];
  readings?: readonly { claims: readonly string[]; text: string }[];
}

/** One dispute link as seen from one claim: the other claim, and whether this claim is the one disputing. */
export interface DisputeLink {
  /** The other claim; null when whoever disputes this claim gives no figure of their own. */
  other: string | null;
  /**
   * "disputes": this claim's record names the other; "disputed-by": the other claim's record names this
   * one, or (with `other` null) this claim's record says who disputes it.
   */
  direction: 'disputes' | 'disputed-by';
  /** The claim whose record carries the link, and the link's index there (for its reason, by, source). */
  owner: string;
  index: number;
}

/** Every dispute link of every claim, both directions, in record order. */
export function disputeLinks(claims: ReadonlyMap<string, ClaimLinks>): Map<string, DisputeLink[]> {
  const out = new Map<string, DisputeLink[]>([...claims.keys()].map((id) => [id, []]));
  for (const [id, c] of claims) {
    (c.disputes ?? []).forEach((d, index) => {
      if (!d.claims) out.get(id)!.push({ other: null, direction: 'disputed-by', owner: id, index });
      for (const other of d.claims ?? []) {
        if (other === id || !out.has(other)) continue;
        out.get(id)!.push({ other, direction: 'disputes', owner: id, index });
        out.get(other)!.push({ other: id, direction: 'disputed-by', owner: id, index });
      }
    });
  }
  return out;
}

/** The ids of the contested claims: those with at least one dispute link in either direction. */
export function contestedIds(claims: ReadonlyMap<string, ClaimLinks>): Set<string> {
  const links = disputeLinks(claims);
  return new Set([...links].filter(([, l]) => l.length > 0).map(([id]) => id));
}

/** The site's own readings that concern a claim: written on it, or on another claim naming it. */
export function readingsOf(
  id: string,
  claims: ReadonlyMap<string, ClaimLinks>,
): { owner: string; index: number; others: string[] }[] {
  const out: { owner: string; index: number; others: string[] }[] = [];
  for (const [owner, c] of claims) {
    (c.readings ?? []).forEach((r, index) => {
      if (owner === id) out.push({ owner, index, others: [...r.claims] });
      else if (r.claims.includes(id)) out.push({ owner, index, others: [owner, ...r.claims.filter((x) => x !== id)] });
    });
  }
  return out;
}

/**
 * The date a table or chart prints for a claim: when it was said if the source says, else when it was
 * reported, which is the date of the source (`published`) the claim is taken from.
 */
export function claimWhen<D extends { precision: string }>(
  c: { claimed?: D | undefined },
  reported: D,
): { date: D; kind: 'claimed' | 'reported' } {
  return c.claimed ? { date: c.claimed, kind: 'claimed' } : { date: reported, kind: 'reported' };
}

/** The day of a claim's latest revision, or undefined when it has never been revised. */
export function lastRevised(c: { revisions?: readonly { date: { start: string | null } }[] }): string | undefined {
  return (c.revisions ?? [])
    .map((r) => r.date.start)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
}
