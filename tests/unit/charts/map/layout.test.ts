import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clearLabel, layoutMap, loadCountries } from '../../../../src/charts/map/layout.ts';
import { loadChartContent } from '../../../../src/records/charts.ts';
import { textWidth } from '../../../../src/charts/shared/text.ts';
import { ROOT } from '../../../helpers/fixture.ts';

const places = loadChartContent(`${ROOT}/content`).places;
const world = loadCountries();

describe('clearLabel(at, w, boxes, width, height)', () => {
  it('keeps a label where it is when nothing is in the way', () => {
    assert.deepEqual(clearLabel({ x: 100, y: 100 }, 40, [], 300, 300), { x: 100, y: 100 });
  });
  it('moves a label off a box it would cover', () => {
    const box = { x0: 90, x1: 110, y0: 90, y1: 105 };
    const at = clearLabel({ x: 100, y: 100 }, 40, [box], 300, 300);
    assert.ok(at.y - 12 >= box.y1 || at.y + 3 <= box.y0 || at.x + 20 <= box.x0 || at.x - 20 >= box.x1);
  });
});

describe('layoutMap(countries, places, options)', () => {
  const variants = [
    { width: 340, height: 640, mapHeight: 420, inset: { x0: 1, y0: 426, x1: 339, y1: 639 } },
    { width: 640, height: 460, inset: { x0: 6, y0: 214, x1: 290, y1: 454 } },
  ];
  for (const opts of variants) {
    const { width, height, inset } = opts;
    const l = layoutMap(world, places, opts);
    const all = [...l.markers, ...l.inset.markers];
    it(`at ${width}×${height}: places every place with coordinates and lists the others instead`, () => {
      assert.deepEqual(
        all.map((m) => m.id).sort(),
        places
          .filter((p) => p.coordinates)
          .map((p) => p.id)
          .sort(),
      );
      assert.deepEqual(
        l.unplaced,
        places.filter((p) => !p.coordinates).map((p) => p.id),
      );
      assert.ok(l.unplaced.includes('southern-provinces'));
    });
    it(`at ${width}×${height}: puts Moscow north of Bakhmut, and in the Iraq inset Basra south-east of Baghdad`, () => {
      const at = (id: string) => all.find((m) => m.id === id)!;
      assert.ok(at('moscow').y < at('near-bakhmut').y);
      assert.deepEqual(l.inset.markers.map((m) => m.id).sort(), ['al-musayyab', 'baghdad', 'basra', 'najaf', 'wasit']);
      assert.ok(at('basra').y > at('baghdad').y && at('basra').x > at('baghdad').x);
      assert.ok(at('najaf').y > at('al-musayyab').y && at('al-musayyab').y > at('baghdad').y);
      // The main map still shows where the inset's places are, as dots inside the inset's outline.
      assert.deepEqual(l.dots.map((d) => d.id).sort(), l.inset.markers.map((m) => m.id).sort());
    });
    it(`at ${width}×${height}: keeps the inset's places and labels inside the inset`, () => {
      for (const m of l.inset.markers) {
        const w = textWidth(m.label, l.text.label) * 1.1;
        const [x0, x1] = m.anchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
        assert.ok(m.x > inset.x0 && m.x < inset.x1 && m.y > inset.y0 && m.y < inset.y1, m.label);
        assert.ok(
          x0 >= inset.x0 && x1 <= inset.x1 && m.labelY - l.text.label >= inset.y0 && m.labelY <= inset.y1,
          `${m.label} leaves the inset`,
        );
      }
    });
    it(`at ${width}×${height}: keeps dots and labels inside the map, with no two labels overlapping`, () => {
      const boxes = all.map((m) => {
        const w = textWidth(m.label, l.text.label) * 1.1;
        return {
          x0: m.anchor === 'start' ? m.labelX : m.labelX - w,
          x1: m.anchor === 'start' ? m.labelX + w : m.labelX,
          y0: m.labelY - l.text.label,
          y1: m.labelY + 2,
        };
      });
      for (const [i, b] of boxes.entries()) {
        assert.ok(b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height, `${all[i].label} leaves the map`);
        assert.ok(all[i].x >= 0 && all[i].x <= width && all[i].y >= 0 && all[i].y <= height);
        for (const c of boxes.slice(i + 1))
          assert.ok(
            b.x1 <= c.x0 || c.x1 <= b.x0 || b.y1 <= c.y0 || c.y1 <= b.y0,
            `${all[i].label} overlaps another label`,
          );
      }
    });
    it(`at ${width}×${height}: draws the countries the places are in, labelled, and clips the rest to the frame`, () => {
      const focus = l.countries
        .filter((c) => c.focus)
        .map((c) => c.name)
        .sort();
      assert.deepEqual(focus, ['Iraq', 'Russia', 'Ukraine']);
      assert.ok(l.countries.every((c) => c.d.length > 0));
      assert.ok(!l.countries.some((c) => c.name === 'Brazil'));
    });
  }
});

describe('layoutMap(countries, places, { lang: "ar" })', () => {
  const opts = { width: 640, height: 460, inset: { x0: 6, y0: 214, x1: 290, y1: 454 } };
  const en = layoutMap(world, places, opts);
  const ar = layoutMap(world, loadChartContent(`${ROOT}/content`, 'ar').places, { ...opts, lang: 'ar' as const });
  it('does not mirror the geography: every dot is where the English map has it', () => {
    assert.deepEqual(
      ar.markers.map((m) => [m.id, m.x, m.y]),
      en.markers.map((m) => [m.id, m.x, m.y]),
    );
    assert.deepEqual(ar.detailOutline, en.detailOutline);
  });
  it('sets labels at 14 units and starts them on the left of their dot where they fit (read leftwards from it)', () => {
    assert.equal(ar.text.label, 14);
    const all = [...ar.markers, ...ar.inset.markers];
    const left = all.filter((m) => m.anchor === 'end' && m.labelX < m.x).length;
    assert.ok(left > all.length / 2, `${left} of ${all.length} labels on the left`);
    const enLeft = [...en.markers, ...en.inset.markers].filter((m) => m.anchor === 'end').length;
    assert.ok(left > enLeft);
  });
  it("puts the inset's title at its right edge, anchored there", () => {
    assert.deepEqual(ar.insetTitle, { x: opts.inset.x1 - 6, y: opts.inset.y0 + 18, anchor: 'end' });
    assert.equal(en.insetTitle.anchor, 'start');
  });
});
