// Turns estimate records into words, so that a number is written once (in its record) and read the
// same way in the prose, the tables, the charts and the downloads.
import type { Qualifier } from '../schema/records.ts';
import type { FuzzyDate } from '../schema/dates.ts';
import { INTL_LOCALE, type Lang } from '../i18n/locales.ts';
import { formatNumber, formatYear } from '../i18n/numbers.ts';
import { ui } from '../i18n/ui.ts';
import { NOUNS, type NounId } from '../i18n/nouns.ts';
import { pluralCategory, type ArabicCase } from '../i18n/plural.ts';

// Digits are the edition's (i18n/numbers.ts); re-exported so that every "record → words" call has one home.
export { formatNumber, formatYear };

/** The parts of an estimate record that decide how it reads. */
export interface EstimateValue {
  qualifier: Qualifier;
  value?: number;
  low?: number;
  high?: number;
  unit: 'people' | 'usd-per-month' | 'percent';
}

/** The number with its unit, written the edition's way (i18n/ui.ts `units`). */
function withUnit(n: number, unit: EstimateValue['unit'], lang: Lang): string {
  const units = ui[lang].units;
  const num = formatNumber(n, lang);
  return unit === 'usd-per-month' ? units.usd(num) : unit === 'percent' ? units.percent(num) : units.people(num);
}

/**
 * Reads an estimate's value as a short phrase: "around 5,000", "fewer than 5%", "4 to 5",
 * "up to $2,500 a month", "hundreds"; in Arabic "نحو ٥٬٠٠٠", "ما يصل إلى ٢٬٥٠٠ دولار شهرياً".
 * The qualifier is always kept: it is part of the claim.
 */
export function formatEstimate(e: EstimateValue & { wording?: string }, lang: Lang = 'en'): string {
  // A claim prints the source's own words for its number ("closer to 1,400"), never a paraphrase.
  if (e.wording) return e.wording;
  const t = ui[lang];
  const words = t.qualifiers;
  const suffix = e.unit === 'usd-per-month' ? t.perMonth : '';
  const to = t.rangeTo;
  // A word with no number ("a few", "dozens", "hundreds", "thousands") is printed as the word.
  if (e.value === undefined && e.qualifier !== 'range') return words[e.qualifier];
  if (e.qualifier === 'range')
    return `${withUnit(e.low!, e.unit, lang)}${to}${withUnit(e.high!, e.unit, lang)}${suffix}`;
  const w = words[e.qualifier];
  return `${w ? `${w} ` : ''}${withUnit(e.value!, e.unit, lang)}${suffix}`;
}

/**
 * An estimate with the noun it counts, each noun in the form its number asks for: "around 5,000 Iraqis",
 * "only four or five Iraqis", "hundreds of Iraqis", "fewer than 5% of recruits"; in Arabic «نحو ٥٬٠٠٠ عراقي»,
 * «أكثر من ١٥٠ أجنبياً», «أربعة أو خمسة عراقيين فقط», «المئات من العراقيين», and «عراقيين اثنين» in the
 * genitive. A word for an amount (and a percentage) takes the noun after "of" / «من»; a number picks the
 * noun's plural form from Intl.PluralRules, by the number the words end on (the range's high end).
 */
export function formatCountedEstimate(
  e: EstimateValue & { wording?: string },
  noun: NounId,
  lang: Lang = 'en',
  grammaticalCase: ArabicCase = 'nominative',
): string {
  if (e.unit === 'usd-per-month')
    throw new Error(`a salary counts no noun: write the figure without noun="${noun}" and the words around it`);
  const words = formatEstimate(e, lang);
  const n = e.qualifier === 'range' ? e.high : e.value;
  const byWord = n === undefined || e.unit === 'percent';
  if (lang === 'en') {
    const en = NOUNS[noun].en;
    if (byWord) return `${words} ${e.qualifier === 'a-few' ? '' : 'of '}${en.plural}`;
    return en.forms[pluralCategory(n, 'en')].replace('#', words);
  }
  const ar = NOUNS[noun].ar;
  if (byWord) return `${words} من ${ar.of}`;
  const forms = ar.cases[grammaticalCase];
  const form = forms[pluralCategory(n, 'ar')];
  // One and two are said by the noun itself ("عراقيان اثنان"); with a qualifier the noun follows the words.
  if (!form.includes('#')) return e.qualifier === 'exactly' ? form : `${words} ${forms.other.replace('# ', '')}`;
  // «أربعة أو خمسة فقط»: the noun comes before «فقط» («أربعة أو خمسة عراقيين فقط»).
  const only = words.match(/^(.*) (فقط)$/);
  return only ? `${form.replace('#', only[1])} ${only[2]}` : form.replace('#', words);
}

/**
 * A date with exactly its precision, in the reader's language: "17 October 2025" / "١٧ تشرين الأول ٢٠٢٥",
 * "late 2025" / "أواخر ٢٠٢٥", "undated" / "غير مؤرَّخ". Arabic month names are Iraq's (ar-IQ).
 */
export function formatDate(d: FuzzyDate, lang: Lang = 'en'): string {
  // One path for every edition: the month names, digits and date-part words come from the locale and
  // i18n/ui.ts, so English reads exactly as schema/dates.ts formatFuzzyDate writes it (a test pins that).
  const t = ui[lang];
  const locale = INTL_LOCALE[lang];
  const utc = (m: number, day = 1) => new Date(Date.UTC(d.year!, m - 1, day));
  const month = (m: number) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(utc(m));
  switch (d.precision) {
    case 'undated':
      return t.undated;
    case 'day':
      return `${formatYear(d.day!, lang)} ${month(d.month!)} ${formatYear(d.year!, lang)}`;
    case 'month':
      return `${month(d.month!)} ${formatYear(d.year!, lang)}`;
    case 'part-of-month':
      return `${t.dateParts[d.part!]} ${month(d.month!)} ${formatYear(d.year!, lang)}`;
    case 'year':
      return formatYear(d.year!, lang);
    case 'part-of-year':
      return `${t.dateParts[d.part!]} ${formatYear(d.year!, lang)}`;
  }
}

/**
 * The interval of values a claim allows, for drawing: a point for "exactly", a bound for "fewer than",
 * "up to" and "more than" (open on one side: null), and the span a word implies for "a few" (2–9), "dozens" (12–99),
 * "hundreds" (100–999) and "thousands" (1,000–9,999).
 */
export function estimateInterval(e: EstimateValue): { low: number | null; high: number | null; point: number | null } {
  switch (e.qualifier) {
    case 'exactly':
    case 'around':
      return { low: e.value!, high: e.value!, point: e.value! };
    case 'fewer-than':
    case 'up-to':
      return { low: null, high: e.value!, point: null };
    case 'more-than':
      return { low: e.value!, high: null, point: null };
    case 'range':
      return { low: e.low!, high: e.high!, point: null };
    case 'a-few':
      return { low: 2, high: 9, point: null };
    case 'dozens':
      return { low: 12, high: 99, point: null };
    case 'hundreds':
      return { low: 100, high: 999, point: null };
    case 'thousands':
      return { low: 1000, high: 9999, point: null };
  }
}
