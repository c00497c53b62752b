// Where a timeline is too crowded to read on one axis: the busy months at its end, drawn again on a
// panel of their own (issue 17: 8 of the 13 dated events fall between September 2025 and January 2026,
// the last tenth of a 2022–2026 axis).

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** Longest share of the whole axis a zoom panel may cover: beyond it the axis is not crowded. */
const MAX_SHARE = 0.25;
/** A quiet stretch longer than this share of the axis, between two events, ends the busy months. */
const GAP_SHARE = 1 / 12;

/**
 * The busy months at the end of an axis: going back from the latest start, event by event, until a
 * quiet stretch longer than a twelfth of the axis, then back to the first of that month; the window
 * runs from there to the end of the axis. Null unless it wholly holds at least half of the spans and
 * covers at most a quarter of the axis (otherwise the axis is not crowded, or too short to zoom).
 * Spans and domain are inclusive ISO days.
 */
export function busyWindow(spans: [string, string][], domain: [string, string]): [string, string] | null {
  if (spans.length < 4) return null;
  const whole = t(domain[1]) - t(domain[0]) + DAY;
  const starts = spans.map((s) => s[0]).sort((a, b) => b.localeCompare(a));
  let first = starts[0];
  for (const s of starts.slice(1)) {
    if (t(first) - t(s) > whole * GAP_SHARE) break;
    first = s;
  }
  const from = `${first.slice(0, 7)}-01`;
  if (t(domain[1]) - t(from) + DAY > whole * MAX_SHARE) return null;
  const inside = spans.filter((s) => s[0] >= from && s[1] <= domain[1]).length;
  return inside >= Math.ceil(spans.length / 2) ? [from, domain[1]] : null;
}
