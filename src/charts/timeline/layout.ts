// Layout of the timeline and responses charts: one row per dated event, its label above its mark, on
// a time axis from the first dated event to the latest date in the sources. Each mark covers the whole
// span the date allows (a day is a dot; a month, part of a year or a year is a bar), so no date looks
// more precise than its source. Undated events are not placed: they are returned for listing.
import { scaleUtc } from 'd3';
import { compareFuzzyDates, type FuzzyDate } from '../../schema/dates.ts';
import { formatDate } from '../../format/format.ts';
import { chartUi } from '../../i18n/charts.ts';
import type { Lang } from '../../i18n/locales.ts';
import { placeBeside } from '../shared/place.ts';
import { LINE, PAD, SPLIT_MIN } from '../shared/metrics.ts';
import { r1, textWidth, wrapText } from '../shared/text.ts';

/** What the layout needs of an event record. */
export interface TimelineInput {
  id: string;
  title: string;
  date: FuzzyDate;
  /** "reported": the event happened on or before the date of the report. */
  dateKind: 'happened' | 'reported';
  kind: string;
}

export interface TimelineMark {
  /** A dot for a single day, a bar for any longer span. */
  shape: 'dot' | 'bar';
  x0: number;
  x1: number;
  /** Drawn with a dotted lead towards the past and labelled "by": it happened on or before the date. */
  reported: boolean;
  /** Where the dotted lead of a reported event starts (x0 when not reported). */
  leadX: number;
}

export interface TimelineEventRow {
  type: 'event';
  id: string;
  kind: string;
  y: number;
  lines: string[];
  labelY: number;
  markY: number;
  mark: TimelineMark;
  /** The date as readers see it, with its precision: "September 2025", "by 17 October 2025". */
  note: string;
  noteX: number;
  noteY: number;
  noteAnchor: 'start' | 'end';
}

export interface TimelineGroupRow {
  type: 'group';
  key: string;
  label: string;
  y: number;
  labelY: number;
  /** True when no event of the group is dated: the drawing then says so under the heading. */
  empty: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  plot: [number, number];
  /** Width of the titles: the whole drawing when they sit above marks, a column when beside them. */
  labelWidth: number;
  ticks: { x: number; label: string }[];
  rows: (TimelineEventRow | TimelineGroupRow)[];
  /** Ids of the events with no date, in input order: listed beside the chart, never placed. */
  undated: string[];
}

export interface TimelineOptions {
  width: number;
  /** First and last day of the axis (ISO yyyy-mm-dd), e.g. from timelineDomain(). */
  domain: [string, string];
  /** Lanes: when given, events are grouped under these headings in this order (by their `kind`). */
  groups?: { key: string; label: string }[];
  /** Language of the words and dates drawn (English by default). */
  lang?: Lang;
}

// From SPLIT_MIN on (src/charts/shared/metrics.ts), titles sit in a column beside their marks
// instead of above them.
export { LINE, SPLIT_MIN };
const DAY = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

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
 * second month when the drawing is narrow.
 */
export function timeTicks(domain: [string, string], width: number, lang: Lang = 'en'): { date: Date; label: string }[] {
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
  const step = (width < 400 && years > 0.6) || (lang !== 'en' && width < 800) ? 2 : 1;
  let d = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + (a.getUTCDate() > 1 ? 1 : 0), 1));
  while (d < b) {
    const m = d.getUTCMonth();
    out.push({ date: d, label: w.monthTick(d, m === 0 || !out.length) });
    d = new Date(Date.UTC(d.getUTCFullYear(), m + step, 1));
  }
  return out;
}

/** "by 17 October 2025" for a reported date, "September 2025" for one that happened then. */
export function dateLabel(date: FuzzyDate, dateKind: TimelineInput['dateKind'], lang: Lang = 'en'): string {
  const d = formatDate(date, lang);
  return dateKind === 'reported' ? chartUi[lang].byDate(d) : d;
}

/** Lays out dated events one row each (grouped into lanes when `groups` is given), oldest first. */
export function layoutTimeline(events: TimelineInput[], opts: TimelineOptions): TimelineLayout {
  const { width } = opts;
  // Wide drawings put the titles in a column beside the marks; narrow ones put each title above its mark.
  const split = width >= SPLIT_MIN;
  const labelWidth = split ? Math.round(width * 0.42) : width - 2 * PAD;
  const plot: [number, number] = split ? [PAD + labelWidth + 16, width - PAD - 4] : [PAD + 4, width - PAD - 4];
  const x = scaleUtc()
    .domain([utc(opts.domain[0]), new Date(utc(opts.domain[1]).getTime() + DAY)])
    .range(plot);
  const ticks = timeTicks(opts.domain, width, opts.lang).map((t) => ({ x: r1(x(t.date)), label: t.label }));
  const axisY = 24;
  const rows: TimelineLayout['rows'] = [];
  const dated = events.filter((e) => e.date.precision !== 'undated').sort((a, b) => compareFuzzyDates(a.date, b.date));
  const groups = opts.groups ?? [{ key: '', label: '' }];
  let y = axisY + 8;
  for (const g of groups) {
    const members = dated.filter((e) => !opts.groups || e.kind === g.key);
    if (opts.groups) {
      rows.push({ type: 'group', key: g.key, label: g.label, y, labelY: y + 18, empty: !members.length });
      y += 26;
      if (!members.length) {
        y += 20;
        continue;
      }
    }
    for (const e of members) {
      const lines = wrapText(e.title, labelWidth, 13);
      const labelY = y + 14;
      const markY = split ? labelY - 4 : labelY + (lines.length - 1) * LINE + 14;
      const x0 = r1(x(utc(e.date.start!)));
      const x1 = r1(x(new Date(utc(e.date.end!).getTime() + DAY)));
      const reported = e.dateKind === 'reported';
      const shape = e.date.precision === 'day' ? 'dot' : 'bar';
      const leadX = reported ? Math.max(plot[0], x0 - 28) : x0;
      const note = dateLabel(e.date, e.dateKind, opts.lang);
      const beside = placeBeside(leadX - 4, Math.max(x1, x0) + 5, textWidth(note, 11), plot[0], plot[1]);
      rows.push({
        type: 'event',
        id: e.id,
        kind: e.kind,
        y,
        lines,
        labelY,
        markY,
        mark: { shape, x0, x1, reported, leadX },
        note,
        noteX: r1(beside ? beside.x : plot[0]),
        noteY: beside ? markY + 4 : markY + 18,
        noteAnchor: beside ? beside.anchor : 'start',
      });
      y = Math.max(labelY + (lines.length - 1) * LINE + (split ? 4 : 0), beside ? markY : markY + 14) + 14;
    }
  }
  return {
    width,
    height: Math.ceil(y + 6),
    axisY,
    plot,
    labelWidth,
    ticks,
    rows,
    undated: events.filter((e) => e.date.precision === 'undated').map((e) => e.id),
  };
}
