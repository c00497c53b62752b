// The bench's printed table (bench/table.ts): units, ratios, missing values and alignment.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatTable, kb, withRatio, type Row } from '../../../bench/table.ts';

const row: Row = {
  page: '/',
  transferBytes: 68915,
  scrollBytes: 70000,
  perf: 87,
  a11y: 100,
  bp: 100,
  seo: 100,
  tbtMs: 508.4,
  lcpMs: 1480,
  cls: 0,
  elements: 4397,
  verdict: 'ok',
};

describe('kb() and withRatio()', () => {
  it('writes KB of 1,024 bytes with one decimal', () => assert.equal(kb(68915), '67.3 KB'));
  it('writes a dash for a value not measured', () => assert.equal(kb(null), '–'));
  it('gives the ratio to the reference with two decimals', () =>
    assert.equal(withRatio(67584, 70554), '66.0 KB (0.96×)'));
  it('leaves the ratio out when there is no reference', () => assert.equal(withRatio(67584, null), '66.0 KB'));
});

describe('formatTable()', () => {
  const lines = formatTable(
    [row, { ...row, page: 'hand-written floor', tbtMs: null, elements: null, verdict: '' }],
    70000,
  ).split('\n');
  it('has a header, a rule and one line per row', () => {
    assert.equal(lines.length, 4);
    assert.match(lines[0], /^page +transfer +after scroll \(× Starlight\) +perf/);
    assert.match(lines[1], /^─+ {2}─+/);
  });
  it('prints the issue’s columns: transfer, ratio to Starlight, perf, TBT, LCP, elements', () => {
    assert.match(lines[2], /67\.3 KB +68\.4 KB \(1\.00×\) +87 +100 +100 +100 +508 ms +1,480 ms +0\.000 +4,397 +ok$/);
  });
  it('right-aligns numbers, so the columns end together', () => {
    // The TBT column: "508 ms" in the first row, a dash in the second, both ending where LCP's gap starts.
    const end = lines[2].indexOf('508 ms') + '508 ms'.length;
    assert.equal(lines[3].indexOf('  1,480 ms'), end);
    assert.equal(lines[3][end - 1], '–');
  });
  it('writes a dash for what was not measured', () => assert.match(lines[3], / – +1,480 ms +0\.000 +–$/));
});
