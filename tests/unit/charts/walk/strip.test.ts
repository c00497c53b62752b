import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutStrip, STRIP, type StripInput } from '../../../../src/charts/walk/strip.ts';

const people = (id: string, e: Omit<StripInput, 'id' | 'unit'>): StripInput => ({ id, unit: 'people', ...e });
const ALL: StripInput[] = [
  people('two', { qualifier: 'exactly', value: 2 }),
  people('four-five', { qualifier: 'range', low: 4, high: 5 }),
  people('hundreds', { qualifier: 'hundreds' }),
  people('fewer-5000', { qualifier: 'fewer-than', value: 5000 }),
  people('more-5000', { qualifier: 'more-than', value: 5000 }),
  { id: 'returned', unit: 'percent', qualifier: 'fewer-than', value: 5 },
];
const W = 316; // 300 px of axis between the paddings

describe('layoutStrip(all, activeId, width)', () => {
  it('puts head counts on a log axis from 1 to 1,000,000, one decade per sixth', () => {
    const s = layoutStrip(ALL, 'two', W);
    assert.deepEqual(
      s.ticks.map((t) => t.label),
      ['1', '10', '100', '1k', '10k', '100k', '1m'],
    );
    assert.deepEqual(
      s.ticks.map((t) => t.x),
      [8, 58, 108, 158, 208, 258, 308],
    );
  });
  it('draws only figures of the same unit, the active one last', () => {
    const s = layoutStrip(ALL, 'hundreds', W);
    assert.equal(s.marks.length, 5);
    assert.deepEqual(s.marks.at(-1), { id: 'hundreds', x0: 108, x1: 158, point: false, active: true });
    assert.equal(s.marks.filter((m) => m.active).length, 1);
  });
  it('draws points as points, and open bounds to the end of the axis', () => {
    const s = layoutStrip(ALL, 'two', W);
    const by = new Map(s.marks.map((m) => [m.id, m]));
    assert.equal(by.get('two')!.point, true);
    assert.equal(by.get('two')!.x0, by.get('two')!.x1);
    assert.deepEqual([by.get('fewer-5000')!.x0, by.get('more-5000')!.x1], [STRIP.pad, W - STRIP.pad]);
  });
  it('puts percentages on their own 0–100 axis', () => {
    const s = layoutStrip(ALL, 'returned', W);
    assert.deepEqual(
      s.marks.map((m) => m.id),
      ['returned'],
    );
    assert.equal(s.ticks[0].label, '0%');
    assert.equal(s.ticks.at(-1)!.label, '100%');
    assert.deepEqual([s.marks[0].x0, s.marks[0].x1], [8, 23]);
  });
  it('refuses a figure it was not given', () => {
    assert.throws(() => layoutStrip(ALL, 'nope', W), /no figure "nope" among the 6 given/);
  });
});
