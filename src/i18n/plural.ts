// Counted nouns by each language's own plural rules (Intl.PluralRules): "٣ دقائق", "١١ دقيقة", "دقيقتان",
// "١٠ آلاف". A counted string names a form for every category its language has (Arabic: zero, one, two,
// few, many, other; English: one, other), so the type refuses a string that forgets one. Forms write
// the number as "#"; a form without "#" says the number in words ("دقيقة واحدة", "دقيقتان").
// It lives in i18n, beside numbers.ts, because ui.ts, charts.ts and format/ all count things.
import { INTL_LOCALE, type Lang } from './locales.ts';
import { formatNumber } from './numbers.ts';

/** The plural categories of each language, as Intl.PluralRules names them. */
export const PLURAL_CATEGORIES = {
  en: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
} as const satisfies Record<Lang, readonly Intl.LDMLPluralRule[]>;

/** A counted string in one language: one form per plural category, "#" standing for the number. */
export type PluralForms<L extends Lang> = { readonly [C in (typeof PLURAL_CATEGORIES)[L][number]]: string };

const rules = new Map<Lang, Intl.PluralRules>();
/** The plural category of a number in a language: 0 → zero, 1 → one, 2 → two, 3–10 → few, 11–99 → many in Arabic. */
export function pluralCategory<L extends Lang>(n: number, lang: L): (typeof PLURAL_CATEGORIES)[L][number] {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(INTL_LOCALE[lang])));
  return r.select(n) as (typeof PLURAL_CATEGORIES)[L][number];
}

/** Picks the form for n and writes n into it in the language's digits: (3, minutes, 'ar') → "٣ دقائق". */
export function counted<L extends Lang>(n: number, forms: PluralForms<L>, lang: L): string {
  return forms[pluralCategory(n, lang)].replace('#', formatNumber(n, lang));
}

/** How an Arabic noun changes with the case of the phrase it stands in (only one and two differ in unvocalised writing). */
export type ArabicCase = 'nominative' | 'accusative' | 'genitive';

/**
 * An Arabic noun as a number counts it, in every case, and as a word such as المئات or قلة counts it
 * (`of`: "المئات من العراقيين"). Built by `arabicNoun` from the forms an editor knows by heart.
 */
export interface ArabicNoun {
  readonly cases: { readonly [K in ArabicCase]: PluralForms<'ar'> };
  /** The definite plural that follows من after a word for an amount: "العراقيين". */
  readonly of: string;
}

/**
 * An Arabic counted noun from its forms: `one` and `two` as [nominative, accusative, genitive] phrases
 * with the number said in words (the genitive defaults to the nominative, as unvocalised Arabic writes
 * it), `few` the plural after 3–10, `many` the singular accusative after 11–99, `other` the singular
 * genitive after round hundreds and thousands, and `of` the definite plural after من.
 */
export function arabicNoun(f: {
  one: readonly [string, string, string?];
  two: readonly [string, string, string?];
  few: string;
  many: string;
  other: string;
  of: string;
}): ArabicNoun {
  const forms = (i: 0 | 1 | 2): PluralForms<'ar'> => ({
    zero: `# ${f.other}`,
    one: f.one[i] ?? f.one[0],
    two: f.two[i] ?? (i === 2 ? f.two[1] : f.two[0]),
    few: `# ${f.few}`,
    many: `# ${f.many}`,
    other: `# ${f.other}`,
  });
  return { cases: { nominative: forms(0), accusative: forms(1), genitive: forms(2) }, of: f.of };
}

/** An English noun as a number counts it ("# Iraqi", "# Iraqis") and as a word counts it ("Iraqis"). */
export interface EnglishNoun {
  readonly forms: PluralForms<'en'>;
  /** The bare plural, after "hundreds of" or "only a few". */
  readonly plural: string;
}

/** An English counted noun from its singular and plural. */
export const englishNoun = (one: string, plural: string): EnglishNoun => ({
  forms: { one: `# ${one}`, other: `# ${plural}` },
  plural,
});

const THOUSAND = arabicNoun({
  one: ['ألف', 'ألفاً'],
  two: ['ألفان', 'ألفين'],
  few: 'آلاف',
  many: 'ألفاً',
  other: 'ألف',
  of: 'الآلاف',
});
const MILLION = arabicNoun({
  one: ['مليون', 'مليوناً'],
  two: ['مليونان', 'مليونين'],
  few: 'ملايين',
  many: 'مليوناً',
  other: 'مليون',
  of: 'الملايين',
});

/**
 * A round number as Arabic counts it on an axis: ١، ١٠، ١٠٠، ألف، ١٠ آلاف، ١٠٠ ألف، مليون. Thousands
 * and millions are counted nouns (ألف after 1, آلاف after 3–10, ألف after 100), never "١٠ ألف".
 */
export function arabicRoundNumber(n: number): string {
  if (n >= 1e6 && n % 1e6 === 0) return counted(n / 1e6, MILLION.cases.nominative, 'ar');
  if (n >= 1000 && n % 1000 === 0) return counted(n / 1000, THOUSAND.cases.nominative, 'ar');
  return formatNumber(n, 'ar');
}
