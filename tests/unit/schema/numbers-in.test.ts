import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { numbersIn, numbersInArabic } from '../../../src/schema/records.ts';

describe('numbersIn(text)', () => {
  it('reads numerals with thousands separators, percentages and dollar amounts', () => {
    assert.deepEqual(numbersIn('closer to 1,400'), [1400]);
    assert.deepEqual(numbersIn('as high as 50,000'), [50000]);
    assert.deepEqual(numbersIn('fewer than 5%'), [5]);
    assert.deepEqual(numbersIn('up to $2,500 per month'), [2500]);
  });
  it('reads small number words, so a wording in words can be compared', () => {
    assert.deepEqual(numbersIn('only four or five'), [4, 5]);
    assert.deepEqual(numbersIn('two Iraqi nationals'), [2]);
    assert.deepEqual(numbersIn('hundreds'), []);
  });
});

describe('numbersInArabic(text)', () => {
  it('reads Arabic-Indic digits with the Arabic thousands separator', () => {
    assert.deepEqual(numbersInArabic('أقرب إلى ١٬٤٠٠'), [1400]);
    assert.deepEqual(numbersInArabic('أقل من ٥٪'), [5]);
  });
  it('reads the small Arabic number words, and not the plural of tens', () => {
    assert.deepEqual(numbersInArabic('أربعة أو خمسة فقط'), [4, 5]);
    assert.deepEqual(numbersInArabic('عراقيان اثنان'), [2]);
    assert.deepEqual(numbersInArabic('عشرات'), []);
  });
});
