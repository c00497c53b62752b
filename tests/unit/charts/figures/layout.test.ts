import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scaleLog } from 'd3';
import {
  figureMark,
  layoutFigures,
  logDomain,
  powerLabel,
  type FigureRecordRow,
} from '../../../../src/charts/figures/layout.ts';
import { loadChartContent } from '../../../../src/records/charts.ts';
import { textWidth } from '../../../../src/charts/shared/text.ts';
import { ui } from '../../../../src/i18n/ui.ts';
import { MEASURES } from '../../../../src/schema/records.ts';
import { ROOT } from '../../../helpers/fixture.ts';

const content = loadChartContent(`${ROOT}/content`);
const outlets = new Map([...content.sources].map(([id, s]) => [id, s.outlet]));
const layout = (width: number) => layoutFigures(content.estimates, { width, outlets, measureLabels: ui.en.measures });
const records = (l: ReturnType<typeof layout>) =>
  l.panels.flatMap((p) => p.rows.filter((r): r is FigureRecordRow => r.type === 'record'));

describe('logDomain(values)', () => {
  it('encloses the values in powers of ten', () => {
    assert.deepEqual(logDomain([2, 600000]), [1, 1e6]);
    assert.deepEqual(logDomain([12, 999]), [10, 1000]);
  });
});

describe('powerLabel(n)', () => {
  it('shortens thousands and millions', () => {
    assert.deepEqual([1, 100, 1000, 10000, 1e6].map(powerLabel), ['1', '100', '1k', '10k', '1M']);
  });
});

describe('figureMark(e, x, start, end)', () => {
  const x = scaleLog().domain([1, 1e6]).range([0, 600]);
  it('draws "exactly" and "around" as points of different kinds', () => {
    assert.deepEqual(figureMark({ qualifier: 'exactly', value: 100, unit: 'people' }, x, 0, 600), {
      kind: 'exact',
      x0: 200,
      x1: 200,
      xValue: 200,
    });
    assert.equal(figureMark({ qualifier: 'around', value: 100, unit: 'people' }, x, 0, 600).kind, 'around');
  });
  it('draws "fewer than" and "up to" as upper bounds open towards the start of the scale', () => {
    for (const qualifier of ['fewer-than', 'up-to'] as const) {
      assert.deepEqual(figureMark({ qualifier, value: 1000, unit: 'people' }, x, 0, 600), {
        kind: 'upper-bound',
        x0: 0,
        x1: 300,
        xValue: 300,
      });
    }
  });
  it('draws "more than" as a lower bound open towards the end of the scale', () => {
    assert.deepEqual(figureMark({ qualifier: 'more-than', value: 1000, unit: 'people' }, x, 0, 600), {
      kind: 'lower-bound',
      x0: 300,
      x1: 600,
      xValue: 300,
    });
  });
  it('draws a range as a span and the words as bands over the span they imply', () => {
    assert.deepEqual(figureMark({ qualifier: 'range', low: 10, high: 100, unit: 'people' }, x, 0, 600), {
      kind: 'range',
      x0: 100,
      x1: 200,
      xValue: null,
    });
    const hundreds = figureMark({ qualifier: 'hundreds', unit: 'people' }, x, 0, 600);
    assert.equal(hundreds.kind, 'band');
    assert.equal(hundreds.x0, 200);
    assert.ok(hundreds.x1 > 299 && hundreds.x1 <= 300, 'hundreds ends at 999, just short of 1,000');
  });
});

describe('layoutFigures(estimates, options)', () => {
  for (const width of [340, 640]) {
    const l = layout(width);
    it(`at ${width} px: draws every estimate exactly once`, () => {
      assert.deepEqual(
        records(l)
          .map((r) => r.id)
          .sort(),
        content.estimates.map((e) => e.id).sort(),
      );
    });
    it(`at ${width} px: never puts percentages or salaries on the head-count scale`, () => {
      assert.deepEqual(
        l.panels.map((p) => p.unit),
        ['people', 'percent', 'usd-per-month'],
      );
      for (const p of l.panels) {
        for (const r of p.rows)
          if (r.type === 'record') assert.equal(content.estimates.find((e) => e.id === r.id)!.unit, p.unit);
      }
    });
    it(`at ${width} px: groups head-counts by measure in the order of MEASURES`, () => {
      const groups = l.panels[0].rows
        .filter((r) => r.type === 'group')
        .map((r) => (r.type === 'group' ? r.measure : ''));
      assert.deepEqual(
        groups,
        MEASURES.filter((m) => groups.includes(m)),
      );
      assert.ok(groups.includes('killed') && groups.includes('recruited'));
    });
    it(`at ${width} px: stacks rows without overlap and keeps every label and mark inside the drawing`, () => {
      let last = -Infinity;
      for (const p of l.panels) {
        for (const r of p.rows) {
          assert.ok(r.y >= last, `row ${r.type === 'record' ? r.id : r.label} starts above the previous one`);
          last = r.type === 'record' ? Math.max(r.markY + 6, r.noteY) : r.labelY;
          if (r.type !== 'record') continue;
          for (const line of r.lines)
            assert.ok(textWidth(line, 13) <= p.labelWidth && p.labelWidth <= width - 20, `"${line}" is too wide`);
          if (p.labelWidth < width - 20)
            assert.ok(10 + p.labelWidth < p.plot[0], 'the label column ends before the plot starts');
          assert.ok(r.mark.x0 >= p.plot[0] && r.mark.x1 <= p.plot[1]);
          const nw = textWidth(r.note, 11);
          const [n0, n1] = r.noteAnchor === 'start' ? [r.noteX, r.noteX + nw] : [r.noteX - nw, r.noteX];
          assert.ok(n0 >= 0 && n1 <= width, `note of ${r.id} leaves the drawing`);
          if (r.noteY === r.markY + 4)
            assert.ok(n1 <= r.mark.x0 - 5 || n0 >= r.mark.x1 + 5, `note of ${r.id} covers its mark`);
        }
      }
      assert.ok(l.height >= last);
    });
  }
  it('puts labels above marks on a phone and beside them on a wide screen', () => {
    const row = (w: number) => records(layout(w)).find((r) => r.id === 'allawi-around-5000')!;
    assert.ok(row(340).markY > row(340).labelY + 5, 'narrow: the mark is under its label');
    assert.ok(Math.abs(row(640).markY - (row(640).labelY - 4)) < 1, "wide: the mark is on its label's line");
    assert.ok(layout(640).height < layout(340).height, 'the wide drawing is shorter');
  });
  it('labels each figure with its qualified value and who says it, and marks contested ones in words', () => {
    const rows = records(layout(340));
    const allawi = rows.find((r) => r.id === 'allawi-around-5000')!;
    assert.ok(allawi.lines.join(' ').startsWith('around 5,000 · Hussein Allawi'));
    assert.equal(allawi.mark.kind, 'around');
    assert.match(allawi.note, /contested$/);
    const willing = rows.find((r) => r.id === 'kutrashev-thousands-willing')!;
    assert.doesNotMatch(willing.note, /contested/);
    assert.equal(willing.mark.kind, 'band');
  });
});
