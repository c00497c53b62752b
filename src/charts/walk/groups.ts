// The steps of a guided walk, grouped by what each figure counts (its measure), so the walk never
// climbs one ladder from a count of deaths to a count of fighters: each group is read, and drawn, on
// its own.

/** A run of steps whose figures count the same thing. */
export interface StepGroup<T> {
  measure: string;
  steps: T[];
}

/**
 * Groups steps by measure, in the order each measure first appears, keeping the steps' own order within
 * a group: [killed a, share b, killed c] → killed [a, c], share [b].
 */
export function groupByMeasure<T extends { measure: string }>(steps: readonly T[]): StepGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const s of steps) {
    const g = groups.get(s.measure);
    if (g) g.push(s);
    else groups.set(s.measure, [s]);
  }
  return [...groups].map(([measure, list]) => ({ measure, steps: list }));
}
