import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { placeBeside, spread } from '../../../../src/charts/shared/place.ts';
import { textWidth, wrapText } from '../../../../src/charts/shared/text.ts';

describe('placeBeside(markStart, markEnd, w, plotStart, plotEnd)', () => {
  it('puts the label after the mark when it fits', () => {
    assert.deepEqual(placeBeside(10, 50, 40, 0, 200), { x: 56, anchor: 'start' });
  });
  it('puts the label before the mark when only that side has room', () => {
    assert.deepEqual(placeBeside(150, 190, 40, 0, 200), { x: 144, anchor: 'end' });
  });
  it('returns null when neither side has room, so the caller moves the label to its own line', () => {
    assert.equal(placeBeside(20, 180, 40, 0, 200), null);
  });
});

describe('spread(want, size, min, max)', () => {
  it('leaves labels that do not overlap where they want to be', () => {
    assert.deepEqual(spread([10, 40, 70], 15, 0, 100), [10, 40, 70]);
  });
  it('pushes overlapping labels apart by at least their size, in the input order', () => {
    const out = spread([50, 45, 52], 15, 0, 200);
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i] - sorted[i - 1] >= 15);
    assert.ok(out[1] < out[0] && out[0] < out[2], 'the label that wanted to be highest stays highest');
  });
  it('pulls labels back inside the maximum', () => {
    const out = spread([95, 96, 97], 15, 0, 100);
    assert.equal(Math.max(...out), 100);
    assert.deepEqual(out, [70, 85, 100]);
  });
});

describe('wrapText(text, maxWidth, size)', () => {
  it('keeps every line within the width', () => {
    const text = 'up to $3,000 a month · Media outlets, as cited by Shafaq News';
    const lines = wrapText(text, 200, 13);
    assert.ok(lines.length > 1);
    for (const l of lines) assert.ok(textWidth(l, 13) <= 200, l);
    assert.equal(lines.join(' '), text);
  });
  it('keeps a word longer than the width on a line of its own rather than cutting it', () => {
    assert.deepEqual(wrapText('a Supercalifragilistic b', 40, 13), ['a', 'Supercalifragilistic', 'b']);
  });
});
