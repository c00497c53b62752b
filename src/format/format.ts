// Turns estimate records into words, so that a number is written once (in its record) and read the
// same way in the prose, the tables, the charts and the downloads.
import type { Qualifier } from '../schema/records.ts';
import { formatFuzzyDate, type FuzzyDate } from '../schema/dates.ts';
import { INTL_LOCALE, type Lang } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';

/** The parts of an estimate record that decide how it reads. */
export interface EstimateValue {
  qualifier: Qualifier;
  value?: number;
  low?: number;
  high?: number;
  unit: 'people' | 'usd-per-month' | 'percent';
}

/**
 * Formats a bare number for a language: 5000 → "5,000" in English, "٥٬٠٠٠" in Arabic (Arabic-Indic
 * digits, see docs/decisions/0001-arabic-digits-and-dates.md). A locale string is accepted too.
 */
export function formatNumber(n: number, lang: Lang | string = 'en'): string {
  const locale = lang in INTL_LOCALE ? INTL_LOCALE[lang as Lang] : lang;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** A year as digits without grouping: 2025 → "2025", "٢٠٢٥". */
export const formatYear = (y: number, lang: Lang = 'en') => new Intl.NumberFormat(INTL_LOCALE[lang], { useGrouping: false }).format(y);

function withUnit(n: number, unit: EstimateValue['unit'], lang: Lang): string {
  const num = formatNumber(n, lang);
  if (lang === 'ar') {
    // Units as words after the number, as Arabic copy writes them; "$" and "%" signs next to
    // Arabic-Indic digits are easily misread and reorder badly in right-to-left text.
    if (unit === 'usd-per-month') return `${num} دولار`;
    if (unit === 'percent') return `${num} في المئة`;
    return num;
  }
  if (unit === 'usd-per-month') return `$${num}`;
  if (unit === 'percent') return `${num}%`;
  return num;
}

/**
 * Reads an estimate's value as a short phrase: "around 5,000", "fewer than 5%", "4 to 5",
 * "up to $2,500 a month", "hundreds"; in Arabic "نحو ٥٬٠٠٠", "ما يصل إلى ٢٬٥٠٠ دولار شهرياً".
 * The qualifier is always kept: it is part of the claim.
 */
export function formatEstimate(e: EstimateValue, lang: Lang = 'en'): string {
  const words = ui[lang].qualifiers;
  const suffix = e.unit === 'usd-per-month' ? (lang === 'ar' ? ' شهرياً' : ' a month') : '';
  const to = lang === 'ar' ? ' إلى ' : ' to ';
  if (e.qualifier === 'dozens' || e.qualifier === 'hundreds' || e.qualifier === 'thousands') return words[e.qualifier];
  if (e.qualifier === 'range') return `${withUnit(e.low!, e.unit, lang)}${to}${withUnit(e.high!, e.unit, lang)}${suffix}`;
  const w = words[e.qualifier];
  return `${w ? `${w} ` : ''}${withUnit(e.value!, e.unit, lang)}${suffix}`;
}

/**
 * A date with exactly its precision, in the reader's language: "17 October 2025" / "١٧ تشرين الأول ٢٠٢٥",
 * "late 2025" / "أواخر ٢٠٢٥", "undated" / "غير مؤرَّخ". Arabic month names are Iraq's (ar-IQ).
 */
export function formatDate(d: FuzzyDate, lang: Lang = 'en'): string {
  if (lang === 'en') return formatFuzzyDate(d);
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
 * "up to" and "more than" (open on one side: null), and the span a word implies for "dozens" (12–99),
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
    case 'dozens':
      return { low: 12, high: 99, point: null };
    case 'hundreds':
      return { low: 100, high: 999, point: null };
    case 'thousands':
      return { low: 1000, high: 9999, point: null };
  }
}
