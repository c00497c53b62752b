import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatEstimate, estimateInterval, formatNumber, formatDate } from '../../../src/format/format.ts';
import { formatFuzzyDate, parseFuzzyDate } from '../../../src/schema/dates.ts';

describe('formatEstimate(estimate)', () => {
  it('keeps the qualifier as part of the claim', () => {
    assert.equal(formatEstimate({ qualifier: 'around', value: 5000, unit: 'people' }), 'around 5,000');
    assert.equal(formatEstimate({ qualifier: 'fewer-than', value: 5000, unit: 'people' }), 'fewer than 5,000');
    assert.equal(formatEstimate({ qualifier: 'more-than', value: 5000, unit: 'people' }), 'more than 5,000');
    assert.equal(formatEstimate({ qualifier: 'exactly', value: 2, unit: 'people' }), '2');
  });
  it('writes ranges, words, percentages and salaries', () => {
    assert.equal(formatEstimate({ qualifier: 'range', low: 4, high: 5, unit: 'people' }), '4 to 5');
    assert.equal(formatEstimate({ qualifier: 'hundreds', unit: 'people' }), 'hundreds');
    assert.equal(formatEstimate({ qualifier: 'fewer-than', value: 5, unit: 'percent' }), 'fewer than 5%');
    assert.equal(formatEstimate({ qualifier: 'up-to', value: 2500, unit: 'usd-per-month' }), 'up to $2,500 a month');
  });
});

describe('estimateInterval(estimate)', () => {
  it('draws bounds as open intervals, not points', () => {
    assert.deepEqual(estimateInterval({ qualifier: 'fewer-than', value: 5000, unit: 'people' }), {
      low: null,
      high: 5000,
      point: null,
    });
    assert.deepEqual(estimateInterval({ qualifier: 'more-than', value: 5000, unit: 'people' }), {
      low: 5000,
      high: null,
      point: null,
    });
    assert.deepEqual(estimateInterval({ qualifier: 'around', value: 1400, unit: 'people' }), {
      low: 1400,
      high: 1400,
      point: 1400,
    });
    assert.deepEqual(estimateInterval({ qualifier: 'hundreds', unit: 'people' }), { low: 100, high: 999, point: null });
  });
  it('draws "a few" below "dozens", not inside it', () => {
    assert.deepEqual(estimateInterval({ qualifier: 'a-few', unit: 'people' }), { low: 2, high: 9, point: null });
    assert.equal(formatEstimate({ qualifier: 'a-few', unit: 'people' }), 'a few');
    assert.equal(formatEstimate({ qualifier: 'a-few', unit: 'people' }, 'ar'), 'قلّة');
  });
});

describe('formatNumber(n)', () => {
  it('groups thousands', () => assert.equal(formatNumber(600000), '600,000'));
});

describe('formatDate(date, "en")', () => {
  // English dates go through the same locale path as Arabic ones; they must still read exactly as the
  // content check's formatFuzzyDate writes them, at every precision.
  it('reads as formatFuzzyDate writes it', () => {
    for (const s of ['2025-10-17', '2025-09', 'late 2025-12', 'early 2026-01', '2025', 'mid 2025', 'undated']) {
      const d = parseFuzzyDate(s);
      assert.equal(formatDate(d, 'en'), formatFuzzyDate(d), s);
    }
  });
});
