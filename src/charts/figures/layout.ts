// Layout of the figures chart: every estimate, grouped by what it measures, each on its own row with
// its label above its mark (phone) or in a column beside it (wide). Head-counts share one logarithmic
// scale that stops at AXIS_MAX, so the Iraqi range is not squashed by a figure of another order (Russia's
// own soldiers): such a figure is drawn past a break at the axis end, with its value in its label.
// Percentages and salaries are other units and get their own panels and linear scales, so they are never
// read against head-counts. In Arabic the layout is mirrored (decision 0002): labels sit on the right,
// right-aligned, while the scales still rise to the right.
import { scaleLinear, scaleLog } from 'd3';
import { MEASURES, type Measure } from '../../schema/records.ts';
import { estimateInterval, formatEstimate, formatNumber, type EstimateValue } from '../../format/format.ts';
import { placeBeside, type Beside } from '../shared/place.ts';
import { PAD, SPLIT_MIN } from '../shared/metrics.ts';
import { minTextSize, TEXT_BOX } from '../shared/text-size.ts';
import { boldWidth, r1, textWidth, wrapText } from '../shared/text.ts';
import { chartUi } from '../../i18n/charts.ts';
import { DIR, type Lang } from '../../i18n/locales.ts';

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
  /** Left and right ends of the mark in px (equal for a point; a bound's caret included). */
  x0: number;
  x1: number;
  /** The stated value's position (the closed end of a bound), or null for a range or band. */
  xValue: number | null;
  /** Past the end of the scale (drawn after a break symbol at the axis end, not to scale). */
  offScale: boolean;
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
  /** Baseline of the first label line; further lines follow every `line` units of the layout. */
  labelY: number;
  /** The formatted value, which starts the first line ("around 5,000"). */
  value: string;
  /** Vertical centre of the mark. */
  markY: number;
  mark: FigureMark;
  /** The small note beside the mark: the outlet, "contested" when it is, "off the scale" when it is. */
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

export interface FigureTick {
  x: number;
  /** The tick's words, or '' where a neighbour's label needs the room (its grid line is still drawn). */
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface FiguresPanel {
  unit: EstimateValue['unit'];
  /** The panel's title, its lines joined by "\n". */
  title: string;
  /** Top of the panel and its height. */
  y: number;
  height: number;
  /** Baseline of the panel's title, and the y of its axis line (tick labels sit just above it). */
  titleY: number;
  axisY: number;
  /** Left and right ends of the scale. */
  plot: [number, number];
  /** Where the axis breaks before an off-scale mark (its centre), or null when every figure is on the scale. */
  axisBreak: number | null;
  /** Width of the labels: the whole drawing when labels sit above marks, a column when beside them. */
  labelWidth: number;
  ticks: FigureTick[];
  rows: (FigureRecordRow | FigureGroupRow)[];
}

export interface FiguresLayout {
  width: number;
  height: number;
  /** Font size of the drawing's text in SVG units (the <svg>'s font-size; panel titles are TITLE_EM of it). */
  fontSize: number;
  /** Distance between the baselines of a label's lines, and of a panel title's. */
  line: number;
  titleLine: number;
  /** Where every label, group heading and panel title starts, and the anchor it is drawn with: the left edge in English, the right edge in Arabic. */
  labelX: number;
  labelAnchor: 'start' | 'end';
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

/** The head-count scale ends here (a power of ten); a figure above it is drawn off the scale, past a break. */
export const AXIS_MAX = 1e5;
/** Panel titles are this much larger than the rest of the drawing's text (src/styles/charts.css says the same in em). */
export const TITLE_EM = 1.1;
/** Length of a bound's caret: a few units, so that a bound never reads as a span across the axis. */
export const CARET = 9;
/** Room past the scale's end for an off-scale mark: the break symbol, then the point. */
export const OFF_SCALE = 28;
// From SPLIT_MIN on, labels sit in a column beside their marks instead of above them.
export { SPLIT_MIN };

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

/**
 * The powers of ten that enclose the values on the scale, ending at AXIS_MAX at most: [1, 1e5] for
 * 2 … 50,000. Values above AXIS_MAX are left out (they are drawn off the scale).
 */
export function logDomain(values: number[]): [number, number] {
  const on = values.filter((v) => v <= AXIS_MAX);
  const lo = Math.min(...on);
  const hi = Math.max(...on);
  return [10 ** Math.floor(Math.log10(lo)), Math.min(AXIS_MAX, 10 ** Math.ceil(Math.log10(hi)))];
}

/** Whether an estimate lies wholly above AXIS_MAX (its smallest possible value is past the scale's end). */
export function isOffScale(e: EstimateValue): boolean {
  const { low, point } = estimateInterval(e);
  return (point ?? low ?? 0) > AXIS_MAX;
}

/**
 * The mark for one estimate on a scale `x` whose plot spans [start, end]. A bound is its stated value
 * with a caret CARET long on the side where the value may lie; a point or bound past the scale is drawn
 * at `offScaleX` (the caller's place after the axis break).
 */
export function figureMark(
  e: EstimateValue,
  x: (v: number) => number,
  start: number,
  end: number,
  offScaleX = end + OFF_SCALE - 6,
): FigureMark {
  const { low, high, point } = estimateInterval(e);
  const at = (v: number) => r1(Math.max(start, Math.min(end, x(v))));
  if (isOffScale(e)) {
    const kind: MarkKind = point !== null ? (e.qualifier === 'exactly' ? 'exact' : 'around') : 'lower-bound';
    const v = r1(offScaleX);
    return { kind, x0: v, x1: kind === 'lower-bound' ? r1(v + CARET) : v, xValue: v, offScale: true };
  }
  if (point !== null) {
    const v = at(point);
    return { kind: e.qualifier === 'exactly' ? 'exact' : 'around', x0: v, x1: v, xValue: v, offScale: false };
  }
  if (low === null) {
    const v = at(high!);
    return { kind: 'upper-bound', x0: r1(Math.max(start, v - CARET)), x1: v, xValue: v, offScale: false };
  }
  if (high === null) {
    const v = at(low);
    return { kind: 'lower-bound', x0: v, x1: r1(Math.min(end, v + CARET)), xValue: v, offScale: false };
  }
  return {
    kind: e.qualifier === 'range' ? 'range' : 'band',
    x0: at(low),
    x1: at(high),
    xValue: null,
    offScale: false,
  };
}

/**
 * Tick labels that do not collide: a label is kept when it clears the last kept one by `gap`; the
 * scale's last tick is always kept (it says where the scale ends), dropping the kept label before it
 * when the two would touch. Every tick keeps its grid line.
 */
export function fitTicks(ticks: FigureTick[], size: number, gap = 6): FigureTick[] {
  const span = (t: FigureTick): [number, number] => {
    // Arabic-Indic digits are about a quarter of an em wide, half what the shared estimate gives a
    // (Latin) digit; measured as a full stop instead, so Arabic ticks are not dropped for room they do not need.
    const w = textWidth(t.label.replace(/[\u0660-\u0669]/g, '.'), size);
    return t.anchor === 'start' ? [t.x, t.x + w] : t.anchor === 'end' ? [t.x - w, t.x] : [t.x - w / 2, t.x + w / 2];
  };
  const kept: number[] = [];
  ticks.forEach((t, i) => {
    const prev = kept.at(-1);
    if (prev === undefined || span(ticks[prev])[1] + gap <= span(t)[0]) kept.push(i);
    else if (i === ticks.length - 1) {
      while (kept.length && span(ticks[kept.at(-1)!])[1] + gap > span(t)[0]) kept.pop();
      kept.push(i);
    }
  });
  return ticks.map((t, i) => (kept.includes(i) ? t : { ...t, label: '' }));
}

/** Lays out every estimate for a drawing `width` px wide: panels by unit, groups by measure, one row per record. */
export function layoutFigures(estimates: FigureInput[], opts: FiguresOptions): FiguresLayout {
  const { width, lang = 'en' } = opts;
  const w = chartUi[lang];
  const panelTitles: Record<EstimateValue['unit'], string> =
    lang === 'en' ? PANEL_TITLES : { people: w.panelPeople, percent: w.panelPercent, 'usd-per-month': w.panelUsd };
  // One size for every label, note and tick: the smallest that renders 12 px (English) or 13 px (Arabic)
  // wherever this drawing shows; weight and colour, not size, tell them apart.
  const size = minTextSize(lang, width);
  const titleSize = r1(size * TITLE_EM);
  const line = Math.ceil(size * 1.3);
  const titleLine = Math.ceil(titleSize * 1.3);
  const box = TEXT_BOX[lang];
  // Mirrored in a right-to-left language: the labels on the right (the scales still rise to the right).
  const rtl = DIR[lang] === 'rtl';
  const labelX = rtl ? width - PAD : PAD;
  // Wide drawings put the labels in a column beside the marks, one row per record; narrow ones put each
  // label above its mark, so both the label and the scale get the whole width of a phone.
  const split = width >= SPLIT_MIN;
  const labelWidth = split ? Math.round(width * 0.4) : width - 2 * PAD;
  const column: [number, number] = split
    ? rtl
      ? [PAD + 4, width - PAD - labelWidth - 16]
      : [PAD + labelWidth + 16, width - PAD - 4]
    : [PAD + 4, width - PAD - 4];
  const panels: FiguresPanel[] = [];
  let y = 0;
  for (const unit of ['people', 'percent', 'usd-per-month'] as const) {
    const records = estimates.filter((e) => e.unit === unit);
    if (!records.length) continue;
    const offScale = unit === 'people' && records.some(isOffScale);
    // The scale leaves room at its end for the break and the off-scale marks.
    const plot: [number, number] = offScale ? [column[0], column[1] - OFF_SCALE] : column;
    let x: (v: number) => number;
    let ticks: FigureTick[];
    const edge = (v: number, i: number, n: number): FigureTick['anchor'] =>
      i === 0 && v - plot[0] < 12
        ? 'start'
        : // The last tick ends at its line when the drawing's edge, or the axis break, is close after it.
          i === n - 1 && (column[1] - v < 24 || offScale)
          ? 'end'
          : 'middle';
    if (unit === 'people') {
      const values = records.flatMap((e) => Object.values(estimateInterval(e)).filter((v): v is number => v !== null));
      const s = scaleLog().domain(logDomain(values)).range(plot);
      x = s;
      const [a, b] = s.domain();
      const powers: number[] = [];
      for (let v = a; v <= b * 1.0001; v *= 10) powers.push(v);
      ticks = powers.map((v, i) => ({
        x: r1(s(v)),
        label: lang === 'en' ? powerLabel(v) : w.powerLabel(v),
        anchor: edge(s(v), i, powers.length),
      }));
    } else {
      const max =
        unit === 'percent'
          ? 100
          : Math.ceil((Math.max(...records.map((e) => e.value ?? e.high ?? 0)) * 1.15) / 500) * 500;
      const s = scaleLinear().domain([0, max]).range(plot);
      x = s;
      const vs = s.ticks(unit === 'percent' ? 4 : 3);
      ticks = vs.map((v, i) => ({
        x: r1(s(v)),
        label: unit === 'percent' ? w.percentTick(v) : w.usdTick(v),
        anchor: edge(s(v), i, vs.length),
      }));
    }
    ticks = fitTicks(ticks, size);
    const titleLines = wrapText(panelTitles[unit], width - 2 * PAD, titleSize, boldWidth);
    // Vertical places keep the rendered boxes of the text apart (TEXT_BOX: Arabic reaches further down).
    const titleY = r1(y + box.ascent * titleSize);
    const titleBottom = titleY + (titleLines.length - 1) * titleLine + box.descent * titleSize;
    // Tick labels stand 5 units above the axis (FiguresChart.astro).
    const axisY = Math.ceil(titleBottom + 3 + box.ascent * size + 5);
    const panel: FiguresPanel = {
      unit,
      title: titleLines.join('\n'),
      y,
      height: 0,
      titleY,
      axisY,
      plot,
      axisBreak: offScale ? r1(plot[1] + OFF_SCALE - 20) : null,
      labelWidth,
      ticks,
      rows: [],
    };
    let ry = axisY + 4;
    for (const measure of MEASURES) {
      const group = records.filter((e) => e.measure === measure);
      if (!group.length) continue;
      if (unit === 'people') {
        const labelY = r1(ry + 4 + box.ascent * size);
        panel.rows.push({ type: 'group', measure, label: opts.measureLabels[measure], y: ry, labelY });
        ry = Math.ceil(labelY + box.descent * size + 1);
      }
      for (const e of group) {
        const value = formatEstimate(e, lang);
        const lines = wrapText(`${value} · ${e.claimant.name}`, labelWidth, size);
        const labelY = r1(ry + box.ascent * size);
        const lastBaseline = labelY + (lines.length - 1) * line;
        const labelBottom = lastBaseline + box.descent * size;
        const mark = figureMark(e, x, plot[0], plot[1], plot[1] + OFF_SCALE - 6);
        const note = `${opts.outlets.get(e.source) ?? e.source}${e.contested ? w.contestedNote : ''}${mark.offScale ? w.offScaleNote : ''}`;
        const nw = textWidth(note, size);
        // An off-scale mark's break symbol sits just before it: the note keeps clear of both.
        const start = mark.offScale ? plot[1] - 2 : mark.x0 - 6;
        const beside = placeBeside(start, mark.x1 + 6, nw, column[0], column[1]);
        // A note beside its mark has its baseline a third of its size under the mark's centre.
        const drop = size * 0.35;
        // Wide: the mark is centred on the label's first line (label and note share a baseline, one in
        // the column, one in the plot); narrow: on a line of its own under the label, clear of its box.
        const markY = r1(split ? labelY - drop : labelBottom + Math.max(7, beside ? box.ascent * size - drop + 2 : 0));
        const under = Math.max(markY + 7, split ? labelBottom : 0);
        const noteY = r1(beside ? markY + drop : under + 2 + box.ascent * size);
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
          noteX: r1(beside ? beside.x : rtl ? column[1] : column[0]),
          noteY,
          noteAnchor: beside ? beside.anchor : rtl ? 'end' : 'start',
          contested: e.contested,
          claimantKind: e.claimant.kind,
          source: e.source,
        };
        panel.rows.push(row);
        // The row ends under the lowest of its label's box, its mark and its note's box.
        ry = Math.ceil(Math.max(labelBottom, markY + 7, noteY + box.descent * size) + 6);
      }
    }
    panel.height = ry - y + 6;
    panels.push(panel);
    y += panel.height + 12;
  }
  return {
    width,
    height: Math.ceil(y),
    fontSize: size,
    line,
    titleLine,
    labelX,
    labelAnchor: rtl ? 'end' : 'start',
    panels,
  };
}
