import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatCountedEstimate } from '../../../src/format/format.ts';

describe('formatCountedEstimate(e, noun, lang, case): the figure with the noun it counts', () => {
  it('English: a number takes the singular or plural by Intl.PluralRules', () => {
    assert.equal(
      formatCountedEstimate({ qualifier: 'around', value: 5000, unit: 'people', wording: 'around 5,000' }, 'iraqis'),
      'around 5,000 Iraqis',
    );
    assert.equal(
      formatCountedEstimate({ qualifier: 'exactly', value: 1, unit: 'people', wording: 'one' }, 'iraqis'),
      'one Iraqi',
    );
  });
  it('English: a word for an amount takes "of", except "a few"; a percentage takes "of"', () => {
    assert.equal(
      formatCountedEstimate({ qualifier: 'hundreds', unit: 'people', wording: 'hundreds' }, 'iraqis'),
      'hundreds of Iraqis',
    );
    assert.equal(
      formatCountedEstimate({ qualifier: 'a-few', unit: 'people', wording: 'only a few' }, 'iraqis'),
      'only a few Iraqis',
    );
    assert.equal(
      formatCountedEstimate(
        { qualifier: 'fewer-than', value: 5, unit: 'percent', wording: 'fewer than 5%' },
        'recruits',
      ),
      'fewer than 5% of recruits',
    );
  });
  it('Arabic: 11–99 take the singular accusative, hundreds and thousands the singular', () => {
    assert.equal(
      formatCountedEstimate(
        { qualifier: 'more-than', value: 150, unit: 'people', wording: 'أكثر من ١٥٠' },
        'foreign-nationals',
        'ar',
      ),
      'أكثر من ١٥٠ أجنبياً',
    );
    assert.equal(
      formatCountedEstimate({ qualifier: 'around', value: 5000, unit: 'people', wording: 'نحو ٥٬٠٠٠' }, 'iraqis', 'ar'),
      'نحو ٥٬٠٠٠ عراقي',
    );
  });
  it('Arabic: a range counts by its high end, and the noun comes before «فقط»', () => {
    assert.equal(
      formatCountedEstimate(
        { qualifier: 'range', low: 4, high: 5, unit: 'people', wording: 'أربعة أو خمسة فقط' },
        'iraqis',
        'ar',
      ),
      'أربعة أو خمسة عراقيين فقط',
    );
  });
  it('Arabic: exactly two is said by the dual, in the case of its phrase', () => {
    const two = { qualifier: 'exactly', value: 2, unit: 'people', wording: 'اثنان' } as const;
    assert.equal(formatCountedEstimate(two, 'iraqis', 'ar'), 'عراقيان اثنان');
    assert.equal(formatCountedEstimate(two, 'iraqis', 'ar', 'genitive'), 'عراقيين اثنين');
    assert.equal(formatCountedEstimate(two, 'deaths', 'ar', 'accusative'), 'حالتَي وفاة');
  });
  it('Arabic: a word for an amount and a percentage take «من» and the definite plural', () => {
    assert.equal(
      formatCountedEstimate({ qualifier: 'hundreds', unit: 'people', wording: 'المئات' }, 'iraqis', 'ar'),
      'المئات من العراقيين',
    );
    assert.equal(
      formatCountedEstimate(
        { qualifier: 'fewer-than', value: 5, unit: 'percent', wording: 'أقل من ٥٪' },
        'recruits',
        'ar',
      ),
      'أقل من ٥٪ من المجنَّدين',
    );
  });
  it('refuses a noun for a salary', () => {
    assert.throws(
      () =>
        formatCountedEstimate(
          { qualifier: 'up-to', value: 2500, unit: 'usd-per-month', wording: 'up to $2,500' },
          'iraqis',
        ),
      /a salary counts no noun/,
    );
  });
});
