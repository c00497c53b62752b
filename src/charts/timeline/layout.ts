// Layout of the timeline and responses charts: one row per dated event, its title beside or above its
// mark, on a time axis from the first dated event to the latest date in the sources. Each mark is as
// heavy as its date is precise: a day is a solid dot, a month a bar, a year or part of one a light
// bracket, a "since" date a start tick fading towards the latest sources (issue 17), so no date looks
// more precise than its source. When most events crowd the end of the axis, those months get a panel
// of their own under the whole span. Who acted is a shape beside each title (or a lane), never a
// colour: colours mean who makes a claim, site-wide. In Arabic the titles sit on the right, right-
// aligned; the time axis still runs from the earliest date on the left (decision 0002).
// Undated events are not placed: they are returned for listing.
import { scaleUtc } from 'd3';
import { compareFuzzyDates, type FuzzyDate } from '../../schema/dates.ts';
import { formatDate } from '../../format/format.ts';
import { chartUi } from '../../i18n/charts.ts';
import { DIR, type Lang } from '../../i18n/locales.ts';
import { placeBeside } from '../shared/place.ts';
import { PAD, SPLIT_MIN } from '../shared/metrics.ts';
import { r1, textWidth, wrapText } from '../shared/text.ts';
import { textSizes } from './text-size.ts';
import { busyWindow } from './zoom.ts';

/** What the layout needs of an event record. */
export interface TimelineInput {
  id: string;
  title: string;
  date: FuzzyDate;
  /** "reported": the event happened on or before the date of a report. */
  dateKind: 'happened' | 'reported';
  kind: string;
  /** The date is when it began ("since 2024", "from 2022 onwards"): it went on after it. */
  since?: boolean;
}

/**
 * How a date is drawn, from the most precise to the least: a solid dot for a day, a bar for a month
 * or part of one, a light bracket for a year or part of one, a start tick fading to the end of the
 * axis for a date something began.
 */
export type MarkShape = 'dot' | 'bar' | 'bracket' | 'since';

export interface TimelineMark {
  shape: MarkShape;
  x0: number;
  /** End of the span (the end of the axis for "since"). */
  x1: number;
  /** Drawn with a dotted lead towards the past and labelled "by": it happened on or before the date. */
  reported: boolean;
  /** Where the dotted lead of a reported event starts (x0 when not reported). */
  leadX: number;
}

/** A piece of text and where it goes; `anchor` is physical: "start" is its left edge, "end" its right. */
export interface Placed {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineEventRow {
  type: 'event';
  id: string;
  kind: string;
  /** Index of the panel the row is drawn in. */
  panel: number;
  /** Centre of the shape that says who acted; null in a lane, whose heading has it. */
  glyph: { x: number; y: number } | null;
  /** The title, one string per line, the first line's baseline at `title.y`. */
  lines: string[];
  title: Placed;
  markY: number;
  mark: TimelineMark;
  /** The date as readers see it, with its precision: "September 2025", "by 17 October 2025", "since 2024". */
  note: string;
  noteAt: Placed;
}

export interface TimelineGroupRow {
  type: 'group';
  key: string;
  label: string;
  panel: number;
  glyph: { x: number; y: number };
  title: Placed;
  /** When no event of the group is dated, the words saying so, one string per line, placed here. */
  empty: { lines: string[]; at: Placed } | null;
}

export interface TimelineTick {
  x: number;
  /** Null when the label is left out because it would touch its neighbour (the line stays). */
  label: string | null;
  at: Placed;
}

export interface TimelinePanel {
  top: number;
  bottom: number;
  axisY: number;
  /** First and last day of the panel's axis. */
  domain: [string, string];
  ticks: TimelineTick[];
  /** The panel's heading (the enlarged months), one string per line. */
  heading: { lines: string[]; at: Placed } | null;
  /** On the whole-span panel: the months enlarged in the next panel, shaded, with a note. */
  band: { x0: number; x1: number; label: string; at: Placed } | null;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Which side the titles are on: "rtl" puts them on the right (Arabic). */
  dir: 'ltr' | 'rtl';
  /** Text sizes in SVG units: dates, ticks and notes; titles and headings; the line height of titles. */
  sizes: { note: number; title: number; line: number };
  plot: [number, number];
  /** Width of the titles: the whole drawing when they sit above marks, a column when beside them. */
  labelWidth: number;
  panels: TimelinePanel[];
  rows: (TimelineEventRow | TimelineGroupRow)[];
  /** Lines from the shaded months of the whole-span panel to the panel that enlarges them. */
  connectors: { x1: number; y1: number; x2: number; y2: number }[];
  /** Ids of the events with no date, in input order: listed beside the chart, never placed. */
  undated: string[];
}

export interface TimelineOptions {
  width: number;
  /** First and last day of the axis (ISO yyyy-mm-dd), e.g. from timelineDomain(). */
  domain: [string, string];
  /** Lanes: when given, events are grouped under these headings in this order (by their `kind`); no zoom panel then. */
  groups?: { key: string; label: string }[];
  /** Language of the words and dates drawn (English by default); Arabic puts the titles on the right. */
  lang?: Lang;
}

// From SPLIT_MIN on (src/charts/shared/metrics.ts), titles sit in a column beside their marks
// instead of above them.
export { SPLIT_MIN };
const DAY = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Room for the shape that says who acted, before a title. */
const GLYPH = 16;
/** Half the height of a mark (the dot's radius and its stroke). */
const MARK = 7;
const ROW_GAP = 8;
/** Least space between two tick labels. */
const TICK_GAP = 8;

/**
 * The axis of a timeline: from the first day any dated event may refer to, to the last day any event or
 * source may refer to (the latest source bounds what can be known). Undated dates are ignored.
 */
export function timelineDomain(dates: FuzzyDate[]): [string, string] {
  const dated = dates.filter((d) => d.start !== null);
  if (!dated.length)
    throw new Error('A timeline needs at least one dated event. Fix: date an event, or leave the chart out.');
  const start = dated.map((d) => d.start!).sort()[0];
  const end = dated
    .map((d) => d.end!)
    .sort()
    .at(-1)!;
  return [start, end];
}

/**
 * Ticks for a time axis: 1 January of each year when the domain covers two years or more; otherwise
 * the first of each month ("Sep", "Oct", … with the year on January and on the first tick), every
 * `step` months (by default every second month when the drawing is narrow or the month names long).
 */
export function timeTicks(
  domain: [string, string],
  width: number,
  lang: Lang = 'en',
  step?: number,
): { date: Date; label: string }[] {
  const w = chartUi[lang];
  const [a, b] = [utc(domain[0]), new Date(utc(domain[1]).getTime() + DAY)];
  const out: { date: Date; label: string }[] = [];
  const years = (b.getTime() - a.getTime()) / (365.25 * DAY);
  if (years >= 2) {
    for (
      let y = a.getUTCFullYear() + (a.getUTCMonth() || a.getUTCDate() > 1 ? 1 : 0);
      Date.UTC(y, 0, 1) < b.getTime();
      y++
    )
      out.push({ date: new Date(Date.UTC(y, 0, 1)), label: w.yearTick(y) });
    return out;
  }
  // Arabic month names (تشرين الثاني, كانون الأول) are about twice as long as "Nov", "Dec": every second
  // month is labelled unless the drawing is very wide.
  const every = step ?? ((width < 400 && years > 0.6) || (lang !== 'en' && width < 800) ? 2 : 1);
  let d = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + (a.getUTCDate() > 1 ? 1 : 0), 1));
  while (d < b) {
    const m = d.getUTCMonth();
    out.push({ date: d, label: w.monthTick(d, m === 0 || !out.length) });
    d = new Date(Date.UTC(d.getUTCFullYear(), m + every, 1));
  }
  return out;
}

/** "by 17 October 2025" for a reported date, "since 2024" for a beginning, "September 2025" otherwise. */
export function dateLabel(
  date: FuzzyDate,
  dateKind: TimelineInput['dateKind'],
  lang: Lang = 'en',
  since = false,
): string {
  const d = formatDate(date, lang);
  if (since) return chartUi[lang].sinceDate(d);
  return dateKind === 'reported' ? chartUi[lang].byDate(d) : d;
}

/** The shape a date is drawn with (see MarkShape). */
export function markShape(e: Pick<TimelineInput, 'date' | 'since'>): MarkShape {
  if (e.since) return 'since';
  switch (e.date.precision) {
    case 'day':
      return 'dot';
    case 'month':
    case 'part-of-month':
      return 'bar';
    default:
      return 'bracket';
  }
}

/**
 * A tick's label starts just after its line (the period it opens), unless it would leave the drawing:
 * then it is centred on the line, or ends at it. A label that would come within TICK_GAP of the one
 * before is left out.
 */
function tickLabels(ticks: { x: number; label: string }[], size: number, width: number, y: number): TimelineTick[] {
  let right = -Infinity;
  return ticks.map((t) => {
    const w = textWidth(t.label, size);
    const [x, anchor, left] =
      t.x + 3 + w <= width - 2
        ? ([t.x + 3, 'start', t.x + 3] as const)
        : t.x + w / 2 <= width - 2
          ? ([t.x, 'middle', t.x - w / 2] as const)
          : ([t.x - 3, 'end', t.x - 3 - w] as const);
    const show = left >= right + TICK_GAP;
    if (show) right = left + w;
    return { x: t.x, label: show ? t.label : null, at: { x: r1(x), y: r1(y), anchor } };
  });
}

/** Lays out dated events one row each (grouped into lanes when `groups` is given), oldest first. */
export function layoutTimeline(events: TimelineInput[], opts: TimelineOptions): TimelineLayout {
  const { width } = opts;
  const lang = opts.lang ?? 'en';
  const w = chartUi[lang];
  const rtl = DIR[lang] === 'rtl';
  const sz = textSizes(lang, width);
  const { ascent, descent } = sz;
  // Wide drawings put the titles in a column beside the marks (on the reading side); narrow ones put
  // each title above its mark.
  const split = width >= SPLIT_MIN;
  const labelWidth = split ? Math.round(width * 0.42) : width - 2 * PAD;
  const plot: [number, number] = !split
    ? [PAD + 4, width - PAD - 4]
    : rtl
      ? [PAD + 4, width - PAD - labelWidth - 16]
      : [PAD + labelWidth + 16, width - PAD - 4];
  const glyphX = rtl ? width - PAD - 6 : PAD + 6;
  const titleX = rtl ? width - PAD - GLYPH : PAD + GLYPH;
  const titleAnchor = rtl ? 'end' : 'start';
  const edgeX = rtl ? width - PAD : PAD;

  const dated = events.filter((e) => e.date.precision !== 'undated').sort((a, b) => compareFuzzyDates(a.date, b.date));
  const zoom = opts.groups
    ? null
    : busyWindow(
        dated.map((e) => [e.date.start!, e.date.end!]),
        opts.domain,
      );
  const inZoom = (e: TimelineInput) => !!zoom && !e.since && e.date.start! >= zoom[0] && e.date.end! <= zoom[1];
  const panelSpecs: { domain: [string, string]; members: TimelineInput[]; heading: string | null }[] = zoom
    ? [
        { domain: opts.domain, members: dated.filter((e) => !inZoom(e)), heading: null },
        {
          domain: zoom,
          members: dated.filter(inZoom),
          heading: w.zoomTitle(formatDate(monthOf(zoom[0]), lang), formatDate(monthOf(zoom[1]), lang)),
        },
      ]
    : [{ domain: opts.domain, members: dated, heading: null }];

  const panels: TimelinePanel[] = [];
  const rows: TimelineLayout['rows'] = [];
  const connectors: TimelineLayout['connectors'] = [];
  let y = 0;
  panelSpecs.forEach((spec, p) => {
    const top = y;
    let heading: TimelinePanel['heading'] = null;
    if (spec.heading) {
      const lines = wrapText(spec.heading, width - 2 * PAD, sz.title);
      heading = { lines, at: { x: edgeX, y: r1(y + ascent(sz.title)), anchor: titleAnchor } };
      y += ascent(sz.title) + (lines.length - 1) * sz.line + descent(sz.title) + 6;
    }
    const x = scaleUtc()
      .domain([utc(spec.domain[0]), new Date(utc(spec.domain[1]).getTime() + DAY)])
      .range(plot);
    const tickY = y + ascent(sz.note);
    const axisY = r1(tickY + descent(sz.note) + 4);
    const ticks = axisTicks(spec.domain, width, lang, (d) => r1(x(d)), sz.note, tickY);
    y = axisY + 8;

    const eventRow = (e: TimelineInput) => {
      const lines = wrapText(e.title, labelWidth - GLYPH, sz.title);
      const first = y + ascent(sz.title);
      const last = first + (lines.length - 1) * sz.line;
      const shape = markShape(e);
      const x0 = r1(x(utc(e.date.start!)));
      const x1 = shape === 'since' ? plot[1] : r1(x(new Date(utc(e.date.end!).getTime() + DAY)));
      const reported = e.dateKind === 'reported';
      const leadX = reported ? Math.max(plot[0], x0 - 28) : x0;
      const note = dateLabel(e.date, e.dateKind, lang, e.since);
      const nw = textWidth(note, sz.note);
      // Beside: the date's text is centred on the mark's line; in a narrow drawing that line comes
      // under the title, low enough that the date's box clears the title's.
      const markY = split
        ? first - 0.35 * sz.title
        : last + descent(sz.title) + Math.max(MARK, ascent(sz.note) - 0.35 * sz.note) + 2;
      const beside = placeBeside(leadX - 4, shape === 'since' ? Infinity : Math.max(x1, x0) + 5, nw, plot[0], plot[1]);
      let noteAt: Placed;
      if (beside) noteAt = { x: beside.x, y: markY + 0.35 * sz.note, anchor: beside.anchor };
      else {
        // On a line of its own under the mark, from where the mark starts if it fits there.
        const ny = markY + MARK + 2 + ascent(sz.note);
        noteAt = leadX + nw <= plot[1] ? { x: leadX, y: ny, anchor: 'start' } : { x: plot[1], y: ny, anchor: 'end' };
      }
      rows.push({
        type: 'event',
        id: e.id,
        kind: e.kind,
        panel: p,
        glyph: opts.groups ? null : { x: glyphX, y: r1(first - 0.35 * sz.title) },
        lines,
        title: { x: titleX, y: r1(first), anchor: titleAnchor },
        markY: r1(markY),
        mark: { shape, x0, x1, reported, leadX },
        note,
        noteAt: { ...noteAt, x: r1(noteAt.x), y: r1(noteAt.y) },
      });
      y = Math.max(last + descent(sz.title), markY + MARK, noteAt.y + descent(sz.note)) + ROW_GAP;
    };

    const groups = opts.groups ?? [null];
    for (const g of groups) {
      const members = spec.members.filter((e) => !g || e.kind === g.key);
      if (g) {
        const first = y + ascent(sz.title);
        let empty: TimelineGroupRow['empty'] = null;
        y = first + descent(sz.title);
        if (!members.length) {
          const lines = wrapText(w.noneDated, width - 2 * PAD - GLYPH, sz.note);
          const ey = y + 4 + ascent(sz.note);
          empty = { lines, at: { x: r1(titleX), y: r1(ey), anchor: titleAnchor } };
          y = ey + (lines.length - 1) * sz.line + descent(sz.note);
        }
        rows.push({
          type: 'group',
          key: g.key,
          label: g.label,
          panel: p,
          glyph: { x: glyphX, y: r1(first - 0.35 * sz.title) },
          title: { x: titleX, y: r1(first), anchor: titleAnchor },
          empty,
        });
        y += ROW_GAP;
      }
      members.forEach(eventRow);
    }

    let band: TimelinePanel['band'] = null;
    if (zoom && p === 0) {
      const bx0 = r1(x(utc(zoom[0])));
      const by = y + ascent(sz.note);
      band = { x0: bx0, x1: plot[1], label: w.zoomBand, at: { x: plot[1], y: r1(by), anchor: 'end' } };
      y = by + descent(sz.note) + 4;
      // The shaded months open into the panel below, as a zoom lens does.
      connectors.push(
        { x1: bx0, y1: r1(y), x2: plot[0], y2: r1(y + 18) },
        { x1: plot[1], y1: r1(y), x2: plot[1], y2: r1(y + 18) },
      );
    }
    panels.push({ top: r1(top), bottom: r1(y), axisY, domain: spec.domain, ticks, heading, band });
    y += band ? 22 : 10;
  });
  return {
    width,
    height: Math.ceil(y),
    dir: rtl ? 'rtl' : 'ltr',
    sizes: { note: sz.note, title: sz.title, line: sz.line },
    plot,
    labelWidth,
    panels,
    rows,
    connectors,
    undated: events.filter((e) => e.date.precision === 'undated').map((e) => e.id),
  };
}

/** The month a day falls in, as a date of month precision (for the zoom panel's heading). */
function monthOf(iso: string): FuzzyDate {
  const [year, month] = iso.split('-').map(Number);
  return { raw: iso.slice(0, 7), precision: 'month', start: iso, end: iso, year, month };
}

/**
 * The ticks of one axis with their labels: months every one, two or three months, whichever is the
 * first to leave every label room (years are always every year).
 */
function axisTicks(
  domain: [string, string],
  width: number,
  lang: Lang,
  x: (d: Date) => number,
  size: number,
  y: number,
): TimelineTick[] {
  let out: TimelineTick[] = [];
  for (const step of [1, 2, 3]) {
    out = tickLabels(
      timeTicks(domain, width, lang, step).map((t) => ({ x: x(t.date), label: t.label })),
      size,
      width,
      y,
    );
    if (out.every((t) => t.label !== null)) break;
  }
  return out;
}
