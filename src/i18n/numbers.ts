// How each edition writes digits: numbers and years in the edition's Intl locale (Arabic-Indic digits in
// Arabic, decision 0001). It lives in i18n, not format/, because the words of i18n/ui.ts and i18n/charts.ts
// need digits too, and i18n must not import format (format turns records into words using i18n).
import { INTL_LOCALE, type Lang } from './locales.ts';

/**
 * Formats a bare number for a language: 5000 → "5,000" in English, "٥٬٠٠٠" in Arabic (Arabic-Indic
 * digits, see docs/decisions/0001-arabic-digits-and-dates.md). A locale string is accepted too.
 */
export function formatNumber(n: number, lang: Lang | string = 'en'): string {
  const locale = lang in INTL_LOCALE ? INTL_LOCALE[lang as Lang] : lang;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** A year as digits without grouping: 2025 → "2025", "٢٠٢٥". */
export const formatYear = (y: number, lang: Lang = 'en') =>
  new Intl.NumberFormat(INTL_LOCALE[lang], { useGrouping: false }).format(y);
