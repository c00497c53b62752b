// The content check: reads every file under content/, validates it against the content model and
// checks every cross-reference, then reports each mistake as an instruction naming the file, the
// field, what was expected and how to fix it. It runs before every build (src/build/integrations/) and on
// its own with `npm run check:content`.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'astro/zod';
import { ID_PATTERN, estimateSchema, eventSchema, sourceSchema, themeSchema } from '../schema/records.ts';
import { scanMdx, type ScanResult } from '../records/mdx.ts';
import { storyRules } from './rules/story.ts';
import { checkCharts } from './rules/charts.ts';
import { checkImageAlt } from './rules/images.ts';
import { checkInternalLinks, sitePages } from './rules/links.ts';
import { checkUpdates } from './rules/updates.ts';
import { checkWalks } from './rules/walk.ts';
import { checkTranslatedThemes } from './rules/translations.ts';

/** One mistake in the content, phrased as an instruction. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field (dotted path) or the component at fault. */
  field: string;
  /** 1-based line, where known. */
  line?: number;
  /** What is wrong, and what was found. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export interface ThemeFile {
  id: string;
  lang: string;
  file: string;
  data: Record<string, unknown>;
  scan: ScanResult;
  /** The MDX body (without frontmatter), and the file line it starts on. */
  body: string;
  bodyLine: number;
}

/** What the check learned: the ids of every record, for callers that need them. */
export interface ContentIndex {
  sources: Map<string, Record<string, unknown>>;
  estimates: Map<string, Record<string, unknown>>;
  events: Map<string, Record<string, unknown>>;
  themes: ThemeFile[];
}

export interface ValidateOptions {
  /** Project root that file names in messages are relative to. */
  root: string;
  /** Folder holding themes/, sources/, estimates/ and events/. */
  contentDir: string;
  /** Ids of the charts <Chart id> may name; when omitted, chart ids are not checked. */
  charts?: readonly string[];
  /** Site pages besides themes and sources, for the link check (see sitePages()); read from src/pages/ when omitted. */
  pages?: string[];
}

const FIELD_HINTS: Record<string, string> = {
  value: 'write the number with digits only, no commas, words or units: 5000, not "5,000" or "about 5000"',
  low: 'write the number with digits only, e.g. 4',
  high: 'write the number with digits only, e.g. 5',
  date: 'write the date with only the precision the source gives',
  published: 'write the date with only the precision the source gives',
  updated: 'write the day of the change as "yyyy-mm-dd"',
  url: 'paste the article\'s full public address, starting with https://',
  summary: 'write one sentence of 40 to 200 characters ending with a full stop',
};

const kindOf = (v: unknown) =>
  v === null ? 'nothing (null)' : Array.isArray(v) ? 'a list' : v instanceof Date ? 'a date' : typeof v === 'string' ? `the text "${v}"` : `a ${typeof v}`;

/** Turns one zod issue into a plain-language problem. */
export function fromIssue(file: string, issue: z.core.$ZodIssue, data: unknown): Problem {
  const field = issue.path.map(String).join('.') || '(the whole record)';
  const last = String(issue.path.at(-1) ?? '');
  let input: unknown = data;
  for (const k of issue.path) input = input && typeof input === 'object' ? (input as Record<PropertyKey, unknown>)[k] : undefined;
  const hint = FIELD_HINTS[last];
  if (input === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') {
    const expected = issue.code === 'invalid_value' ? `one of: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}` : issue.code === 'invalid_type' && issue.expected === 'object' ? 'a group of fields' : issue.code === 'invalid_type' ? `a ${issue.expected}` : 'a value';
    return { file, field, message: `is missing; expected ${expected}`, fix: `add "${last}:" to the file${hint ? `; ${hint}` : ''}` };
  }
  switch (issue.code) {
    case 'custom': {
      // Rules in the schema carry their own fix (see src/schema/records.ts).
      const fix = (issue.params as { fix?: string } | undefined)?.fix;
      return { file, field, message: issue.message, fix: fix ?? hint ?? `correct "${last || field}"` };
    }
    case 'invalid_type':
      return { file, field, message: `expected a ${issue.expected}, found ${kindOf(input)}`, fix: hint ?? `give "${last}" a ${issue.expected}` };
    case 'invalid_value':
      return { file, field, message: `found ${kindOf(input)}; expected one of: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`, fix: `use one of the listed values for "${last}"` };
    case 'unrecognized_keys':
      return { file, field: issue.keys.join(', '), message: `${issue.keys.length > 1 ? 'are not fields' : 'is not a field'} of this kind of record`, fix: 'check the spelling against the schema in src/schema/records.ts, or remove the field' };
    case 'too_small':
    case 'too_big':
      return { file, field, message: issue.message.replace(/^Too (small|big): expected/, 'expected'), fix: hint ?? `shorten or lengthen "${last}" to fit` };
    case 'invalid_format':
      return { file, field, message: `found ${kindOf(input)}; ${issue.message.replace(/^Invalid /, 'expected a valid ')}`, fix: hint ?? `correct the format of "${last}"` };
    default:
      return { file, field, message: issue.message, fix: hint ?? `correct "${last || field}"` };
  }
}

const listFiles = (dir: string, ext: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : [];

/** Splits an MDX file into its YAML frontmatter and body, keeping the body's line offset. */
export function splitFrontmatter(src: string): { frontmatter: string | null; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(src);
  if (!m) return { frontmatter: null, body: src, bodyLine: 1 };
  return { frontmatter: m[1], body: src.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

export function readYaml(path: string, file: string, problems: Problem[], text = readFileSync(path, 'utf8'), lineOffset = 0): unknown {
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = (e.linePos?.[0]?.line ?? 0) + lineOffset;
      problems.push({ file, field: '(YAML syntax)', line: line || undefined, message: e.message.split('\n')[0], fix: 'check indentation and quoting on that line; text containing ": " must be in quotes' });
      return undefined;
    }
    throw e;
  }
}

/**
 * Validates all content and returns every problem found (an empty list means the content is good),
 * together with an index of the records.
 */
export function validateContent(opts: ValidateOptions): { problems: Problem[]; index: ContentIndex } {
  const { root, contentDir } = opts;
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p) || p;
  const ref = z.string().regex(ID_PATTERN, 'must be a record id: lower-case words joined by hyphens');
  const index: ContentIndex = { sources: new Map(), estimates: new Map(), events: new Map(), themes: [] };

  const collections = [
    ['sources', sourceSchema(ref), index.sources],
    ['estimates', estimateSchema(ref), index.estimates],
    ['events', eventSchema(ref), index.events],
  ] as const;
  for (const [name, schema, map] of collections) {
    const dir = join(contentDir, name);
    for (const f of listFiles(dir, '.yaml')) {
      const path = join(dir, f);
      const file = rel(path);
      const id = basename(f, '.yaml');
      if (!ID_PATTERN.test(id)) {
        problems.push({ file, field: '(file name)', message: `"${id}" is not a valid record id`, fix: 'rename the file with lower-case words joined by hyphens, e.g. allawi-around-5000.yaml' });
      }
      const data = readYaml(path, file, problems);
      // A file that exists is a known id even when it cannot be read, so its mistakes do not cascade.
      map.set(id, {});
      if (data === undefined) continue;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ file, field: '(the whole record)', message: `expected a group of fields, found ${kindOf(data)}`, fix: 'write one "field: value" per line' });
        continue;
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) for (const issue of parsed.error.issues) problems.push(fromIssue(file, issue, data));
      map.set(id, data as Record<string, unknown>);
    }
  }

  // Themes: one MDX file per theme and language.
  const themesDir = join(contentDir, 'themes');
  const langs = existsSync(themesDir) ? readdirSync(themesDir).filter((d) => !d.includes('.')).sort() : [];
  for (const lang of langs) {
    for (const f of listFiles(join(themesDir, lang), '.mdx')) {
      const path = join(themesDir, lang, f);
      const file = rel(path);
      const id = basename(f, '.mdx');
      const src = readFileSync(path, 'utf8');
      const { frontmatter, body, bodyLine } = splitFrontmatter(src);
      if (frontmatter === null) {
        problems.push({ file, field: '(frontmatter)', line: 1, message: 'has no frontmatter', fix: 'start the file with a block between two "---" lines holding title, summary, order and updated' });
        continue;
      }
      // The body is scanned even when the frontmatter is broken, so one mistake reports once.
      const data = readYaml(path, file, problems, frontmatter, 1);
      if (data !== undefined) {
        const parsed = themeSchema.safeParse(data);
        if (!parsed.success) for (const issue of parsed.error.issues) problems.push(fromIssue(file, issue, data));
      }
      const scan = scanMdx(body);
      const shift = <T extends { line: number }>(x: T) => ({ ...x, line: x.line + bodyLine - 1 });
      scan.headings = scan.headings.map(shift);
      for (const k of ['cites', 'estimates', 'charts'] as const) scan[k] = scan[k].map(shift);
      index.themes.push({ id, lang, file, data: (data ?? {}) as Record<string, unknown>, scan, body, bodyLine });
      for (const h of scan.markdownHeadings) {
        problems.push({ file, field: 'heading', line: h.line + bodyLine - 1, message: `"${h.text}" is a Markdown heading, which has no stable id`, fix: `write it as <Heading id="a-stable-id">${h.text}</Heading> (add level={3} for a sub-section)` });
      }
      for (const b of scan.badHeadings) {
        problems.push({ file, field: '<Heading>', line: b.line + bodyLine - 1, message: `${b.problem}`, fix: 'give every heading id="lower-case-words" and, for sub-sections, level={3}' });
      }
    }
  }

  // Cross-references.
  const known = (map: Map<string, unknown>) => [...map.keys()].join(', ') || '(none yet)';
  const checkRef = (file: string, field: string, id: unknown, target: 'sources' | 'estimates', line?: number) => {
    if (typeof id !== 'string' || index[target].has(id)) return;
    problems.push({
      file,
      field,
      line,
      message: `"${id}" is not a known ${target === 'sources' ? 'source' : 'estimate'}; expected the id of a file in content/${target}/ (one of: ${known(index[target])})`,
      fix: `correct the id, or add content/${target}/${id}.yaml`,
    });
  };
  for (const [id, data] of index.estimates) checkRef(`${rel(join(contentDir, 'estimates', id))}.yaml`, 'source', data.source, 'sources');
  for (const [id, data] of index.sources) {
    const cites = Array.isArray(data.cites) ? data.cites : [];
    cites.forEach((c: { source?: unknown }, i: number) => checkRef(`${rel(join(contentDir, 'sources', id))}.yaml`, `cites.${i}.source`, c?.source, 'sources'));
  }
  for (const [id, data] of index.events) {
    const sources = Array.isArray(data.sources) ? data.sources : [];
    sources.forEach((s: unknown, i: number) => checkRef(`${rel(join(contentDir, 'events', id))}.yaml`, `sources.${i}`, s, 'sources'));
  }

  for (const lang of langs) {
    // In reading order, so that a duplicate id is reported in the later theme.
    const order = (t: ThemeFile) => (typeof t.data.order === 'number' ? t.data.order : Infinity);
    const themes = index.themes.filter((t) => t.lang === lang).sort((a, b) => order(a) - order(b));
    // Every section id must be unique across the language's themes: they share one long page.
    const seen = new Map<string, string>();
    for (const t of themes) {
      // A heading's aliases are ids too: a former id must never be reused for another section.
      for (const [sid, line] of [[t.id, 1] as const, ...t.scan.headings.flatMap((h) => [h.id, ...h.aliases].map((i) => [i, h.line] as const))]) {
        if (!ID_PATTERN.test(sid)) {
          problems.push({ file: t.file, field: `<Heading id="${sid}">`, line, message: `"${sid}" is not a valid section id`, fix: 'use lower-case words joined by hyphens' });
        }
        const prev = seen.get(sid);
        if (prev) {
          problems.push({ file: t.file, field: `<Heading id="${sid}">`, line, message: `the section id "${sid}" is already used in ${prev}; ids must be unique across all themes`, fix: 'choose another id (ids are permanent link targets: never reuse or rename a published one)' });
        } else seen.set(sid, `${t.file}:${line}`);
      }
      for (const c of t.scan.cites) {
        if (!c.attrs.id) problems.push({ file: t.file, field: '<Cite>', line: c.line, message: 'has no id', fix: 'write <Cite id="source-id" /> with the id of a file in content/sources/' });
        else checkRef(t.file, `<Cite id="${c.attrs.id}">`, c.attrs.id, 'sources', c.line);
      }
      for (const e of t.scan.estimates) {
        if (!e.attrs.id) problems.push({ file: t.file, field: '<Estimate>', line: e.line, message: 'has no id', fix: 'write <Estimate id="estimate-id" /> with the id of a file in content/estimates/' });
        else checkRef(t.file, `<Estimate id="${e.attrs.id}">`, e.attrs.id, 'estimates', e.line);
      }
      if (opts.charts) {
        for (const c of t.scan.charts) {
          if (!opts.charts.includes(c.attrs.id ?? '')) {
            problems.push({ file: t.file, field: `<Chart id="${c.attrs.id ?? ''}">`, line: c.line, message: `"${c.attrs.id ?? ''}" is not a known chart; expected one of: ${opts.charts.join(', ')}`, fix: 'correct the chart id' });
          }
        }
      }
    }
    problems.push(...checkImageAlt(themes));
    problems.push(...checkInternalLinks(themes.map((t) => ({ ...t, headings: t.scan.headings.map((h) => h.id), charts: t.scan.charts.map((c) => c.attrs.id ?? '') })), { sources: [...index.sources.keys()], estimates: [...index.estimates.keys()], events: [...index.events.keys()], pages: opts.pages ?? sitePages() }));
    // Events link to the section that explains them; checked in English only, as the translation
    // rule (src/check/rules/translations.ts) ensures every edition has the same section ids.
    if (lang !== 'en' && langs.includes('en')) continue;
    for (const [id, data] of index.events) {
      if (typeof data.section === 'string' && !seen.has(data.section)) {
        problems.push({ file: `${rel(join(contentDir, 'events', id))}.yaml`, field: 'section', message: `"${data.section}" is not a section id in the ${lang} themes`, fix: 'use the id of a theme or of a <Heading id> that explains this event' });
      }
    }
  }
  problems.push(...storyRules(index, { root, contentDir }));
  problems.push(...checkCharts({ root, contentDir, index, charts: opts.charts }));
  problems.push(...checkUpdates(contentDir, rel, index));
  problems.push(...checkWalks({ root, contentDir, index, charts: opts.charts }));
  problems.push(...checkTranslatedThemes(index.themes, index.estimates));
  return { problems, index };
}

/** Formats problems as a readable report, one block per problem. */
export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  const blocks = problems.map(
    (p) => `  ${p.file}${p.line ? `:${p.line}` : ''}\n    ${p.field}: ${p.message}\n    Fix: ${p.fix}`,
  );
  return `The content has ${n} problem${n === 1 ? '' : 's'}:\n\n${blocks.join('\n\n')}\n`;
}
