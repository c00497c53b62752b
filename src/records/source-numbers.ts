// Permanent source numbers: each source record carries a `number:` given once and never reused (a
// deleted source's number goes to `retiredSourceNumbers:` in content/site.yaml). A page's citations
// show these numbers, so a source is the same [n] on every page and in both editions. Pure functions,
// shared by the content check (src/check/rules/source-numbers.ts) and the pages (src/records/queries.ts).

/** The next number a new source may take: one above every number in use or retired. */
export function nextSourceNumber(used: Iterable<number>, retired: Iterable<number> = []): number {
  let max = 0;
  for (const n of [...used, ...retired]) if (n > max) max = n;
  return max + 1;
}

/**
 * The sources a page cites, each with its permanent number, in number order (the order of the page's
 * list of sources). `cited` holds the ids in any order, repeats allowed; `numberOf` gives a source's
 * number. Throws when a cited source has no number (the content check reports it first).
 */
export function numberCitations(
  cited: Iterable<string>,
  numberOf: (id: string) => number | undefined,
): Map<string, number> {
  const out: [string, number][] = [];
  for (const id of new Set(cited)) {
    const n = numberOf(id);
    if (n === undefined)
      throw new Error(
        `content/sources/${id}.yaml has no "number:". Fix: run \`npm run check:content\`, which names the number to give it.`,
      );
    out.push([id, n]);
  }
  return new Map(out.sort((a, b) => a[1] - b[1]));
}
