// Layout of the figures chart: every estimate, grouped by what it measures, each on its own row with
// its label above its mark. Head-counts share one logarithmic scale; percentages and salaries are other
// units and get their own panels and linear scales, so they are never read against head-counts.
import { scaleLinear, scaleLog } from 'd3';
import { MEASURES, type Measure } from '../../schema/records.ts';
import { estimateInterval, formatEstimate, formatNumber, type EstimateValue } from '../../format/format.ts';
import { placeBeside, type Beside } from '../shared/place.ts';
import { LINE, PAD, SPLIT_MIN } from '../shared/metrics.ts';
import { boldWidth, r1, textWidth, wrapText } from '../shared/text.ts';
import { chartUi } from '../../i18n/charts.ts';
import type { Lang } from '../../i18n/locales.ts';

/** What the layout needs of an estimate record. */
export interface FigureInput extends EstimateValue {
  id: string;
  measure: Measure;
  contested: boolean;
  claimant: { name: string; kind: string };
  /** The source record's id. */
  source: string;
}

/** How a mark is drawn; the shape carries the qualifier, never the colour alone. */
export type MarkKind = 'exact' | 'around' | 'upper-bound' | 'lower-bound' | 'range' | 'band';

export interface FigureMark {
  kind: MarkKind;
  /** Left and right ends of the mark in px (equal for a point). */
  x0: number;
  x1: number;
  /** The stated value's position (the closed end of a bound), or null for a range or band. */
  xValue: number | null;
}

export interface FigureRecordRow {
  type: 'record';
  id: string;
  /** What the figure counts (its group). */
  measure: Measure;
  /** Top of the row. */
  y: number;
  /** The label, wrapped: the value as the source qualifies it, then who says it. */
  lines: string[];
  /** Baseline of the first label line; further lines follow every LINE px. */
  labelY: number;
  /** The formatted value, which starts the first line ("around 5,000"). */
  value: string;
  /** Vertical centre of the mark. */
  markY: number;
  mark: FigureMark;
  /** The small note beside the mark: the outlet, and "contested" when it is. */
  note: string;
  noteX: number;
  noteY: number;
  noteAnchor: Beside['anchor'];
  contested: boolean;
  claimantKind: string;
  source: string;
}

export interface FigureGroupRow {
  type: 'group';
  measure: Measure;
  label: string;
  y: number;
  /** Baseline of the group's heading. */
  labelY: number;
}

export interface FiguresPanel {
  unit: EstimateValue['unit'];
  title: string;
  /** Top of the panel and its height. */
  y: number;
  height: number;
  /** Baseline of the panel's title, and the y of its axis line (tick labels sit just above it). */
  titleY: number;
  axisY: number;
  /** Left and right ends of the plot. */
  plot: [number, number];
  /** Width of the labels: the whole drawing when labels sit above marks, a column when beside them. */
  labelWidth: number;
  ticks: { x: number; label: string }[];
  rows: (FigureRecordRow | FigureGroupRow)[];
}

export interface FiguresLayout {
  width: number;
  height: number;
  panels: FiguresPanel[];
}

export interface FiguresOptions {
  /** Width of the drawing in px (the viewBox width). */
  width: number;
  /** Source id → outlet name, for the note beside each mark. */
  outlets: Map<string, string>;
  /** Heading of each measure's group. */
  measureLabels: Record<Measure, string>;
  /** Language of the words and numbers drawn (English by default). */
  lang?: Lang;
}

/** Label and note sizes in px, and the distance between label lines. */
export const SIZE = { label: 13, note: 11, group: 13, title: 14, tick: 11 } as const;
// The line height and split width are shared by every chart (src/charts/shared/metrics.ts); from
// SPLIT_MIN on, labels sit in a column beside their marks instead of above them.
export { LINE, SPLIT_MIN };

const PANEL_TITLES: Record<EstimateValue['unit'], string> = {
  people: 'Head-counts, on a logarithmic scale (each step is ten times the last)',
  percent: 'Share of recruits, in percent',
  'usd-per-month': 'Monthly salary offered, in US dollars',
};

/** "1", "10", "1k", "10k", "1M": short tick labels for powers of ten. */
export function powerLabel(n: number): string {
  if (n >= 1e6) return `${formatNumber(n / 1e6)}M`;
  if (n >= 1e3) return `${formatNumber(n / 1e3)}k`;
  return formatNumber(n);
}

/** The powers of ten that enclose every value and band of the head-counts: [1, 1e6] for 2 … 600,000. */
export function logDomain(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}

/** The mark for one estimate on a scale `x` whose plot spans [start, end]. */
export function figureMark(e: EstimateValue, x: (v: number) => number, start: number, end: number): FigureMark {
  const { low, high, point } = estimateInterval(e);
  if (point !== null)
    return {
      kind: e.qualifier === 'exactly' ? 'exact' : 'around',
      x0: r1(x(point)),
      x1: r1(x(point)),
      xValue: r1(x(point)),
    };
  if (low === null) return { kind: 'upper-bound', x0: start, x1: r1(x(high!)), xValue: r1(x(high!)) };
  if (high === null) return { kind: 'lower-bound', x0: r1(x(low)), x1: end, xValue: r1(x(low)) };
  return { kind: e.qualifier === 'range' ? 'range' : 'band', x0: r1(x(low)), x1: r1(x(high)), xValue: null };
}

/** Lays out every estimate for a drawing `width` px wide: panels by unit, groups by measure, one row per record. */
export function layoutFigures(estimates: FigureInput[], opts: FiguresOptions): FiguresLayout {
  const { width, lang = 'en' } = opts;
  const w = chartUi[lang];
  const panelTitles: Record<EstimateValue['unit'], string> =
    lang === 'en' ? PANEL_TITLES : { people: w.panelPeople, percent: w.panelPercent, 'usd-per-month': w.panelUsd };
  // Wide drawings put the labels in a column beside the marks, one row per record; narrow ones put each
  // label above its mark, so both the label and the scale get the whole width of a phone.
  const split = width >= SPLIT_MIN;
  const labelWidth = split ? Math.round(width * 0.4) : width - 2 * PAD;
  const plot: [number, number] = split ? [PAD + labelWidth + 16, width - PAD - 4] : [PAD + 4, width - PAD - 4];
  const panels: FiguresPanel[] = [];
  let y = 0;
  for (const unit of ['people', 'percent', 'usd-per-month'] as const) {
    const records = estimates.filter((e) => e.unit === unit);
    if (!records.length) continue;
    let x: (v: number) => number;
    let ticks: { x: number; label: string }[];
    if (unit === 'people') {
      const values = records.flatMap((e) => Object.values(estimateInterval(e)).filter((v): v is number => v !== null));
      const s = scaleLog().domain(logDomain(values)).range(plot);
      x = s;
      const [a, b] = s.domain();
      ticks = [];
      for (let v = a; v <= b; v *= 10)
        ticks.push({ x: r1(s(v)), label: lang === 'en' ? powerLabel(v) : w.powerLabel(v) });
    } else {
      const max =
        unit === 'percent'
          ? 100
          : Math.ceil((Math.max(...records.map((e) => e.value ?? e.high ?? 0)) * 1.15) / 500) * 500;
      const s = scaleLinear().domain([0, max]).range(plot);
      x = s;
      ticks = s
        .ticks(unit === 'percent' ? 4 : 3)
        .map((v) => ({ x: r1(s(v)), label: unit === 'percent' ? w.percentTick(v) : w.usdTick(v) }));
    }
    const titleLines = wrapText(panelTitles[unit], width - 2 * PAD, SIZE.title, boldWidth);
    const panel: FiguresPanel = {
      unit,
      title: panelTitles[unit],
      y,
      height: 0,
      titleY: y + 18,
      axisY: 0,
      plot,
      labelWidth,
      ticks,
      rows: [],
    };
    panel.title = titleLines.join('\n');
    panel.axisY = y + 18 + (titleLines.length - 1) * 18 + 24;
    let ry = panel.axisY + 8;
    for (const measure of MEASURES) {
      const group = records.filter((e) => e.measure === measure);
      if (!group.length) continue;
      if (unit === 'people') {
        panel.rows.push({ type: 'group', measure, label: opts.measureLabels[measure], y: ry, labelY: ry + 18 });
        ry += 26;
      }
      for (const e of group) {
        const value = formatEstimate(e, lang);
        const lines = wrapText(`${value} · ${e.claimant.name}`, labelWidth, SIZE.label);
        const labelY = ry + 14;
        const markY = split ? labelY - 4 : labelY + (lines.length - 1) * LINE + 14;
        const mark = figureMark(e, x, plot[0], plot[1]);
        const note = `${opts.outlets.get(e.source) ?? e.source}${e.contested ? w.contestedNote : ''}`;
        const nw = textWidth(note, SIZE.note);
        const beside = placeBeside(mark.x0 - 5, mark.x1 + 5, nw, plot[0], plot[1]);
        const row: FigureRecordRow = {
          type: 'record',
          id: e.id,
          measure: e.measure,
          y: ry,
          lines,
          labelY,
          value,
          markY,
          mark,
          note,
          noteX: r1(beside ? beside.x : plot[0]),
          noteY: beside ? markY + 4 : markY + 18,
          noteAnchor: beside ? beside.anchor : 'start',
          contested: e.contested,
          claimantKind: e.claimant.kind,
          source: e.source,
        };
        panel.rows.push(row);
        ry = Math.max(labelY + (lines.length - 1) * LINE + (split ? 4 : 0), beside ? markY : markY + 14) + 14;
      }
    }
    panel.height = ry - y + 6;
    panels.push(panel);
    y += panel.height + 12;
  }
  return { width, height: Math.ceil(y), panels };
}
