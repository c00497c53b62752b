import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scaleLog } from 'd3';
import {
  AXIS_MAX,
  CARET,
  figureMark,
  fitTicks,
  isOffScale,
  layoutFigures,
  logDomain,
  powerLabel,
  type FigureRecordRow,
  type FiguresLayout,
} from '../../../../src/charts/figures/layout.ts';
import { minTextSize } from '../../../../src/charts/shared/text-size.ts';
import { PAD } from '../../../../src/charts/shared/metrics.ts';
import { loadChartContent } from '../../../../src/records/charts.ts';
import { textWidth } from '../../../../src/charts/shared/text.ts';
import { ui } from '../../../../src/i18n/ui.ts';
import { MEASURES } from '../../../../src/schema/records.ts';
import { ROOT } from '../../../helpers/fixture.ts';

const content = loadChartContent(`${ROOT}/content`);
const outlets = new Map([...content.sources].map(([id, s]) => [id, s.outlet]));
const layout = (width: number) => layoutFigures(content.estimates, { width, outlets, measureLabels: ui.en.measures });
const contentAr = loadChartContent(`${ROOT}/content`, 'ar');
const outletsAr = new Map([...contentAr.sources].map(([id, s]) => [id, s.outlet]));
const layoutAr = (width: number) =>
  layoutFigures(contentAr.estimates, { width, outlets: outletsAr, measureLabels: ui.ar.measures, lang: 'ar' });
const records = (l: FiguresLayout) =>
  l.panels.flatMap((p) => p.rows.filter((r): r is FigureRecordRow => r.type === 'record'));

describe('logDomain(values)', () => {
  it('encloses the values in powers of ten', () => {
    assert.deepEqual(logDomain([2, 50000]), [1, 1e5]);
    assert.deepEqual(logDomain([12, 999]), [10, 1000]);
  });
  it('ends at AXIS_MAX (100,000), leaving out values above it', () => {
    assert.equal(AXIS_MAX, 1e5);
    assert.deepEqual(logDomain([2, 9999, 600000]), [1, 1e4]);
    assert.deepEqual(logDomain([2, 50000, 600000]), [1, 1e5]);
  });
});

describe('isOffScale(e)', () => {
  it('is true only for a figure whose smallest value lies above AXIS_MAX', () => {
    assert.equal(isOffScale({ qualifier: 'around', value: 600000, unit: 'people' }), true);
    assert.equal(isOffScale({ qualifier: 'up-to', value: 50000, unit: 'people' }), false);
    assert.equal(isOffScale({ qualifier: 'thousands', unit: 'people' }), false);
  });
});

describe('fitTicks(ticks, size)', () => {
  it('keeps the labels that clear each other and blanks the rest, always keeping the last', () => {
    const t = (x: number, label: string) => ({ x, label, anchor: 'middle' as const });
    const out = fitTicks([t(0, 'aaaa'), t(20, 'bbbb'), t(60, 'cccc'), t(80, 'dddd')], 12);
    assert.deepEqual(
      out.map((x) => x.label),
      ['aaaa', '', '', 'dddd'],
    );
    assert.equal(out.length, 4, 'every tick keeps its grid line');
  });
});

describe('powerLabel(n)', () => {
  it('shortens thousands and millions', () => {
    assert.deepEqual([1, 100, 1000, 10000, 1e6].map(powerLabel), ['1', '100', '1k', '10k', '1M']);
  });
});

describe('figureMark(e, x, start, end)', () => {
  const x = scaleLog().domain([1, 1e5]).range([0, 500]);
  it('draws "exactly" and "around" as points of different kinds', () => {
    assert.deepEqual(figureMark({ qualifier: 'exactly', value: 100, unit: 'people' }, x, 0, 500), {
      kind: 'exact',
      x0: 200,
      x1: 200,
      xValue: 200,
      offScale: false,
    });
    assert.equal(figureMark({ qualifier: 'around', value: 100, unit: 'people' }, x, 0, 500).kind, 'around');
  });
  it('draws "fewer than" and "up to" as the value with a short caret towards the start, never across the axis', () => {
    for (const qualifier of ['fewer-than', 'up-to'] as const) {
      const m = figureMark({ qualifier, value: 1000, unit: 'people' }, x, 0, 500);
      assert.equal(m.kind, 'upper-bound');
      assert.equal(m.xValue, 300);
      assert.equal(m.x1, 300, 'nothing drawn above the stated value');
      assert.equal(m.x1 - m.x0, CARET, 'the caret is CARET long');
      assert.ok(CARET <= 12, 'a few units, not a span');
    }
  });
  it('draws "more than" as the value with a short caret towards the end of the scale', () => {
    const m = figureMark({ qualifier: 'more-than', value: 1000, unit: 'people' }, x, 0, 500);
    assert.deepEqual(m, { kind: 'lower-bound', x0: 300, x1: 300 + CARET, xValue: 300, offScale: false });
  });
  it('keeps a caret inside the plot at the end of the scale', () => {
    const m = figureMark({ qualifier: 'fewer-than', value: 2, unit: 'people' }, x, 0, 500);
    assert.ok(m.x0 >= 0 && m.x1 - m.x0 <= CARET);
  });
  it('draws a range as a span and the words as bands over the span they imply', () => {
    assert.deepEqual(figureMark({ qualifier: 'range', low: 10, high: 100, unit: 'people' }, x, 0, 500), {
      kind: 'range',
      x0: 100,
      x1: 200,
      xValue: null,
      offScale: false,
    });
    const hundreds = figureMark({ qualifier: 'hundreds', unit: 'people' }, x, 0, 500);
    assert.equal(hundreds.kind, 'band');
    assert.equal(hundreds.x0, 200);
    assert.ok(hundreds.x1 > 299 && hundreds.x1 <= 300, 'hundreds ends at 999, just short of 1,000');
  });
  it('draws a figure above the scale past its end, at the place given for it, not at its value', () => {
    const m = figureMark({ qualifier: 'around', value: 600000, unit: 'people' }, x, 0, 500, 522);
    assert.deepEqual(m, { kind: 'around', x0: 522, x1: 522, xValue: 522, offScale: true });
  });
});

describe('layoutFigures(estimates, options)', () => {
  for (const [lang, make] of [
    ['en', layout],
    ['ar', layoutAr],
  ] as const) {
    for (const width of [340, 640]) {
      const l = make(width);
      it(`${lang} at ${width} px: draws every estimate exactly once`, () => {
        assert.deepEqual(
          records(l)
            .map((r) => r.id)
            .sort(),
          content.estimates.map((e) => e.id).sort(),
        );
      });
      it(`${lang} at ${width} px: never puts percentages or salaries on the head-count scale`, () => {
        assert.deepEqual(
          l.panels.map((p) => p.unit),
          ['people', 'percent', 'usd-per-month'],
        );
        for (const p of l.panels) {
          for (const r of p.rows)
            if (r.type === 'record') assert.equal(content.estimates.find((e) => e.id === r.id)!.unit, p.unit);
        }
      });
      it(`${lang} at ${width} px: groups head-counts by measure in the order of MEASURES`, () => {
        const groups = l.panels[0].rows
          .filter((r) => r.type === 'group')
          .map((r) => (r.type === 'group' ? r.measure : ''));
        assert.deepEqual(
          groups,
          MEASURES.filter((m) => groups.includes(m)),
        );
        assert.ok(groups.includes('killed') && groups.includes('recruited'));
      });
      it(`${lang} at ${width} px: draws its text at the smallest size that reads where it shows, or larger`, () => {
        assert.ok(l.fontSize >= minTextSize(lang, width), `${l.fontSize} < ${minTextSize(lang, width)}`);
        assert.ok(l.line >= l.fontSize * 1.2, 'lines of a label do not touch');
      });
      it(`${lang} at ${width} px: ends the head-count axis at 100,000 and notes the 600,000 figure past a break`, () => {
        const p = l.panels[0];
        assert.equal(p.ticks.at(-1)!.x, p.plot[1], 'the last tick is the end of the scale');
        assert.equal(p.ticks.length, 6, '1, 10, 100, 1,000, 10,000 and 100,000');
        assert.ok(p.axisBreak !== null && p.axisBreak > p.plot[1], 'the axis breaks after its end');
        const off = records(l).filter((r) => r.mark.offScale);
        assert.deepEqual(
          off.map((r) => r.id),
          ['kutrashev-600000-russian-soldiers'],
        );
        assert.ok(off[0].mark.x0 > p.axisBreak!, 'the mark is drawn past the break, not on the scale');
        assert.match(off[0].lines.join(' '), lang === 'en' ? /600,000/ : /٦٠٠٬٠٠٠/, 'its label gives its value');
        assert.match(off[0].note, lang === 'en' ? /off the scale$/ : /خارج المقياس$/);
        for (const r of records(l).filter((r) => !r.mark.offScale))
          assert.ok(r.mark.x1 <= p.plot[1] || p.unit !== 'people', `${r.id} is on the scale`);
      });
      it(`${lang} at ${width} px: stacks rows without overlap and keeps every label and mark inside the drawing`, () => {
        const size = l.fontSize;
        let last = -Infinity;
        for (const p of l.panels) {
          const end = p.axisBreak === null ? p.plot[1] : p.plot[1] + 28;
          for (const r of p.rows) {
            assert.ok(r.y >= last, `row ${r.type === 'record' ? r.id : r.label} starts above the previous one`);
            last = r.type === 'record' ? Math.max(r.markY + 6, r.noteY) : r.labelY;
            if (r.type !== 'record') continue;
            for (const line of r.lines)
              assert.ok(
                textWidth(line, size) <= p.labelWidth && p.labelWidth <= width - 2 * PAD,
                `"${line}" is too wide`,
              );
            assert.ok(r.mark.x0 >= p.plot[0] && r.mark.x1 <= end, `mark of ${r.id} leaves the plot`);
            const nw = textWidth(r.note, size);
            const [n0, n1] = r.noteAnchor === 'start' ? [r.noteX, r.noteX + nw] : [r.noteX - nw, r.noteX];
            assert.ok(n0 >= 0 && n1 <= width, `note of ${r.id} leaves the drawing`);
            if (r.noteY < r.markY + size / 2)
              assert.ok(n1 <= r.mark.x0 - 5 || n0 >= r.mark.x1 + 5, `note of ${r.id} covers its mark`);
          }
        }
        assert.ok(l.height >= last);
      });
      it(`${lang} at ${width} px: puts the labels on the ${lang === 'en' ? 'left, anchored at their start' : 'right, anchored at their end'}`, () => {
        assert.equal(l.labelAnchor, lang === 'en' ? 'start' : 'end');
        assert.equal(l.labelX, lang === 'en' ? PAD : width - PAD);
        if (width < 560) return;
        // Wide: the label column and the plot are on opposite sides, the plot's end (and the break) before the column.
        for (const p of l.panels) {
          if (lang === 'en') assert.ok(PAD + p.labelWidth < p.plot[0], 'the label column ends before the plot starts');
          else {
            const end = p.axisBreak === null ? p.plot[1] : p.plot[1] + 28;
            assert.ok(end < width - PAD - p.labelWidth, 'the plot ends before the label column starts');
          }
        }
      });
    }
  }
  it('puts labels above marks on a phone and beside them on a wide screen', () => {
    const row = (w: number) => records(layout(w)).find((r) => r.id === 'allawi-around-5000')!;
    assert.ok(row(340).markY > row(340).labelY + 5, 'narrow: the mark is under its label');
    assert.ok(Math.abs(row(640).markY - row(640).labelY) < 8, "wide: the mark is on its label's line");
    assert.ok(layout(640).height < layout(340).height, 'the wide drawing is shorter');
  });
  it('keeps the scale rising to the right in Arabic: a figure sits where it does in English', () => {
    const en = records(layout(340));
    const ar = records(layoutAr(340));
    for (const r of en) assert.equal(ar.find((a) => a.id === r.id)!.mark.xValue, r.mark.xValue, r.id);
  });
  it('labels each figure with its qualified value and who says it, and marks contested ones in words', () => {
    const rows = records(layout(340));
    const media = rows.find((r) => r.id === 'media-up-to-50000')!;
    assert.ok(media.lines.join(' ').startsWith('as high as 50,000 · Unnamed media reports'));
    assert.equal(media.mark.kind, 'upper-bound');
    assert.match(media.note, /contested$/);
    const willing = rows.find((r) => r.id === 'kutrashev-thousands-willing')!;
    assert.doesNotMatch(willing.note, /contested/);
    assert.equal(willing.mark.kind, 'band');
  });
});
