import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutStrip, peopleDomain, STRIP, type StripInput } from '../../../../src/charts/walk/strip.ts';

const people = (id: string, e: Omit<StripInput, 'id' | 'unit'>): StripInput => ({ id, unit: 'people', ...e });
const KILLED: StripInput[] = [
  people('two', { qualifier: 'exactly', value: 2 }),
  people('four-five', { qualifier: 'range', low: 4, high: 5 }),
];
const INVOLVED: StripInput[] = [
  people('hundreds', { qualifier: 'hundreds' }),
  people('more-5000', { qualifier: 'more-than', value: 5000 }),
];
const FIGHTING: StripInput[] = [
  people('around-1400', { qualifier: 'around', value: 1400 }),
  people('up-to-50000', { qualifier: 'up-to', value: 50000 }),
];
const SHARE: StripInput[] = [{ id: 'returned', unit: 'percent', qualifier: 'fewer-than', value: 5 }];
const W = 328; // 300 px of axis between the paddings

describe('peopleDomain(figures)', () => {
  it('spans the whole decades around the stated numbers', () => {
    assert.deepEqual(peopleDomain(KILLED), [1, 10]);
    assert.deepEqual(peopleDomain(FIGHTING), [1000, 100000]);
  });
  it('adds a decade where a bound is open towards an edge it sits near', () => {
    // "more than 5,000" would end at 10,000; its caret needs the next decade.
    assert.deepEqual(peopleDomain(INVOLVED), [100, 100000]);
    assert.deepEqual(peopleDomain([people('fewer-20', { qualifier: 'fewer-than', value: 20 })]), [1, 100]);
  });
  it('gives one figure a decade of its own', () => {
    assert.deepEqual(peopleDomain([people('ten', { qualifier: 'exactly', value: 10 })]), [10, 100]);
  });
});

describe('layoutStrip(figures, width, labels, activeId)', () => {
  it('draws each group on its own scale: a group within one decade gets 1, 2 and 5 ticks', () => {
    const s = layoutStrip(KILLED, W);
    assert.deepEqual(
      s.ticks.map((t) => t.label),
      ['1', '2', '5', '10'],
    );
    assert.deepEqual([s.ticks[0].x, s.ticks.at(-1)!.x], [STRIP.pad, W - STRIP.pad]);
  });
  it('ticks only the decades of a group spanning two or more', () => {
    const s = layoutStrip(INVOLVED, W);
    assert.deepEqual(
      s.ticks.map((t) => [t.label, t.x]),
      [
        ['100', 14],
        ['1k', 114],
        ['10k', 214],
        ['100k', 314],
      ],
    );
  });
  it('gives each figure a row of its own, in the order given', () => {
    const s = layoutStrip(FIGHTING, W);
    assert.deepEqual(
      s.marks.map((m) => m.id),
      ['around-1400', 'up-to-50000'],
    );
    assert.equal(s.marks[1].y - s.marks[0].y, STRIP.row);
    assert.ok(s.marks[0].y > s.axisY);
    assert.equal(s.height, STRIP.axisY + 2 * STRIP.row + 4);
  });
  it('names the shape of each mark by how its number is qualified', () => {
    const shapes = (g: StripInput[]) => layoutStrip(g, W).marks.map((m) => m.shape);
    assert.deepEqual(shapes(KILLED), ['exact', 'range']);
    assert.deepEqual(shapes(INVOLVED), ['vague', 'above']);
    assert.deepEqual(shapes(FIGHTING), ['around', 'below']);
  });
  it('draws a bound at its number with a short caret towards the open side, not a bar to the edge', () => {
    const [more] = layoutStrip(INVOLVED, W).marks.slice(1);
    // 5,000 on a 100–100,000 log axis of 300 px: 14 + 300 × log10(50) / 3.
    assert.equal(more.x0, 183.9);
    assert.equal(more.x1, more.x0);
    assert.equal(more.caret, `M183.9 ${more.y}H192.9M188.9 ${more.y - 4}L192.9 ${more.y}L188.9 ${more.y + 4}`);
    const below = layoutStrip(FIGHTING, W).marks[1];
    assert.match(below.caret!, new RegExp(`^M${below.x0} ${below.y}H${below.x0 - STRIP.caret}`));
    assert.equal(layoutStrip(KILLED, W).marks[0].caret, null);
  });
  it('spans a range or a word for an amount from its low to its high end', () => {
    const [hundreds] = layoutStrip(INVOLVED, W).marks;
    assert.deepEqual([hundreds.x0, hundreds.x1], [14, 114]);
  });
  it('lights only the given figure, and none for the pinned viewer', () => {
    assert.deepEqual(
      layoutStrip(KILLED, W, undefined, 'four-five').marks.map((m) => m.active),
      [false, true],
    );
    assert.ok(layoutStrip(KILLED, W).marks.every((m) => !m.active));
  });
  it('puts percentages on their own 0–100 axis', () => {
    const s = layoutStrip(SHARE, W);
    assert.equal(s.ticks[0].label, '0%');
    assert.equal(s.ticks.at(-1)!.label, '100%');
    assert.equal(s.marks[0].x0, 29);
  });
  it('writes ticks with the labels it is given', () => {
    const s = layoutStrip(KILLED, W, { power: (v) => `<${v}>`, percent: String, usd: String });
    assert.equal(s.ticks[1].label, '<2>');
  });
  it('refuses a group that mixes units, or a figure it was not given', () => {
    assert.throws(
      () => layoutStrip([...KILLED, ...SHARE], W),
      /"returned" is in percent, the group's first figure in people/,
    );
    assert.throws(() => layoutStrip(KILLED, W, undefined, 'nope'), /no figure "nope" among the 2 given/);
    assert.throws(() => layoutStrip([], W), /at least one figure/);
  });
});
