import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sourceNumberProblems } from '../../../../src/check/rules/source-numbers.ts';
import { memoryIndex } from '../../../helpers/problems.ts';

const source = (n?: number) => `${n === undefined ? '' : `number: ${n}\n`}outlet: X\n`;
const problems = (sources: Record<string, number | undefined>, retired: number[] = []) =>
  sourceNumberProblems(
    memoryIndex(Object.fromEntries(Object.entries(sources).map(([id, n]) => [`sources/${id}.yaml`, source(n)]))),
    retired,
  );

describe('sourceNumberProblems(index, retired)', () => {
  it('accepts sources with distinct numbers that are not retired', () => {
    assert.deepEqual(problems({ a: 1, b: 2, c: 4 }, [3]), []);
  });

  it('reports a missing number with the next free one, above every number in use', () => {
    const [p, ...rest] = problems({ a: 1, b: 2, new: undefined });
    assert.deepEqual(rest, []);
    assert.equal(p.file, 'content/sources/new.yaml');
    assert.equal(p.field, 'number');
    assert.match(p.fix, /^add "number: 3", the next free number/);
  });

  it('never offers a retired number as the next free one', () => {
    const [p] = problems({ a: 1, b: 2, new: undefined }, [3, 4]);
    assert.match(p.fix, /^add "number: 5"/);
  });

  it('gives two new sources different numbers', () => {
    assert.deepEqual(
      problems({ a: 1, x: undefined, y: undefined }).map((p) => p.fix.match(/number: (\d+)/)?.[1]),
      ['2', '3'],
    );
  });

  it('reports a number two sources share, on both files, naming the other', () => {
    const found = problems({ a: 1, b: 1, c: 2 });
    assert.deepEqual(
      found.map((p) => [p.file, p.message]),
      [
        [
          'content/sources/a.yaml',
          'is 1, which content/sources/b.yaml also has; expected a number no other source has',
        ],
        [
          'content/sources/b.yaml',
          'is 1, which content/sources/a.yaml also has; expected a number no other source has',
        ],
      ],
    );
    assert.match(found[0].fix, /"number: 3"/);
  });

  it('reports a retired number given again, with the next free one', () => {
    const [p, ...rest] = problems({ a: 1, b: 2 }, [2]);
    assert.deepEqual(rest, []);
    assert.equal(p.file, 'content/sources/b.yaml');
    assert.match(p.message, /^is 2, a retired number/);
    assert.match(p.fix, /^give "number: 3"/);
  });

  it('reports a number left by a removed source that is not listed as retired', () => {
    const [p, ...rest] = problems({ a: 1, c: 3, d: 4 });
    assert.deepEqual(rest, []);
    assert.equal(p.file, 'content/site.yaml');
    assert.equal(p.field, 'retiredSourceNumbers');
    assert.match(p.fix, /^add 2 to "retiredSourceNumbers:"/);
  });
});
