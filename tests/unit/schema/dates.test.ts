import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFuzzyDate, formatFuzzyDate, compareFuzzyDates } from '../../../src/schema/dates.ts';

describe('parseFuzzyDate(input)', () => {
  it('reads a day, a month and a year with their spans', () => {
    assert.deepEqual(parseFuzzyDate('2025-10-17'), {
      raw: '2025-10-17',
      precision: 'day',
      start: '2025-10-17',
      end: '2025-10-17',
      year: 2025,
      month: 10,
      day: 17,
    });
    const m = parseFuzzyDate('2025-09');
    assert.equal(m.precision, 'month');
    assert.equal(m.start, '2025-09-01');
    assert.equal(m.end, '2025-09-30');
    const y = parseFuzzyDate('2023');
    assert.deepEqual([y.precision, y.start, y.end], ['year', '2023-01-01', '2023-12-31']);
  });
  it('reads parts of a year and of a month', () => {
    const late = parseFuzzyDate('late 2025');
    assert.deepEqual([late.precision, late.start, late.end], ['part-of-year', '2025-09-01', '2025-12-31']);
    const lateDec = parseFuzzyDate('late 2025-12');
    assert.deepEqual([lateDec.precision, lateDec.start, lateDec.end], ['part-of-month', '2025-12-21', '2025-12-31']);
  });
  it('knows February in leap and common years', () => {
    assert.equal(parseFuzzyDate('2024-02').end, '2024-02-29');
    assert.throws(() => parseFuzzyDate('2025-02-29'), /has day 29, but that month has 28 days/);
  });
  it('rejects impossible months and unknown formats with what was expected', () => {
    assert.throws(() => parseFuzzyDate('2025-13'), /month 13, which does not exist/);
    assert.throws(
      () => parseFuzzyDate('December 2025'),
      (e: Error & { expected?: string }) => /not a date/.test(e.message) && /"2025-09"/.test(e.expected ?? ''),
    );
    assert.throws(() => parseFuzzyDate('late 2025-12-01'), /before an exact day/);
    assert.throws(() => parseFuzzyDate(undefined), /is missing/);
  });
  it('accepts "undated" and YAML dates', () => {
    assert.equal(parseFuzzyDate('undated').precision, 'undated');
    assert.equal(parseFuzzyDate(new Date('2025-10-17T00:00:00Z')).start, '2025-10-17');
  });
});

describe('formatFuzzyDate(date)', () => {
  it('never adds precision the date does not have', () => {
    assert.equal(formatFuzzyDate(parseFuzzyDate('2025-12-19')), '19 December 2025');
    assert.equal(formatFuzzyDate(parseFuzzyDate('2025-09')), 'September 2025');
    assert.equal(formatFuzzyDate(parseFuzzyDate('late 2025')), 'late 2025');
    assert.equal(formatFuzzyDate(parseFuzzyDate('late 2025-12')), 'late December 2025');
    assert.equal(formatFuzzyDate(parseFuzzyDate('undated')), 'undated');
  });
});

describe('compareFuzzyDates(a, b)', () => {
  it('orders by earliest possible day and puts undated last', () => {
    const dates = ['undated', '2025-12-19', '2022-09', 'late 2025', '2025'].map(parseFuzzyDate);
    assert.deepEqual(
      dates.sort(compareFuzzyDates).map((d) => d.raw),
      ['2022-09', '2025', 'late 2025', '2025-12-19', 'undated'],
    );
  });
});
