// The compact static chart beside each step of a guided walk: one axis with every figure of the same
// unit as a faint mark and the step's figure drawn strongly, so the steps read in order without
// JavaScript (or with reduced motion) at a fraction of the weight of the full chart repeated.
import { scaleLinear, scaleLog } from 'd3';
import { estimateInterval, type EstimateValue } from '../../format/format.ts';

/** A figure the strip can draw. */
export interface StripInput extends EstimateValue {
  id: string;
}

/** One figure on the strip, in px along the axis. */
export interface StripMark {
  id: string;
  /** Start and end of the mark; equal for a point. */
  x0: number;
  x1: number;
  /** A single value ("exactly", "around") rather than a span or an open bound. */
  point: boolean;
  /** The step's own figure. */
  active: boolean;
}

export interface StripLayout {
  width: number;
  height: number;
  /** Vertical position of the axis and the marks. */
  axisY: number;
  ticks: { x: number; label: string }[];
  marks: StripMark[];
}

/** Layout constants: drawing height, side padding and the axis's vertical position. */
export const STRIP = { height: 34, pad: 8, axisY: 24 } as const;

const compact = (n: number) => (n >= 1e6 ? `${n / 1e6}m` : n >= 1000 ? `${n / 1000}k` : String(n));

/** Tick labels in the page's language (the Arabic edition passes Arabic-Indic ones). */
export interface TickLabels {
  power: (v: number) => string;
  percent: (v: number) => string;
  usd: (v: number) => string;
}
const LATIN_LABELS: TickLabels = { power: (v) => compact(v), percent: (v) => `${v}%`, usd: (v) => `$${compact(v)}` };

/**
 * Lays out the strip for the figure `activeId` among `all` (only those of its unit are drawn): head
 * counts on a logarithmic axis from 1 to 1,000,000 (as the figures chart), percentages from 0 to 100,
 * money from 0 to the largest offer. Open bounds run to the end of the axis.
 */
export function layoutStrip(
  all: StripInput[],
  activeId: string,
  width: number,
  labels: TickLabels = LATIN_LABELS,
): StripLayout {
  const active = all.find((e) => e.id === activeId);
  if (!active) throw new Error(`layoutStrip: no figure "${activeId}" among the ${all.length} given`);
  const same = all.filter((e) => e.unit === active.unit);
  const range: [number, number] = [STRIP.pad, width - STRIP.pad];
  let x: (v: number) => number;
  let ticks: { x: number; label: string }[];
  if (active.unit === 'people') {
    const s = scaleLog().domain([1, 1e6]).range(range).clamp(true);
    x = s;
    ticks = [1, 10, 100, 1000, 1e4, 1e5, 1e6].map((v) => ({ x: s(v), label: labels.power(v) }));
  } else {
    const max =
      active.unit === 'percent'
        ? 100
        : Math.max(...same.map((e) => estimateInterval(e).high ?? estimateInterval(e).low ?? 0)) * 1.1;
    const s = scaleLinear().domain([0, max]).range(range).nice().clamp(true);
    x = s;
    ticks = s.ticks(4).map((v) => ({ x: s(v), label: active.unit === 'percent' ? labels.percent(v) : labels.usd(v) }));
  }
  const marks = same.map((e) => {
    const i = estimateInterval(e);
    const x0 = i.low === null ? range[0] : x(i.low);
    const x1 = i.high === null ? range[1] : x(i.high);
    return {
      id: e.id,
      x0: Math.round(x0 * 10) / 10,
      x1: Math.round(x1 * 10) / 10,
      point: i.point !== null,
      active: e.id === activeId,
    };
  });
  // The step's figure last, so it is drawn over the others.
  marks.sort((a, b) => Number(a.active) - Number(b.active));
  return {
    width,
    height: STRIP.height,
    axisY: STRIP.axisY,
    ticks: ticks.map((t) => ({ ...t, x: Math.round(t.x * 10) / 10 })),
    marks,
  };
}
