// Label placement shared by the charts.

/** Where a label goes beside a mark: its x and the text-anchor to draw it with. */
export interface Beside {
  x: number;
  anchor: 'start' | 'end';
}

/**
 * Places a label of width `w` beside a mark spanning [markStart, markEnd] on one line of a plot that
 * spans [plotStart, plotEnd]: after the mark when it fits, else before it, else null (the caller then
 * puts the label on a line of its own, so that it never overlaps the mark or leaves the plot).
 */
export function placeBeside(
  markStart: number,
  markEnd: number,
  w: number,
  plotStart: number,
  plotEnd: number,
  gap = 6,
): Beside | null {
  if (markEnd + gap + w <= plotEnd) return { x: markEnd + gap, anchor: 'start' };
  if (markStart - gap - w >= plotStart) return { x: markStart - gap, anchor: 'end' };
  return null;
}

/**
 * Spreads labels along one axis so that none overlaps the next: each wants to sit at `want`, is `size`
 * long, and all must stay within [min, max]. Keeps the input order by position; returns the new
 * positions in the input's order. Labels are pushed apart forwards, then pulled back from `max`.
 */
export function spread(want: number[], size: number, min: number, max: number): number[] {
  const order = want.map((w, i) => [w, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const pos = order.map(([w]) => Math.max(min, w));
  for (let i = 1; i < pos.length; i++) pos[i] = Math.max(pos[i], pos[i - 1] + size);
  const over = pos.length ? pos[pos.length - 1] - max : 0;
  if (over > 0) {
    pos[pos.length - 1] -= over;
    for (let i = pos.length - 2; i >= 0; i--) pos[i] = Math.min(pos[i], pos[i + 1] - size);
  }
  const out = new Array<number>(want.length);
  order.forEach(([, i], k) => (out[i] = pos[k]));
  return out;
}
