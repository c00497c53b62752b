import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  layoutBoxes,
  layoutPipeline,
  squaresPath,
  type PipelineInput,
} from '../../../../src/charts/pipeline/layout.ts';
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
      assert.equal(b.textX, b.x + 8);
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
    it(`at ${width} px: draws 100 squares: the bound's share hatched but its last square dashed, the rest faint`, () => {
      assert.equal(l.outcome.cells.length, 100);
      const count = (state: string) => l.outcome.cells.filter((c) => c.state === state).length;
      // "fewer than 5": four squares within the bound, the fifth its open edge, 95 faint outlines.
      assert.deepEqual([count('within'), count('edge'), count('rest')], [4, 1, 95]);
      assert.equal(l.outcome.marked, 5);
      assert.equal(l.outcome.labels[0].text.startsWith('Fewer than 5 in 100'), true);
      assert.ok(
        l.outcome.labels.some((t) => /bound, not a count/.test(t.text)),
        'says the squares are a bound',
      );
      assert.ok(
        l.outcome.labels.every((t) => !/95|killed/.test(t.text) || /not say/.test(t.text)),
        'never reads the rest as killed',
      );
      for (const t of l.outcome.labels)
        assert.ok(t.x + textWidth(t.text, l.text.label) * (t.strong ? 1.1 : 1) <= width, t.text);
      assert.ok(l.height >= Math.max(...l.outcome.labels.map((t) => t.y)));
    });
  }
  it('puts the outcome labels beside the squares when wide and under them when narrow', () => {
    const grid = (w: number) => layoutPipeline(input, w).outcome;
    assert.ok(grid(640).labels[0].x > grid(640).cells[9].x);
    assert.ok(grid(340).labels[0].y > grid(340).cells[99].y);
  });
});

describe('layoutBoxes(items, y, width, cols, rtl)', () => {
  it('right to left, puts the first box of each row rightmost and starts its label at its right edge', () => {
    const ltr = layoutBoxes(input.channels, 0, 340, 2).boxes;
    const rtl = layoutBoxes(input.channels, 0, 340, 2, true).boxes;
    assert.ok(rtl[0].x > rtl[1].x, 'the first box is right of the second');
    // A mirror image of the left-to-right row: same widths, same rows, x reflected about the middle.
    for (const [i, b] of rtl.entries()) {
      assert.equal(b.y, ltr[i].y);
      assert.ok(Math.abs(b.x + b.w - (340 - ltr[i].x)) < 0.2, `box ${i} mirrors its left-to-right place`);
      assert.ok(Math.abs(b.textX - (b.x + b.w - 8)) < 0.2);
    }
    // The third box starts the second row, on the right.
    assert.ok(Math.abs(rtl[2].x - rtl[0].x) < 0.2);
  });
});

describe('layoutPipeline(input, width, "ar")', () => {
  for (const width of [340, 640]) {
    const en = layoutPipeline(input, width, 'en');
    const ar = layoutPipeline(input, width, 'ar');
    it(`at ${width} px: aligns every label column on the right edge, set at 14 units (13 in English)`, () => {
      assert.deepEqual(ar.edge, { x: width - 10, anchor: 'end' });
      assert.deepEqual(en.edge, { x: 10, anchor: 'start' });
      assert.equal(ar.text.label, 14);
      assert.equal(en.text.label, 13);
    });
    it(`at ${width} px: fills the squares from the right, the first square rightmost`, () => {
      const first = ar.outcome.cells[0];
      const row = ar.outcome.cells.slice(0, 10);
      assert.equal(first.x, Math.max(...row.map((c) => c.x)));
      assert.ok(en.outcome.cells[0].x < en.outcome.cells[1].x);
      // The squares within the share, and the bound's edge after them, run leftwards from the right.
      const marked = ar.outcome.cells.filter((c) => c.state !== 'rest');
      assert.deepEqual(
        marked.map((c) => c.state),
        ['within', 'within', 'within', 'within', 'edge'],
      );
      assert.ok(marked.every((c, i) => i === 0 || c.x < marked[i - 1].x));
      assert.ok(first.x + ar.outcome.size <= width - 10 + 0.01);
    });
    it(`at ${width} px: keeps the salary scale rising to the right (decision 0002)`, () => {
      assert.deepEqual(ar.salaries.plot, en.salaries.plot);
      assert.ok(ar.salaries.ticks[0].x < ar.salaries.ticks.at(-1)!.x);
    });
  }
  it('puts the Arabic outcome labels to the left of the squares when wide, right-aligned', () => {
    const o = layoutPipeline(input, 640, 'ar').outcome;
    const left = Math.min(...o.cells.map((c) => c.x));
    assert.ok(o.labels.every((t) => t.x < left));
  });
});

describe('squaresPath(cells, size)', () => {
  it('draws each square as one closed subpath of one path', () => {
    assert.equal(
      squaresPath(
        [
          { x: 0, y: 0 },
          { x: 17, y: 0 },
        ],
        14,
      ),
      'M0 0h14v14h-14ZM17 0h14v14h-14Z',
    );
  });
});
