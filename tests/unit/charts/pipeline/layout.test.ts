import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutBoxes, layoutPipeline, type PipelineInput } from '../../../../src/charts/pipeline/layout.ts';
import { textWidth } from '../../../../src/charts/shared/text.ts';

const input: PipelineInput = {
  channels: [
    { id: 'c1', label: 'TikTok and Telegram' },
    { id: 'c2', label: 'Local intermediaries' },
    { id: 'c3', label: 'Travel offices' },
  ],
  promises: [
    { id: 'p1', label: 'A monthly salary' },
    { id: 'p2', label: 'Citizenship or residency' },
  ],
  salaries: [
    {
      id: 's1',
      qualifier: 'up-to',
      value: 2500,
      unit: 'usd-per-month',
      who: 'Recruiters on TikTok and Telegram',
      outlet: 'Noon Post',
    },
    { id: 's2', qualifier: 'up-to', value: 3000, unit: 'usd-per-month', who: 'Intermediaries', outlet: 'Shafaq News' },
  ],
  outcome: {
    id: 'o',
    qualifier: 'fewer-than',
    value: 5,
    unit: 'percent',
    who: 'Iraqi intelligence',
    outlet: 'Noon Post',
    rest: 'The other squares stand for recruits who have not returned alive.',
  },
};

describe('layoutBoxes(items, y, width, cols)', () => {
  it('fills rows of `cols` boxes that fit the width, each row as tall as its tallest label', () => {
    const { boxes, bottom } = layoutBoxes(input.channels, 0, 340, 2);
    assert.equal(boxes.length, 3);
    assert.equal(boxes[0].y, boxes[1].y);
    assert.ok(boxes[2].y > boxes[0].y);
    for (const b of boxes) {
      assert.ok(b.x >= 0 && b.x + b.w <= 340);
      for (const l of b.lines) assert.ok(textWidth(l, 13) <= b.w - 16, l);
    }
    assert.equal(bottom, boxes[2].y + boxes[2].h);
  });
});

describe('layoutPipeline(input, width)', () => {
  for (const width of [340, 640]) {
    const l = layoutPipeline(input, width);
    it(`at ${width} px: flows channels → promises → outcome downwards, with an arrow between steps`, () => {
      assert.deepEqual(
        l.stages.map((s) => s.title.split(':')[0]),
        ['1. Channels', '2. Promises', '3. Outcome'],
      );
      assert.equal(l.arrows.length, 2);
      const ys = l.stages.map((s) => s.titleY);
      assert.deepEqual(
        ys,
        [...ys].sort((a, b) => a - b),
      );
    });
    it(`at ${width} px: draws the salary offers to scale from zero`, () => {
      const [a, b] = l.salaries.rows.map((r) => r.mark);
      assert.equal(a.kind, 'upper-bound');
      const zero = l.salaries.plot[0];
      assert.ok(Math.abs((a.xValue! - zero) / (b.xValue! - zero) - 2500 / 3000) < 0.01);
    });
    it(`at ${width} px: draws 100 squares and outlines exactly the stated share as a bound, no more`, () => {
      assert.equal(l.outcome.cells.length, 100);
      assert.equal(l.outcome.cells.filter((c) => c.marked).length, 5);
      assert.equal(l.outcome.marked, 5);
      assert.equal(l.outcome.labels[0].text.startsWith('Fewer than 5 in 100'), true);
      assert.ok(
        l.outcome.labels.every((t) => !/95|killed/.test(t.text) || /not say/.test(t.text)),
        'never reads the rest as killed',
      );
      for (const t of l.outcome.labels) assert.ok(t.x + textWidth(t.text, 13) * (t.strong ? 1.1 : 1) <= width, t.text);
      assert.ok(l.height >= Math.max(...l.outcome.labels.map((t) => t.y)));
    });
  }
  it('puts the outcome labels beside the squares when wide and under them when narrow', () => {
    const grid = (w: number) => layoutPipeline(input, w).outcome;
    assert.ok(grid(640).labels[0].x > grid(640).cells[9].x);
    assert.ok(grid(340).labels[0].y > grid(340).cells[99].y);
  });
});
