// Layout of the recruitment pipeline: channels → promises (with the salary offers to scale) → outcome
// (100 squares, the share who returned alive marked as a bound). Steps flow top to bottom, which reads
// the same on a phone and on a wide screen; only the number of boxes per row changes. In Arabic the
// layout is mirrored (decision 0002): boxes and squares fill from the right, labels sit right-aligned.
import { scaleLinear } from 'd3';
import { formatEstimate, formatNumber, type EstimateValue } from '../../format/format.ts';
import { chartUi } from '../../i18n/charts.ts';
import { DIR, type Lang } from '../../i18n/locales.ts';
import { figureMark, type FigureMark } from '../figures/layout.ts';
import { placeBeside } from '../shared/place.ts';
import { PAD, SPLIT_MIN } from '../shared/metrics.ts';
import { boldWidth, r1, textWidth, wrapText } from '../shared/text.ts';
import { textSizes, type TextSizes } from './text-size.ts';

export interface PipelineBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** Where the label lines start: the box's left edge plus padding, or its right edge in Arabic. */
  textX: number;
}

export interface PipelineStage {
  title: string;
  titleY: number;
  boxes: PipelineBox[];
}

export interface SalaryRow {
  id: string;
  lines: string[];
  labelY: number;
  /** Length of the formatted value that starts the first line (drawn bold). */
  value: string;
  markY: number;
  mark: FigureMark;
  note: string;
  noteX: number;
  noteY: number;
  noteAnchor: 'start' | 'end';
}

/**
 * How sure a square is: `within` the stated share (hatched: the boldest mark), the `edge` of a bound
 * (dashed and open: the share may not reach it) or the `rest` (faint outlines, never a solid mass).
 */
export type CellState = 'within' | 'edge' | 'rest';

export interface OutcomeGrid {
  /** The 100 squares, row by row, each filled from the reading side (the right in Arabic). */
  cells: { x: number; y: number; state: CellState }[];
  size: number;
  /** How many squares the stated share covers: the percentage rounded up (the last one is the edge of a bound). */
  marked: number;
  /** Label lines beside or under the grid, with their baselines; drawn with the layout's `anchor`. */
  labels: { text: string; x: number; y: number; strong: boolean }[];
}

export interface PipelineLayout {
  width: number;
  height: number;
  /** Text sizes and line height, by the language (./text-size.ts). */
  text: TextSizes;
  /** The label column's edge and anchor: the left edge in English, the right edge in Arabic (decision 0002). */
  edge: { x: number; anchor: 'start' | 'end' };
  stages: PipelineStage[];
  /** Down-arrows between steps: their centre x and tip y. */
  arrows: { x: number; y: number }[];
  salaries: {
    titleY: number;
    axisY: number;
    plot: [number, number];
    ticks: { x: number; label: string }[];
    rows: SalaryRow[];
  };
  outcome: OutcomeGrid;
}

export interface PipelineInput {
  channels: { id: string; label: string }[];
  promises: { id: string; label: string }[];
  /** Salary estimates (unit usd-per-month) with who offers them and the outlet reporting it. */
  salaries: (EstimateValue & { id: string; who: string; outlet: string })[];
  /** The outcome estimate (unit percent), who gives it, and what the unmarked squares stand for. */
  outcome: EstimateValue & { id: string; who: string; outlet: string; rest: string };
}

/**
 * Lays out boxes in rows of `cols`, each row as tall as its tallest label; returns boxes and the y below
 * them. Right to left (`rtl`), the first box of a row is the rightmost and its label starts at its right edge.
 */
export function layoutBoxes(
  items: { id: string; label: string }[],
  y: number,
  width: number,
  cols: number,
  rtl = false,
  text: TextSizes = textSizes('en'),
): { boxes: PipelineBox[]; bottom: number } {
  const gap = 8;
  const w = (width - 2 * PAD - (cols - 1) * gap) / cols;
  const boxes: PipelineBox[] = [];
  for (let i = 0; i < items.length; i += cols) {
    const row = items.slice(i, i + cols).map((it) => ({ it, lines: wrapText(it.label, w - 16, text.label) }));
    const h = Math.max(...row.map((r) => r.lines.length)) * text.line + 14;
    row.forEach(({ it, lines }, k) => {
      const x = rtl ? width - PAD - (k + 1) * w - k * gap : PAD + k * (w + gap);
      boxes.push({ id: it.id, x: r1(x), y, w: r1(w), h, lines, textX: r1(rtl ? x + w - 8 : x + 8) });
    });
    y += h + gap;
  }
  return { boxes, bottom: y - gap };
}

/** One SVG path of squares `size` wide at the given corners: many squares, one element. */
export function squaresPath(cells: { x: number; y: number }[], size: number): string {
  return cells.map((c) => `M${c.x} ${c.y}h${size}v${size}h${-size}Z`).join('');
}

/** Lays out the pipeline for a drawing `width` px wide, with its words in `lang`; Arabic is mirrored (decision 0002). */
export function layoutPipeline(input: PipelineInput, width: number, lang: Lang = 'en'): PipelineLayout {
  const w = chartUi[lang];
  const text = textSizes(lang);
  const rtl = DIR[lang] === 'rtl';
  const edge = { x: rtl ? width - PAD : PAD, anchor: rtl ? ('end' as const) : ('start' as const) };
  const cols = width >= SPLIT_MIN ? 4 : 2;
  const stages: PipelineStage[] = [];
  const arrows: { x: number; y: number }[] = [];
  let y = 0;

  const stage = (title: string, items: { id: string; label: string }[]) => {
    const titleY = y + 16;
    const { boxes, bottom } = layoutBoxes(items, titleY + 10, width, cols, rtl, text);
    stages.push({ title, titleY, boxes });
    y = bottom;
  };
  const arrow = () => {
    arrows.push({ x: width / 2, y: y + 26 });
    y += 32;
  };

  stage(w.stageChannels, input.channels);
  arrow();
  stage(w.stagePromises, input.promises);

  // The salary offers, to scale, on their own linear axis in dollars. The axis rises to the right in
  // both editions (decision 0002); only the labels move to the right-hand edge in Arabic.
  const plot: [number, number] = [PAD + 4, width - PAD - 4];
  const max = Math.ceil((Math.max(...input.salaries.map((s) => s.value ?? s.high ?? 0)) * 1.15) / 500) * 500;
  const x = scaleLinear().domain([0, max]).range(plot);
  const titleY = y + 26;
  const axisY = titleY + 26;
  const ticks = x.ticks(3).map((v) => ({ x: r1(x(v)), label: w.usdTick(v) }));
  let ry = axisY + 6;
  const rows: SalaryRow[] = input.salaries.map((s) => {
    const value =
      lang === 'en'
        ? `${s.qualifier === 'up-to' ? 'up to ' : ''}$${formatNumber(s.value ?? s.high ?? 0)} a month`
        : formatEstimate(s, lang);
    const lines = wrapText(`${value} · ${s.who}`, width - 2 * PAD, text.label);
    const labelY = ry + text.line - 2;
    const markY = labelY + (lines.length - 1) * text.line + 14;
    const mark = figureMark(s, x, plot[0], plot[1]);
    const beside = placeBeside(mark.x0, mark.x1 + 5, textWidth(s.outlet, text.label), plot[0], plot[1]);
    const row: SalaryRow = {
      id: s.id,
      lines,
      labelY,
      value,
      markY,
      mark,
      note: s.outlet,
      noteX: r1(beside ? beside.x : edge.x),
      noteY: beside ? markY + 4 : markY + 18,
      noteAnchor: beside ? beside.anchor : edge.anchor,
    };
    ry = (beside ? markY : markY + 14) + 14;
    return row;
  });
  y = ry;
  arrow();

  // The outcome: 100 squares. A bound ("fewer than 5") hatches the squares below it and dashes the
  // last, open; the rest are faint outlines, so the picture is the stated share, not 95 squares of loss.
  const outcomeTitleY = y + 16;
  stages.push({ title: w.stageOutcome, titleY: outcomeTitleY, boxes: [] });
  const size = 14;
  const gap = 3;
  const gridW = 10 * (size + gap) - gap;
  const gx = rtl ? width - PAD - gridW : PAD;
  const gy = outcomeTitleY + 14;
  const share = input.outcome.value ?? input.outcome.high ?? 0;
  const marked = Math.ceil(share);
  const bound = input.outcome.qualifier === 'fewer-than' || input.outcome.qualifier === 'up-to';
  const cells = Array.from({ length: 100 }, (_, i) => {
    const col = rtl ? 9 - (i % 10) : i % 10;
    const state: CellState = i >= marked ? 'rest' : bound && i === marked - 1 ? 'edge' : 'within';
    return { x: gx + col * (size + gap), y: gy + Math.floor(i / 10) * (size + gap), state };
  });
  const said = w.outcomeSaid(input.outcome.qualifier === 'fewer-than', share);
  const labels: OutcomeGrid['labels'] = [];
  // Beside the grid when there is room for a readable column (on its left in Arabic), else under it.
  const side = width - gridW - 16 - 2 * PAD >= 180;
  const lw = side ? width - gridW - 16 - 2 * PAD : width - 2 * PAD;
  const lx = side ? (rtl ? gx - 16 : gx + gridW + 16) : edge.x;
  let ly = side ? gy + 11 : gy + 10 * (size + gap) + text.line + 2;
  const add = (t: string, strong: boolean) => {
    for (const line of wrapText(t, lw, text.label, strong ? boldWidth : textWidth)) {
      labels.push({ text: line, x: lx, y: ly, strong });
      ly += text.line;
    }
  };
  add(said, true);
  add(w.reportedBy(input.outcome.who, input.outcome.outlet), false);
  ly += 8;
  if (bound) {
    add(w.outcomeBound(input.outcome.qualifier === 'fewer-than'), false);
    ly += 8;
  }
  add(input.outcome.rest, false);
  const bottom = Math.max(gy + 10 * (size + gap), ly);
  return {
    width,
    height: Math.ceil(bottom + 8),
    text,
    edge,
    stages,
    arrows,
    salaries: { titleY, axisY, plot, ticks, rows },
    outcome: { cells, size, marked, labels },
  };
}
