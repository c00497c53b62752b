// Layout of the recruitment pipeline: channels → promises (with the salary offers to scale) → outcome
// (100 squares, the share who returned alive marked as a bound). Steps flow top to bottom, which reads
// the same on a phone and on a wide screen; only the number of boxes per row changes.
import { scaleLinear } from 'd3';
import { formatEstimate, formatNumber, type EstimateValue } from '../../format/format.ts';
import { chartUi } from '../../i18n/charts.ts';
import type { Lang } from '../../i18n/locales.ts';
import { figureMark, type FigureMark } from '../figures/layout.ts';
import { placeBeside } from '../shared/place.ts';
import { LINE, PAD, SPLIT_MIN } from '../shared/metrics.ts';
import { boldWidth, r1, textWidth, wrapText } from '../shared/text.ts';

export interface PipelineBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
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

export interface OutcomeGrid {
  /** The 100 squares, row by row; `marked` for those within the stated share. */
  cells: { x: number; y: number; marked: boolean }[];
  size: number;
  /** The outline drawn around the marked squares. */
  bound: { x: number; y: number; w: number; h: number };
  /** How many squares are marked: the stated percentage, rounded up, since the figure is a bound. */
  marked: number;
  /** Label lines beside or under the grid, with their baselines. */
  labels: { text: string; x: number; y: number; strong: boolean }[];
}

export interface PipelineLayout {
  width: number;
  height: number;
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

/** Lays out boxes in rows of `cols`, each row as tall as its tallest label; returns boxes and the y below them. */
export function layoutBoxes(
  items: { id: string; label: string }[],
  y: number,
  width: number,
  cols: number,
): { boxes: PipelineBox[]; bottom: number } {
  const gap = 8;
  const w = (width - 2 * PAD - (cols - 1) * gap) / cols;
  const boxes: PipelineBox[] = [];
  for (let i = 0; i < items.length; i += cols) {
    const row = items.slice(i, i + cols).map((it) => ({ it, lines: wrapText(it.label, w - 16, 13) }));
    const h = Math.max(...row.map((r) => r.lines.length)) * LINE + 16;
    row.forEach(({ it, lines }, k) => boxes.push({ id: it.id, x: r1(PAD + k * (w + gap)), y, w: r1(w), h, lines }));
    y += h + gap;
  }
  return { boxes, bottom: y - gap };
}

/** Lays out the pipeline for a drawing `width` px wide, with its words in `lang`. */
export function layoutPipeline(input: PipelineInput, width: number, lang: Lang = 'en'): PipelineLayout {
  const w = chartUi[lang];
  const cols = width >= SPLIT_MIN ? 4 : 2;
  const stages: PipelineStage[] = [];
  const arrows: { x: number; y: number }[] = [];
  let y = 0;

  const stage = (title: string, items: { id: string; label: string }[]) => {
    const titleY = y + 16;
    const { boxes, bottom } = layoutBoxes(items, titleY + 10, width, cols);
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

  // The salary offers, to scale, on their own linear axis in dollars.
  const plot: [number, number] = [PAD + 4, width - PAD - 4];
  const max = Math.ceil((Math.max(...input.salaries.map((s) => s.value ?? s.high ?? 0)) * 1.15) / 500) * 500;
  const x = scaleLinear().domain([0, max]).range(plot);
  const titleY = y + 26;
  const axisY = titleY + 24;
  const ticks = x.ticks(3).map((v) => ({ x: r1(x(v)), label: w.usdTick(v) }));
  let ry = axisY + 6;
  const rows: SalaryRow[] = input.salaries.map((s) => {
    const value =
      lang === 'en'
        ? `${s.qualifier === 'up-to' ? 'up to ' : ''}$${formatNumber(s.value ?? s.high ?? 0)} a month`
        : formatEstimate(s, lang);
    const lines = wrapText(`${value} · ${s.who}`, width - 2 * PAD, 13);
    const labelY = ry + 14;
    const markY = labelY + (lines.length - 1) * LINE + 14;
    const mark = figureMark(s, x, plot[0], plot[1]);
    const beside = placeBeside(mark.x0, mark.x1 + 5, textWidth(s.outlet, 11), plot[0], plot[1]);
    const row: SalaryRow = {
      id: s.id,
      lines,
      labelY,
      value,
      markY,
      mark,
      note: s.outlet,
      noteX: r1(beside ? beside.x : plot[0]),
      noteY: beside ? markY + 4 : markY + 18,
      noteAnchor: beside ? beside.anchor : 'start',
    };
    ry = (beside ? markY : markY + 14) + 14;
    return row;
  });
  y = ry;
  arrow();

  // The outcome: 100 squares; the stated share (a bound) outlined and hatched.
  const outcomeTitleY = y + 16;
  stages.push({ title: w.stageOutcome, titleY: outcomeTitleY, boxes: [] });
  const size = 14;
  const gap = 3;
  const gx = PAD;
  const gy = outcomeTitleY + 14;
  const marked = Math.ceil(input.outcome.value ?? input.outcome.high ?? 0);
  const cells = Array.from({ length: 100 }, (_, i) => ({
    x: gx + (i % 10) * (size + gap),
    y: gy + Math.floor(i / 10) * (size + gap),
    marked: i < marked,
  }));
  const gridW = 10 * (size + gap) - gap;
  const bound = { x: gx - 2, y: gy - 2, w: marked * (size + gap) - gap + 4, h: size + 4 };
  const said = w.outcomeSaid(input.outcome.qualifier === 'fewer-than', input.outcome.value ?? input.outcome.high ?? 0);
  const labels: OutcomeGrid['labels'] = [];
  // Beside the grid when there is room for a readable column, else under it.
  const side = width - gx - gridW - 16 - PAD >= 180;
  const lx = side ? gx + gridW + 16 : gx;
  const lw = width - lx - PAD;
  let ly = side ? gy + 11 : gy + 10 * (size + gap) + 18;
  for (const text of wrapText(said, lw, 13, boldWidth)) {
    labels.push({ text, x: lx, y: ly, strong: true });
    ly += LINE;
  }
  for (const text of wrapText(w.reportedBy(input.outcome.who, input.outcome.outlet), lw, 13)) {
    labels.push({ text, x: lx, y: ly, strong: false });
    ly += LINE;
  }
  ly += 8;
  for (const text of wrapText(input.outcome.rest, lw, 13)) {
    labels.push({ text, x: lx, y: ly, strong: false });
    ly += LINE;
  }
  const bottom = Math.max(gy + 10 * (size + gap), ly);
  return {
    width,
    height: Math.ceil(bottom + 8),
    stages,
    arrows,
    salaries: { titleY, axisY, plot, ticks, rows },
    outcome: { cells, size, bound, marked, labels },
  };
}
