import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateLabel,
  layoutTimeline,
  timeTicks,
  timelineDomain,
  type TimelineEventRow,
  type TimelineInput,
} from '../../../../src/charts/timeline/layout.ts';
import { parseFuzzyDate } from '../../../../src/schema/dates.ts';
import { textWidth } from '../../../../src/charts/shared/text.ts';

const ev = (
  id: string,
  date: string,
  dateKind: 'happened' | 'reported' = 'happened',
  kind = 'judicial',
): TimelineInput => ({ id, title: `Event ${id}`, date: parseFuzzyDate(date), dateKind, kind });
const events = [
  ev('year', '2023'),
  ev('month', '2025-09'),
  ev('day', '2025-10-17', 'reported', 'legislative'),
  ev('late', 'late 2025', 'happened', 'executive'),
  ev('none', 'undated'),
];
const domain = timelineDomain(events.map((e) => e.date));
const rowsOf = (l: ReturnType<typeof layoutTimeline>) =>
  l.rows.filter((r): r is TimelineEventRow => r.type === 'event');

describe('timelineDomain(dates)', () => {
  it('runs from the first day of the earliest date to the last day of the latest, ignoring undated', () => {
    assert.deepEqual(domain, ['2023-01-01', '2025-12-31']);
  });
  it('throws with a fix when nothing is dated', () => {
    assert.throws(() => timelineDomain([parseFuzzyDate('undated')]), /Fix:/);
  });
});

describe('timeTicks(domain, width)', () => {
  it('ticks years on a domain of two years or more', () => {
    assert.deepEqual(
      timeTicks(['2022-01-01', '2026-01-31'], 640).map((t) => t.label),
      ['2022', '2023', '2024', '2025', '2026'],
    );
  });
  it('ticks months on a shorter domain, naming the year on the first tick and on January', () => {
    assert.deepEqual(
      timeTicks(['2025-09-01', '2026-01-31'], 640).map((t) => t.label),
      ['Sep 2025', 'Oct', 'Nov', 'Dec', 'Jan 2026'],
    );
  });
});

describe('dateLabel(date, dateKind)', () => {
  it('keeps the precision of the date and says "by" for a reported date', () => {
    assert.equal(dateLabel(parseFuzzyDate('2025-09'), 'happened'), 'September 2025');
    assert.equal(dateLabel(parseFuzzyDate('2025-10-17'), 'reported'), 'by 17 October 2025');
    assert.equal(dateLabel(parseFuzzyDate('late 2025'), 'happened'), 'late 2025');
  });
});

describe('layoutTimeline(events, options)', () => {
  const l = layoutTimeline(events, { width: 340, domain });
  const rows = rowsOf(l);
  const row = (id: string) => rows.find((r) => r.id === id)!;
  it('places every dated event, oldest first, and lists undated ones instead of placing them', () => {
    assert.deepEqual(
      rows.map((r) => r.id),
      ['year', 'month', 'late', 'day'],
    );
    assert.deepEqual(l.undated, ['none']);
  });
  it('draws a day as a dot and longer dates as bars as wide as the span they allow', () => {
    assert.equal(row('day').mark.shape, 'dot');
    const year = row('year').mark;
    const month = row('month').mark;
    const late = row('late').mark;
    assert.equal(year.shape, 'bar');
    assert.ok(
      Math.abs((year.x1 - year.x0) / (month.x1 - month.x0) - 365 / 30) < 1.5,
      'a year is about twelve months wide',
    );
    assert.ok(Math.abs((late.x1 - late.x0) / (month.x1 - month.x0) - 4) < 0.3, '"late 2025" spans four months');
    assert.ok(year.x0 >= l.plot[0] && late.x1 <= l.plot[1] + 0.1);
  });
  it('marks a reported date with a lead towards the past and "by" in its label', () => {
    const day = row('day');
    assert.equal(day.mark.reported, true);
    assert.ok(day.mark.leadX < day.mark.x0);
    assert.equal(day.note, 'by 17 October 2025');
    assert.equal(row('month').mark.leadX, row('month').mark.x0);
  });
  it('puts titles above marks when narrow and in a column beside them when wide, inside the drawing', () => {
    for (const width of [340, 640]) {
      const w = layoutTimeline(events, { width, domain });
      for (const r of rowsOf(w)) {
        for (const line of r.lines) assert.ok(textWidth(line, 13) <= w.labelWidth, line);
        assert.ok(r.mark.leadX >= w.plot[0] && r.mark.x1 <= w.plot[1] + 0.1);
        if (width === 640) assert.ok(Math.abs(r.markY - (r.labelY - 4)) < 1 && 10 + w.labelWidth < w.plot[0]);
        else assert.ok(r.markY > r.labelY + 5);
      }
    }
  });
  it('groups events into lanes in the given order, saying so when a lane has no dated event', () => {
    const g = layoutTimeline(events, {
      width: 340,
      domain,
      groups: [
        { key: 'judicial', label: 'Judicial' },
        { key: 'diplomatic', label: 'Diplomatic' },
        { key: 'executive', label: 'Executive' },
      ],
    });
    const seq = g.rows.map((r) => (r.type === 'group' ? `[${r.key}${r.empty ? ' empty' : ''}]` : r.id));
    assert.deepEqual(seq, ['[judicial]', 'year', 'month', '[diplomatic empty]', '[executive]', 'late']);
  });
});
