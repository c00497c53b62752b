// The content check's one vocabulary: a Problem (file, field, line, message, fix), the translation of a
// schema (zod) issue into one, the report of a YAML file that cannot be read, and the report printed
// for maintainers. A leaf module: it imports nothing of the check, so the runner and every rule (and
// the loader in src/records/) can import it without a cycle.
import type { z } from 'astro/zod';

/** One mistake in the content, phrased as an instruction. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field (dotted path) or the component at fault. */
  field: string;
  /** 1-based line, where known. */
  line?: number;
  /** 1-based column, where known (MDX syntax errors). */
  column?: number;
  /** What is wrong, and what was found. */
  message: string;
  /** What to do about it. */
  fix: string;
}

const FIELD_HINTS: Record<string, string> = {
  value: 'write the number with digits only, no commas, words or units: 5000, not "5,000" or "about 5000"',
  low: 'write the number with digits only, e.g. 4',
  high: 'write the number with digits only, e.g. 5',
  date: 'write the date with only the precision the source gives',
  published: 'write the date with only the precision the source gives',
  updated: 'write the day of the change as "yyyy-mm-dd"',
  url: "paste the article's full public address, starting with https://",
  summary: 'write one sentence of 40 to 200 characters ending with a full stop',
};

/** How a value found in a file is named in a message. */
export const kindOf = (v: unknown) =>
  v === null
    ? 'nothing (null)'
    : Array.isArray(v)
      ? 'a list'
      : v instanceof Date
        ? 'a date'
        : typeof v === 'string'
          ? `the text "${v}"`
          : `a ${typeof v}`;

/** Turns one zod issue into a plain-language problem. */
export function fromIssue(file: string, issue: z.core.$ZodIssue, data: unknown): Problem {
  const field = issue.path.map(String).join('.') || '(the whole record)';
  const last = String(issue.path.at(-1) ?? '');
  let input: unknown = data;
  for (const k of issue.path)
    input = input && typeof input === 'object' ? (input as Record<PropertyKey, unknown>)[k] : undefined;
  const hint = FIELD_HINTS[last];
  if (input === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') {
    const expected =
      issue.code === 'invalid_value'
        ? `one of: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`
        : issue.code === 'invalid_type' && issue.expected === 'object'
          ? 'a group of fields'
          : issue.code === 'invalid_type'
            ? `a ${issue.expected}`
            : 'a value';
    return {
      file,
      field,
      message: `is missing; expected ${expected}`,
      fix: `add "${last}:" to the file${hint ? `; ${hint}` : ''}`,
    };
  }
  switch (issue.code) {
    case 'custom': {
      // Rules in the schema carry their own fix (see src/schema/records.ts).
      const fix = (issue.params as { fix?: string } | undefined)?.fix;
      return { file, field, message: issue.message, fix: fix ?? hint ?? `correct "${last || field}"` };
    }
    case 'invalid_type':
      return {
        file,
        field,
        message: `expected a ${issue.expected}, found ${kindOf(input)}`,
        fix: hint ?? `give "${last}" a ${issue.expected}`,
      };
    case 'invalid_value':
      return {
        file,
        field,
        message: `found ${kindOf(input)}; expected one of: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`,
        fix: `use one of the listed values for "${last}"`,
      };
    case 'unrecognized_keys':
      return {
        file,
        field: issue.keys.join(', '),
        message: `${issue.keys.length > 1 ? 'are not fields' : 'is not a field'} of this kind of record`,
        fix: 'check the spelling against the schema in src/schema/records.ts, or remove the field',
      };
    case 'too_small':
    case 'too_big':
      return {
        file,
        field,
        message: issue.message.replace(/^Too (small|big): expected/, 'expected'),
        // A length limit belongs to the field of this kind of record, so the fix states the limit itself.
        fix:
          issue.code === 'too_big' && issue.origin === 'string'
            ? `shorten "${last}" to at most ${String(issue.maximum)} characters`
            : (hint ?? `shorten or lengthen "${last}" to fit`),
      };
    case 'invalid_format':
      return {
        file,
        field,
        message: `found ${kindOf(input)}; ${issue.message.replace(/^Invalid /, 'expected a valid ')}`,
        fix: hint ?? `correct the format of "${last}"`,
      };
    default:
      return { file, field, message: issue.message, fix: hint ?? `correct "${last || field}"` };
  }
}

/** Every issue of a failed schema parse, as problems of one file. */
export const fromIssues = (file: string, issues: readonly z.core.$ZodIssue[], data: unknown): Problem[] =>
  issues.map((issue) => fromIssue(file, issue, data));

/**
 * The problem for a YAML text that cannot be read (the one reporter of YAML syntax, for records,
 * charts, places, walks, updates and theme frontmatter alike). `lineOffset` is the file line before
 * the text's first line (1 for a frontmatter, which starts below its "---").
 */
export function yamlProblem(file: string, error: unknown, lineOffset = 0): Problem {
  // Recognised by name rather than by class, so that only src/records/ imports the YAML library.
  if (!(error instanceof Error) || error.name !== 'YAMLParseError') throw error;
  const linePos = (error as Error & { linePos?: { line: number }[] }).linePos;
  const line = (linePos?.[0]?.line ?? 0) + lineOffset;
  return {
    file,
    field: '(YAML syntax)',
    line: line || undefined,
    message: error.message.split('\n')[0],
    fix: 'check indentation and quoting on that line; text containing ": " must be in quotes',
  };
}

/** Formats problems as a readable report, one block per problem. */
export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  const where = (p: Problem) => `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
  const blocks = problems.map((p) => `  ${where(p)}\n    ${p.field}: ${p.message}\n    Fix: ${p.fix}`);
  return `The content has ${n} problem${n === 1 ? '' : 's'}:\n\n${blocks.join('\n\n')}\n`;
}
