import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  arabicNoun,
  arabicRoundNumber,
  counted,
  pluralCategory,
  PLURAL_CATEGORIES,
  type PluralForms,
} from '../../../src/i18n/plural.ts';
import { NOUNS } from '../../../src/i18n/nouns.ts';

/** The numbers the Arabic rules must get right, with their CLDR category. */
const CASES: [number, string][] = [
  [0, 'zero'],
  [1, 'one'],
  [2, 'two'],
  [3, 'few'],
  [10, 'few'],
  [11, 'many'],
  [100, 'other'],
  [101, 'other'],
  [102, 'other'],
  [103, 'few'],
  [111, 'many'],
  [200, 'other'],
  [1000, 'other'],
  [10000, 'other'],
  [1000000, 'other'],
];

const RECORDS: PluralForms<'ar'> = {
  zero: 'لا سجلات',
  one: 'سجل واحد',
  two: 'سجلان',
  few: '# سجلات',
  many: '# سجلاً',
  other: '# سجل',
};

describe('pluralCategory(n, lang) follows Intl.PluralRules', () => {
  for (const [n, category] of CASES)
    it(`${n} is "${category}" in Arabic`, () => assert.equal(pluralCategory(n, 'ar'), category));
  it('English has one and other only', () => {
    assert.deepEqual(
      [0, 1, 2, 11].map((n) => pluralCategory(n, 'en')),
      ['other', 'one', 'other', 'other'],
    );
    assert.deepEqual(PLURAL_CATEGORIES.en, ['one', 'other']);
  });
});

describe('counted(n, forms, "ar")', () => {
  it('counts records by the number’s grammar, in Arabic-Indic digits', () => {
    assert.deepEqual(
      CASES.map(([n]) => counted(n, RECORDS, 'ar')),
      [
        'لا سجلات',
        'سجل واحد',
        'سجلان',
        '٣ سجلات',
        '١٠ سجلات',
        '١١ سجلاً',
        '١٠٠ سجل',
        '١٠١ سجل',
        '١٠٢ سجل',
        '١٠٣ سجلات',
        '١١١ سجلاً',
        '٢٠٠ سجل',
        '١٬٠٠٠ سجل',
        '١٠٬٠٠٠ سجل',
        '١٬٠٠٠٬٠٠٠ سجل',
      ],
    );
  });
});

describe('arabicNoun(forms): the cases of a counted noun', () => {
  const iraqis = NOUNS.iraqis.ar;
  it('nominative: one and two said by the noun, 3–10 plural, 11–99 singular accusative, hundreds singular', () => {
    assert.deepEqual(
      CASES.map(([n]) => counted(n, iraqis.cases.nominative, 'ar')),
      [
        '٠ عراقي',
        'عراقي واحد',
        'عراقيان اثنان',
        '٣ عراقيين',
        '١٠ عراقيين',
        '١١ عراقياً',
        '١٠٠ عراقي',
        '١٠١ عراقي',
        '١٠٢ عراقي',
        '١٠٣ عراقيين',
        '١١١ عراقياً',
        '٢٠٠ عراقي',
        '١٬٠٠٠ عراقي',
        '١٠٬٠٠٠ عراقي',
        '١٬٠٠٠٬٠٠٠ عراقي',
      ],
    );
  });
  it('accusative: one and two take the accusative; the counted forms after numbers keep theirs', () => {
    const acc = iraqis.cases.accusative;
    assert.deepEqual(
      [1, 2, 3, 11, 100].map((n) => counted(n, acc, 'ar')),
      ['عراقياً واحداً', 'عراقيين اثنين', '٣ عراقيين', '١١ عراقياً', '١٠٠ عراقي'],
    );
  });
  it('genitive: two takes the oblique dual, one is written as the nominative', () => {
    const gen = iraqis.cases.genitive;
    assert.deepEqual(
      [1, 2].map((n) => counted(n, gen, 'ar')),
      ['عراقي واحد', 'عراقيين اثنين'],
    );
  });
  it('a feminine noun keeps its one form in every case when none is given for the accusative', () => {
    const minutes = arabicNoun({
      one: ['دقيقة واحدة', 'دقيقة واحدة'],
      two: ['دقيقتان', 'دقيقتين'],
      few: 'دقائق',
      many: 'دقيقة',
      other: 'دقيقة',
      of: 'الدقائق',
    });
    assert.deepEqual(
      [1, 2, 3, 11].map((n) => counted(n, minutes.cases.accusative, 'ar')),
      ['دقيقة واحدة', 'دقيقتين', '٣ دقائق', '١١ دقيقة'],
    );
  });
});

describe('arabicRoundNumber(n): axis ticks as Arabic counts', () => {
  it('counts thousands and millions as nouns: ألف، ١٠ آلاف، ١٠٠ ألف، مليون', () => {
    assert.deepEqual([1, 10, 100, 1000, 2000, 3000, 10000, 11000, 100000, 1e6, 2e6, 3e6].map(arabicRoundNumber), [
      '١',
      '١٠',
      '١٠٠',
      'ألف',
      'ألفان',
      '٣ آلاف',
      '١٠ آلاف',
      '١١ ألفاً',
      '١٠٠ ألف',
      'مليون',
      'مليونان',
      '٣ ملايين',
    ]);
  });
  it('writes a number that is not a round thousand as digits', () => {
    assert.equal(arabicRoundNumber(1500), '١٬٥٠٠');
  });
});
