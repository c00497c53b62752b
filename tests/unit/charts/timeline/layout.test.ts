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
  it('draws a day as a dot, a month as a bar and a year or "late 2025" as a bracket, each as wide as its span', () => {
    assert.equal(row('day').mark.shape, 'dot');
    const year = row('year').mark;
    const month = row('month').mark;
    const late = row('late').mark;
    assert.equal(month.shape, 'bar');
    assert.equal(year.shape, 'bracket');
    assert.equal(late.shape, 'bracket');
    // 2023 is on the whole span (2023–2025); September to December 2025 crowd its end and are enlarged.
    assert.ok(
      Math.abs((year.x1 - year.x0) / (l.plot[1] - l.plot[0]) - 365 / 1096) < 0.01,
      'a year is a third of a three-year axis',
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
        for (const line of r.lines) assert.ok(textWidth(line, w.sizes.title) <= w.labelWidth, line);
        assert.ok(r.mark.leadX >= w.plot[0] && r.mark.x1 <= w.plot[1] + 0.1);
        if (width === 640) assert.ok(r.markY < r.title.y && 10 + w.labelWidth < w.plot[0]);
        else assert.ok(r.markY > r.title.y + 5);
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

describe('layoutTimeline: uncertain dates', () => {
  const since = { ...ev('since', '2024', 'happened', 'recruitment'), since: true };
  const l = layoutTimeline([since, ev('day', '2025-10-17')], {
    width: 340,
    domain: ['2022-01-01', '2026-01-31'],
  });
  const r = rowsOf(l).find((x) => x.id === 'since')!;
  it('gives a "since" date an open start mark that runs to the end of the axis, never a closed year', () => {
    assert.equal(r.mark.shape, 'since');
    assert.equal(r.mark.x1, l.plot[1]);
    assert.ok(r.mark.x0 > l.plot[0] + 100, 'it starts at 2024, not at the start of the axis');
    assert.equal(r.note, 'since 2024');
  });
  it('says "since" in Arabic too, with Arabic-Indic digits', () => {
    const ar = layoutTimeline([since], { width: 340, domain: ['2022-01-01', '2026-01-31'], lang: 'ar' });
    assert.equal(rowsOf(ar)[0].note, 'منذ ٢٠٢٤');
  });
  it('gives a year-only date a bracket over its year, and "late 2025" one over September to December', () => {
    const y = layoutTimeline([ev('y', '2025'), ev('late', 'late 2025')], {
      width: 640,
      domain: ['2025-01-01', '2025-12-31'],
    });
    const [year, late] = rowsOf(y);
    assert.equal(year.mark.shape, 'bracket');
    assert.equal(late.mark.shape, 'bracket');
    assert.ok(Math.abs(year.mark.x1 - year.mark.x0 - (y.plot[1] - y.plot[0])) < 1);
    assert.ok(Math.abs((late.mark.x1 - late.mark.x0) / (year.mark.x1 - year.mark.x0) - 122 / 365) < 0.01);
  });
});

describe('layoutTimeline: crowded months', () => {
  // The shape of the site's timeline: five events over 2022–2025, eight between September 2025 and January 2026.
  const busy = [
    ev('a', '2022-09'),
    { ...ev('b', '2022'), since: true },
    ev('c', '2023'),
    { ...ev('d', '2024'), since: true },
    ev('e', '2025'),
    ev('f', '2025-09'),
    ev('g', 'late 2025'),
    ev('h', '2025-10-17', 'reported'),
    ev('i', '2025-10-17', 'reported'),
    ev('j', '2025-12-19', 'reported'),
    ev('k', 'late 2025-12', 'reported'),
    ev('l', 'late 2025-12', 'reported'),
    ev('m', '2026-01', 'reported'),
  ];
  const dom: [string, string] = ['2022-01-01', '2026-01-31'];
  for (const lang of ['en', 'ar'] as const)
    for (const width of [340, 640]) {
      const l = layoutTimeline(busy, { width, domain: dom, lang });
      it(`enlarges September 2025 to January 2026 in a panel of its own (${lang}, ${width})`, () => {
        assert.equal(l.panels.length, 2);
        assert.deepEqual(l.panels[1].domain, ['2025-09-01', '2026-01-31']);
        assert.deepEqual(
          rowsOf(l)
            .filter((r) => r.panel === 1)
            .map((r) => r.id),
          ['f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'],
        );
        assert.ok(l.panels[0].band && l.panels[0].band.x0 > l.plot[0]);
      });
      it(`gives dense events distinct label positions: no two dates or titles overlap (${lang}, ${width})`, () => {
        const h = (size: number) => [size * (lang === 'ar' ? 1.1 : 0.95), size * (lang === 'ar' ? 0.6 : 0.3)];
        const boxes = rowsOf(l).flatMap((r) => {
          const [ta, td] = h(l.sizes.title);
          const [na, nd] = h(l.sizes.note);
          const tw = Math.max(...r.lines.map((x) => textWidth(x, l.sizes.title)));
          const nw = textWidth(r.note, l.sizes.note);
          const span = (at: { x: number; anchor: string }, w: number) =>
            at.anchor === 'start'
              ? [at.x, at.x + w]
              : at.anchor === 'end'
                ? [at.x - w, at.x]
                : [at.x - w / 2, at.x + w / 2];
          return [
            {
              id: `${r.id} title`,
              x: span(r.title, tw),
              y: [r.title.y - ta, r.title.y + (r.lines.length - 1) * l.sizes.line + td],
            },
            { id: `${r.id} date`, x: span(r.noteAt, nw), y: [r.noteAt.y - na, r.noteAt.y + nd] },
          ];
        });
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            const apart = a.x[1] <= b.x[0] || b.x[1] <= a.x[0] || a.y[1] <= b.y[0] || b.y[1] <= a.y[0];
            assert.ok(apart, `${a.id} overlaps ${b.id}`);
          }
        const marks = new Set(rowsOf(l).map((r) => r.markY));
        assert.equal(marks.size, busy.length, 'every event has a line of its own');
      });
    }
  it('does not zoom an axis that is short already, nor one whose events are spread out', () => {
    assert.equal(layoutTimeline(busy.slice(5), { width: 340, domain: ['2025-09-01', '2026-01-31'] }).panels.length, 1);
    const spread = ['2022-03', '2023-03', '2024-03', '2025-03', '2026-01'].map((d, i) => ev(String(i), d));
    assert.equal(layoutTimeline(spread, { width: 340, domain: dom }).panels.length, 1);
  });
});

describe('layoutTimeline: direction', () => {
  const ar = layoutTimeline(events, { width: 640, domain, lang: 'ar' });
  const en = layoutTimeline(events, { width: 640, domain });
  it('puts the titles in a column on the right in Arabic, right-aligned, and the plot on the left', () => {
    for (const r of rowsOf(ar)) {
      assert.equal(r.title.anchor, 'end');
      assert.ok(r.title.x > ar.plot[1] + ar.labelWidth * 0.9);
      assert.ok(r.glyph!.x > r.title.x);
    }
    assert.ok(ar.plot[0] < 20);
  });
  it('keeps time running from the earliest date on the left in both editions', () => {
    for (const l of [ar, en])
      for (const p of l.panels.keys()) {
        const xs = rowsOf(l)
          .filter((r) => r.panel === p)
          .map((r) => r.mark.x0);
        assert.ok(xs.length > 0);
        assert.deepEqual(
          xs,
          [...xs].sort((a, b) => a - b),
        );
      }
  });
  it('draws Arabic text larger than English: at least 13 px against 12 px where each drawing is smallest', () => {
    assert.ok(ar.sizes.note >= 13 && en.sizes.note >= 12);
    const narrow = layoutTimeline(events, { width: 340, domain, lang: 'ar' });
    assert.ok(narrow.sizes.note * (328 / 340) >= 13);
  });
});
