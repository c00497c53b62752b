// The compact chart of one group of a guided walk: the figures that count the same thing, one row each,
// on an axis of their own. The same drawing serves twice: beside each step when the walk reads as static
// steps (JavaScript off, reduced motion, print), with that step's figure lit; and once per group in the
// pinned viewer, where the script lights the current step's figure by class. Each group gets its own
// scale so that a killed count and a count of fighters never share an axis: the walk must not read as
// one ladder across measures.
import { scaleLinear, scaleLog } from 'd3';
import { estimateInterval, type EstimateValue } from '../../format/format.ts';

/** A figure the strip can draw. */
export interface StripInput extends EstimateValue {
  id: string;
}

/**
 * How a figure is drawn, from the boldest to the faintest: an exact count, a single rounded value
 * ("around", "closer to"), a stated range ("four or five"), a bound ("more than", "up to": a point at
 * the bound with a short caret towards the open side, never a bar to the end of the axis), a word for
 * an amount ("hundreds": a faint band over its span).
 */
export type MarkShape = 'exact' | 'around' | 'range' | 'below' | 'above' | 'vague';

/** One figure on the strip, in px. */
export interface StripMark {
  id: string;
  shape: MarkShape;
  /** Start and end of the mark along the axis; equal for a point or a bound. */
  x0: number;
  x1: number;
  /** Middle of the figure's row. */
  y: number;
  /** For a bound, the short caret (an SVG path, stroked) from the bound towards its open side. */
  caret: string | null;
  /** The lit figure (the step's own); none when the strip is drawn for the pinned viewer. */
  active: boolean;
}

export interface StripLayout {
  width: number;
  height: number;
  /** Vertical position of the axis line, under the tick labels and above the rows. */
  axisY: number;
  ticks: { x: number; label: string }[];
  marks: StripMark[];
}

/** Layout constants: tick label baseline, axis position, row height, side padding, caret length. */
export const STRIP = { tickY: 13, axisY: 20, row: 16, pad: 14, caret: 9 } as const;

const compact = (n: number) => (n >= 1e6 ? `${n / 1e6}m` : n >= 1000 ? `${n / 1000}k` : String(n));

/** Tick labels in the page's language (the Arabic edition passes Arabic-Indic ones). */
export interface TickLabels {
  power: (v: number) => string;
  percent: (v: number) => string;
  usd: (v: number) => string;
}
const LATIN_LABELS: TickLabels = { power: (v) => compact(v), percent: (v) => `${v}%`, usd: (v) => `$${compact(v)}` };

const shapeOf = (e: StripInput): MarkShape => {
  switch (e.qualifier) {
    case 'exactly':
      return 'exact';
    case 'around':
      return 'around';
    case 'range':
      return 'range';
    case 'fewer-than':
    case 'up-to':
      return 'below';
    case 'more-than':
      return 'above';
    default:
      return 'vague';
  }
};

/**
 * The log domain of a group of head counts: whole decades around every stated bound, with one decade
 * more on a side where a bound is open towards it and sits near the edge, so its caret has room.
 * Exported for its tests.
 */
export function peopleDomain(figures: StripInput[]): [number, number] {
  const bounds = figures.flatMap((e) => {
    const i = estimateInterval(e);
    return [i.low, i.high].filter((v): v is number => v !== null && v > 0);
  });
  let lo = 10 ** Math.floor(Math.log10(Math.min(...bounds)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...bounds)));
  if (hi <= lo) hi = lo * 10;
  for (const e of figures) {
    const shape = shapeOf(e);
    if (shape === 'above' && e.value! * 3 > hi) hi *= 10;
    if (shape === 'below' && e.value! / 3 < lo && lo > 1) lo /= 10;
  }
  return [lo, hi];
}

/** Decades only where there are two or more; 1, 2 and 5 in each decade where there is one. */
function logTicks([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  const fine = hi / lo < 100;
  for (let d = lo; d <= hi; d *= 10) {
    out.push(d);
    if (fine && d < hi) out.push(d * 2, d * 5);
  }
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Lays out the strip of one group (`figures`, all counting the same thing in the same unit), one row per
 * figure in the order given, lighting `activeId` if given. Head counts go on a log axis of the group's
 * own decades, percentages on 0–100, money from 0 to a little above the largest offer.
 */
export function layoutStrip(
  figures: StripInput[],
  width: number,
  labels: TickLabels = LATIN_LABELS,
  activeId?: string,
): StripLayout {
  if (figures.length === 0) throw new Error('layoutStrip: a group needs at least one figure');
  const unit = figures[0].unit;
  const stray = figures.find((e) => e.unit !== unit);
  if (stray)
    throw new Error(
      `layoutStrip: "${stray.id}" is in ${stray.unit}, the group's first figure in ${unit}; a group draws one unit on one axis`,
    );
  if (activeId !== undefined && !figures.some((e) => e.id === activeId))
    throw new Error(`layoutStrip: no figure "${activeId}" among the ${figures.length} given`);
  const range: [number, number] = [STRIP.pad, width - STRIP.pad];
  let x: (v: number) => number;
  let ticks: { x: number; label: string }[];
  if (unit === 'people') {
    const domain = peopleDomain(figures);
    const s = scaleLog().domain(domain).range(range).clamp(true);
    x = s;
    ticks = logTicks(domain).map((v) => ({ x: s(v), label: labels.power(v) }));
  } else {
    const max =
      unit === 'percent'
        ? 100
        : Math.max(...figures.map((e) => estimateInterval(e).high ?? estimateInterval(e).low ?? 0)) * 1.1;
    const s = scaleLinear().domain([0, max]).range(range).nice().clamp(true);
    x = s;
    ticks = s.ticks(4).map((v) => ({ x: s(v), label: unit === 'percent' ? labels.percent(v) : labels.usd(v) }));
  }
  const marks = figures.map((e, row): StripMark => {
    const i = estimateInterval(e);
    const shape = shapeOf(e);
    // A bound is drawn at its stated value; a span from its low to its high end.
    const at = shape === 'below' ? i.high! : shape === 'above' ? i.low! : null;
    const x0 = at ?? i.low!;
    const x1 = at ?? i.high!;
    const y = STRIP.axisY + STRIP.row * row + STRIP.row / 2 + 2;
    const bx = round(x(x0));
    // The caret points towards lower values for "fewer than" and "up to", higher ones for "more than".
    const dir = shape === 'below' ? -1 : 1;
    const tip = round(bx + dir * STRIP.caret);
    const back = round(bx + dir * (STRIP.caret - 4));
    const caret = at === null ? null : `M${bx} ${y}H${tip}M${back} ${y - 4}L${tip} ${y}L${back} ${y + 4}`;
    return { id: e.id, shape, x0: bx, x1: round(x(x1)), y, caret, active: e.id === activeId };
  });
  return {
    width,
    height: STRIP.axisY + STRIP.row * figures.length + 4,
    axisY: STRIP.axisY,
    ticks: ticks.map((t) => ({ ...t, x: round(t.x) })),
    marks,
  };
}
