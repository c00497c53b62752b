// Turns estimate records into words, so that a number is written once (in its record) and read the
// same way in the prose, the tables, the charts and the downloads.
import type { Qualifier } from '../schema/records.ts';

/** The parts of an estimate record that decide how it reads. */
export interface EstimateValue {
  qualifier: Qualifier;
  value?: number;
  low?: number;
  high?: number;
  unit: 'people' | 'usd-per-month' | 'percent';
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exactly: '',
  around: 'around',
  'fewer-than': 'fewer than',
  'more-than': 'more than',
  'up-to': 'up to',
  range: '',
  dozens: 'dozens',
  hundreds: 'hundreds',
  thousands: 'thousands',
};

/** Formats a bare number the English way: 5000 → "5,000". */
export function formatNumber(n: number, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

function withUnit(n: number, unit: EstimateValue['unit']): string {
  if (unit === 'usd-per-month') return `$${formatNumber(n)}`;
  if (unit === 'percent') return `${formatNumber(n)}%`;
  return formatNumber(n);
}

/**
 * Reads an estimate's value as a short phrase: "around 5,000", "fewer than 5%", "4 to 5",
 * "up to $2,500 a month", "hundreds". The qualifier is always kept: it is part of the claim.
 */
export function formatEstimate(e: EstimateValue): string {
  const suffix = e.unit === 'usd-per-month' ? ' a month' : '';
  if (e.qualifier === 'dozens' || e.qualifier === 'hundreds' || e.qualifier === 'thousands') return QUALIFIER_WORDS[e.qualifier];
  if (e.qualifier === 'range') return `${withUnit(e.low!, e.unit)} to ${withUnit(e.high!, e.unit)}${suffix}`;
  const words = QUALIFIER_WORDS[e.qualifier];
  return `${words ? `${words} ` : ''}${withUnit(e.value!, e.unit)}${suffix}`;
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
