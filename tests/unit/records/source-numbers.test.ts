import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextSourceNumber, numberCitations } from '../../../src/records/source-numbers.ts';
import { sourceNumberProblems } from '../../../src/check/rules/source-numbers.ts';
import { memoryIndex } from '../../helpers/problems.ts';

/** The sources of a small content, by id, with their numbers. */
const SOURCES: Record<string, number> = { first: 1, second: 2, third: 3 };

describe('numberCitations(cited, numberOf)', () => {
  it("numbers a page's citations by the sources' own numbers, in number order, whatever the order of citation", () => {
    const refs = numberCitations(['third', 'first', 'third'], (id) => SOURCES[id]);
    assert.deepEqual(
      [...refs],
      [
        ['first', 1],
        ['third', 3],
      ],
    );
  });

  it('gives a source the same number on every page, however many others each page cites', () => {
    const a = numberCitations(['second', 'third'], (id) => SOURCES[id]);
    const b = numberCitations(['first', 'third', 'second'], (id) => SOURCES[id]);
    assert.equal(a.get('third'), b.get('third'));
    assert.equal(a.get('second'), b.get('second'));
  });

  it('changes no existing number when a new source is added and cited first on the page', () => {
    const page = ['second', 'first', 'third'];
    const before = numberCitations(page, (id) => SOURCES[id]);
    // The new source takes the next free number, as the content check tells its author.
    const texts = Object.fromEntries(
      Object.entries(SOURCES).map(([id, n]) => [`sources/${id}.yaml`, `number: ${n}\noutlet: X\n`]),
    );
    const [missing] = sourceNumberProblems(memoryIndex({ ...texts, 'sources/added.yaml': 'outlet: Y\n' }), []);
    const given = Number(missing.fix.match(/"number: (\d+)"/)?.[1]);
    assert.equal(given, 4);
    const withNew: Record<string, number> = { ...SOURCES, added: given };
    const after = numberCitations(['added', ...page], (id) => withNew[id]);
    for (const [id, n] of before) assert.equal(after.get(id), n, `${id} changed its number`);
    assert.equal(after.get('added'), 4);
  });

  it('stops with the fix when a cited source has no number', () => {
    assert.throws(() => numberCitations(['first', 'nameless'], (id) => SOURCES[id]), /nameless\.yaml has no "number:"/);
  });
});

describe('nextSourceNumber(used, retired)', () => {
  it('is one above the highest number in use', () => {
    assert.equal(nextSourceNumber([1, 2, 3]), 4);
  });
  it('never gives back a retired number, even the highest', () => {
    assert.equal(nextSourceNumber([1, 2], [3]), 4);
  });
  it('does not fill a gap left by a retired number', () => {
    assert.equal(nextSourceNumber([1, 3], [2]), 4);
  });
  it('is 1 when there is no source yet', () => {
    assert.equal(nextSourceNumber([]), 1);
  });
});
