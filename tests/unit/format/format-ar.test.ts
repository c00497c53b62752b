import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatEstimate, formatDate, formatNumber } from '../../../src/format/format.ts';
import { parseFuzzyDate } from '../../../src/schema/dates.ts';

describe('formatNumber(n, "ar")', () => {
  it('writes Arabic-Indic digits with the Arabic thousands separator', () => {
    assert.equal(formatNumber(5000, 'ar'), '٥٬٠٠٠');
    assert.equal(formatNumber(600000, 'ar'), '٦٠٠٬٠٠٠');
  });
});

describe('formatEstimate(estimate, "ar")', () => {
  it('keeps the qualifier, in Arabic', () => {
    assert.equal(formatEstimate({ qualifier: 'around', value: 5000, unit: 'people' }, 'ar'), 'نحو ٥٬٠٠٠');
    assert.equal(formatEstimate({ qualifier: 'fewer-than', value: 5000, unit: 'people' }, 'ar'), 'أقل من ٥٬٠٠٠');
    assert.equal(formatEstimate({ qualifier: 'more-than', value: 5000, unit: 'people' }, 'ar'), 'أكثر من ٥٬٠٠٠');
    assert.equal(formatEstimate({ qualifier: 'hundreds', unit: 'people' }, 'ar'), 'المئات');
  });
  it('writes units as words, ranges with "إلى"', () => {
    assert.equal(
      formatEstimate({ qualifier: 'up-to', value: 2500, unit: 'usd-per-month' }, 'ar'),
      'ما يصل إلى ٢٬٥٠٠ دولار شهرياً',
    );
    assert.equal(formatEstimate({ qualifier: 'fewer-than', value: 5, unit: 'percent' }, 'ar'), 'أقل من ٥ في المئة');
    assert.equal(formatEstimate({ qualifier: 'range', low: 4, high: 5, unit: 'people' }, 'ar'), '٤ إلى ٥');
  });
  it('leaves English unchanged', () => {
    assert.equal(
      formatEstimate({ qualifier: 'up-to', value: 2500, unit: 'usd-per-month' }, 'en'),
      'up to $2,500 a month',
    );
  });
});

describe('formatDate(date, lang)', () => {
  const d = (s: string) => parseFuzzyDate(s);
  it('uses Iraqi month names and no thousands separator in years', () => {
    assert.equal(formatDate(d('2025-10-17'), 'ar'), '١٧ تشرين الأول ٢٠٢٥');
    assert.equal(formatDate(d('2025-09'), 'ar'), 'أيلول ٢٠٢٥');
    assert.equal(formatDate(d('2026-01'), 'ar'), 'كانون الثاني ٢٠٢٦');
    assert.equal(formatDate(d('2025'), 'ar'), '٢٠٢٥');
  });
  it('keeps exactly the precision of the source', () => {
    assert.equal(formatDate(d('late 2025'), 'ar'), 'أواخر ٢٠٢٥');
    assert.equal(formatDate(d('late 2025-12'), 'ar'), 'أواخر كانون الأول ٢٠٢٥');
    assert.equal(formatDate(d('undated'), 'ar'), 'غير مؤرَّخ');
    assert.equal(formatDate(d('late 2025-12'), 'en'), 'late December 2025');
  });
});
