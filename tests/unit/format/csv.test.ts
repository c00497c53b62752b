import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csvField, toCsv, parseCsv } from '../../../src/format/csv.ts';

describe('csvField(value)', () => {
  it('leaves plain text alone', () => assert.equal(csvField('Kurdistan24 (Erbil)'), 'Kurdistan24 (Erbil)'));
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    assert.equal(csvField('around 5,000'), '"around 5,000"');
    assert.equal(csvField('"fewer than 5,000"'), '"""fewer than 5,000"""');
    assert.equal(csvField('a\nb'), '"a\nb"');
  });
  it('writes empty cells for missing values and keeps numbers and booleans', () => {
    assert.equal(csvField(undefined), '');
    assert.equal(csvField(null), '');
    assert.equal(csvField(5000), '5000');
    assert.equal(csvField(false), 'false');
  });
});

describe('toCsv(columns, rows) and parseCsv(text)', () => {
  const rows = [
    { id: 'a', figure: 'around 5,000', note: 'said "about"\r\non TV', n: 5000 },
    { id: 'b', figure: 'hundreds', note: undefined, n: null },
    { id: 'c', figure: 'عراقيون', note: '', n: 0 },
  ];
  const csv = toCsv(['id', 'figure', 'note', 'n'], rows);
  it('starts with a byte order mark and ends lines with CRLF', () => {
    assert.ok(csv.startsWith('\ufeffid,figure,note,n\r\n'));
    assert.ok(csv.endsWith('\r\n'));
  });
  it('round-trips through the parser, quotes, commas, line breaks and Arabic included', () => {
    assert.deepEqual(parseCsv(csv), [
      { id: 'a', figure: 'around 5,000', note: 'said "about"\r\non TV', n: '5000' },
      { id: 'b', figure: 'hundreds', note: '', n: '' },
      { id: 'c', figure: 'عراقيون', note: '', n: '0' },
    ]);
  });
  it('rejects a line with the wrong number of fields', () =>
    assert.throws(() => parseCsv('a,b\r\n1\r\n'), /line 2 has 1 fields/));
  it('rejects an unterminated quote', () => assert.throws(() => parseCsv('a\r\n"x'), /inside a quoted field/));
});

describe('toCsv(columns, rows) against the golden file', () => {
  // tests/golden/format/csv.csv was written by the hand-made writer before d3-dsv replaced it: the
  // downloads readers get must stay byte for byte the same (BOM, CRLF, quoting).
  const golden = readFileSync(new URL('../../golden/format/csv.csv', import.meta.url), 'utf8');
  const columns = ['id', 'figure', 'note', 'n', 'flag', 'empty'];
  const rows = [
    { id: 'plain', figure: 'around 5,000', note: 'said "about"\r\non TV', n: 5000, flag: true, empty: undefined },
    { id: 'quotes', figure: '"fewer than 5,000"', note: 'line\nbreak', n: 0, flag: false, empty: null },
    { id: 'arabic', figure: 'عراقيون، ٥٬٠٠٠', note: '', n: -2.5, flag: null, empty: '' },
    { id: 'spaces', figure: ' leading and trailing ', note: 'cr\ronly', n: 1e21, flag: undefined, empty: 'x,y' },
  ];
  it('writes exactly the stored bytes', () => assert.equal(toCsv(columns, rows), golden));
  it('reads the stored file back', () => assert.equal(parseCsv(golden)[2].figure, 'عراقيون، ٥٬٠٠٠'));
});
