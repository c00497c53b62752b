// Dates as the sources give them: with their real precision, never more.
//
// Authoring grammar (one string):
//   "2025-10-17"          a day
//   "2025-09"             a month
//   "2025"                a year
//   "late 2025", "early 2025-12", "mid 2024"   part of a year or of a month
//   "undated"             the source gives no usable date (say what is known in a note)

export type Precision = 'day' | 'month' | 'year' | 'part-of-year' | 'part-of-month' | 'undated';
export type Part = 'early' | 'mid' | 'late';

/** A parsed date with the span it really covers (inclusive ISO days), or undated. */
export interface FuzzyDate {
  /** The string as written in the record. */
  raw: string;
  precision: Precision;
  /** First day the date may refer to (ISO yyyy-mm-dd); null when undated. */
  start: string | null;
  /** Last day the date may refer to (ISO yyyy-mm-dd); null when undated. */
  end: string | null;
  part?: Part;
  year?: number;
  month?: number;
  day?: number;
}

/** Thrown for a date string that does not follow the grammar; `expected` says what would. */
export class DateError extends Error {
  readonly expected: string;
  constructor(message: string, expected: string) {
    super(message);
    this.expected = expected;
  }
}

export const DATE_GRAMMAR = 'a date like "2025-10-17", "2025-09", "2025", "late 2025", "early 2025-12", or "undated"';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Parses a date written in the authoring grammar into its precision and the span of days it covers.
 * Accepts a JavaScript Date too (YAML turns an unquoted 2025-10-17 into one) and reads it as a day.
 * Throws DateError for anything else, including impossible days such as 2025-02-30.
 */
export function parseFuzzyDate(input: unknown): FuzzyDate {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new DateError('is not a valid date', DATE_GRAMMAR);
    return parseFuzzyDate(input.toISOString().slice(0, 10));
  }
  if (typeof input !== 'string') {
    throw new DateError(`is ${input === undefined ? 'missing' : `a ${typeof input}`}`, DATE_GRAMMAR);
  }
  const raw = input.trim();
  if (raw === 'undated') return { raw, precision: 'undated', start: null, end: null };

  const m = /^(?:(early|mid|late) )?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(raw);
  if (!m) throw new DateError(`"${raw}" is not a date this site understands`, DATE_GRAMMAR);
  const part = m[1] as Part | undefined;
  const year = Number(m[2]);
  const month = m[3] === undefined ? undefined : Number(m[3]);
  const day = m[4] === undefined ? undefined : Number(m[4]);

  if (month !== undefined && (month < 1 || month > 12)) {
    throw new DateError(`"${raw}" has month ${m[3]}, which does not exist`, 'a month from 01 to 12');
  }
  if (day !== undefined) {
    const max = daysIn(year, month!);
    if (day < 1 || day > max) {
      throw new DateError(`"${raw}" has day ${m[4]}, but that month has ${max} days`, `a day from 01 to ${max}`);
    }
    if (part)
      throw new DateError(
        `"${raw}" puts "${part}" before an exact day`,
        'either a day or "early/mid/late" with a month or year',
      );
    const iso = `${year}-${pad(month!)}-${pad(day)}`;
    return { raw, precision: 'day', start: iso, end: iso, year, month, day };
  }
  if (month !== undefined) {
    const last = daysIn(year, month);
    if (!part) {
      return {
        raw,
        precision: 'month',
        start: `${year}-${pad(month)}-01`,
        end: `${year}-${pad(month)}-${pad(last)}`,
        year,
        month,
      };
    }
    const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
    return {
      raw,
      precision: 'part-of-month',
      part,
      start: `${year}-${pad(month)}-${pad(a)}`,
      end: `${year}-${pad(month)}-${pad(b)}`,
      year,
      month,
    };
  }
  if (!part) return { raw, precision: 'year', start: `${year}-01-01`, end: `${year}-12-31`, year };
  const [a, b] = part === 'early' ? ['01-01', '04-30'] : part === 'mid' ? ['05-01', '08-31'] : ['09-01', '12-31'];
  return { raw, precision: 'part-of-year', part, start: `${year}-${a}`, end: `${year}-${b}`, year };
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English label with exactly the date's precision: "17 October 2025", "September 2025", "late 2025". */
export function formatFuzzyDate(d: FuzzyDate): string {
  switch (d.precision) {
    case 'undated':
      return 'undated';
    case 'day':
      return `${d.day} ${MONTHS_EN[d.month! - 1]} ${d.year}`;
    case 'month':
      return `${MONTHS_EN[d.month! - 1]} ${d.year}`;
    case 'part-of-month':
      return `${d.part} ${MONTHS_EN[d.month! - 1]} ${d.year}`;
    case 'year':
      return String(d.year);
    case 'part-of-year':
      return `${d.part} ${d.year}`;
  }
}

/** Sort key: the earliest day a date may refer to; undated sorts last. */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  if (a.start === null) return b.start === null ? 0 : 1;
  if (b.start === null) return -1;
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end! < b.end! ? -1 : a.end! > b.end! ? 1 : 0;
}
