// Reads and validates content/site.yaml (the site's own facts, src/schema/site.ts): the one place that
// file is opened. Each mistake comes back as an issue naming the field, its line, what was wrong and
// the fix; loadSite() stops with all of them.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, LineCounter, type Node } from 'yaml';
import { siteSchema, type SiteConfig } from '../schema/site.ts';
import { contentDir as defaultContentDir } from './paths.ts';

export type { SiteConfig };

/** One mistake in site.yaml. */
export interface SiteIssue {
  /** Dotted path of the field ("licence.url"), or "(the whole file)". */
  field: string;
  /** 1-based line of the field's value, where known. */
  line?: number;
  message: string;
  fix: string;
}

/** What reading site.yaml found: the file (relative to the project root), the config if valid, and the issues. */
export interface SiteRead {
  file: string;
  site?: SiteConfig;
  issues: SiteIssue[];
}

/** A value as the message quotes it. */
const found = (v: unknown) =>
  v === undefined
    ? 'nothing'
    : v === null
      ? 'an empty value'
      : typeof v === 'string'
        ? `the text "${v}"`
        : Array.isArray(v)
          ? 'a list'
          : typeof v === 'object'
            ? 'a group of fields'
            : `${typeof v} ${String(v)}`;

/** Reads and validates site.yaml in `contentDir`; never throws. */
export function readSite(contentDir: string = defaultContentDir): SiteRead {
  const path = join(contentDir, 'site.yaml');
  const file = relative(process.cwd(), path) || path;
  if (!existsSync(path)) {
    return {
      file,
      issues: [
        {
          field: '(the whole file)',
          message: 'is missing',
          fix: 'restore content/site.yaml from the repository; it names the publisher, the corrections contact and the licence (see src/schema/site.ts)',
        },
      ],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return {
      file,
      issues: [
        {
          field: '(the whole file)',
          line: e.linePos?.[0].line,
          message: `is not valid YAML: ${e.message.split('\n')[0]}`,
          fix: 'correct the indentation or quoting at that line; a text holding ": " or "#" needs quotes',
        },
      ],
    };
  }
  const data: unknown = doc.toJS();
  /** Line of the node at a field path, or of its nearest parent that exists. */
  const lineOf = (keys: readonly PropertyKey[]): number | undefined => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let line = node?.range ? lines.linePos(node.range[0]).line : undefined;
    for (const k of keys) {
      if (isMap(node) || isSeq(node))
        node = (node as { get(k: unknown, keep: true): Node | undefined }).get(isSeq(node) ? Number(k) : k, true);
      else node = undefined;
      if (!node) break;
      if (node.range) line = lines.linePos(node.range[0]).line;
      if (isScalar(node)) break;
    }
    return line;
  };
  const parsed = siteSchema.safeParse(data ?? {});
  if (parsed.success) return { file, site: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((issue): SiteIssue => {
    let value: unknown = data;
    for (const k of issue.path)
      value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[k] : undefined;
    const field = issue.path.map(String).join('.') || '(the whole file)';
    const last = String(issue.path.at(-1) ?? '');
    const line = lineOf(issue.path);
    if (issue.code === 'custom')
      return {
        field,
        line,
        message: issue.message,
        fix: (issue.params as { fix?: string } | undefined)?.fix ?? `correct "${last}"`,
      };
    if (issue.code === 'unrecognized_keys')
      return {
        field: issue.keys.join(', '),
        line,
        message: `${issue.keys.length > 1 ? 'are not fields' : 'is not a field'} of site.yaml`,
        fix: 'check the spelling against src/schema/site.ts, or remove the field',
      };
    if (value === undefined)
      return { field, line, message: 'is missing', fix: `add "${last}:" (see its description in src/schema/site.ts)` };
    if (issue.code === 'invalid_type')
      return {
        field,
        line,
        message: `expected ${issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`}, found ${found(value)}`,
        fix: `give "${last}" a ${issue.expected === 'object' ? 'group of fields' : issue.expected}`,
      };
    if (issue.code === 'too_small' || issue.code === 'too_big')
      return {
        field,
        line,
        message: `${issue.message.replace(/^Too (small|big): expected/, 'expected')}, found ${found(value)}`,
        fix: `shorten or fill in "${last}"`,
      };
    return {
      field,
      line,
      message: `${issue.message}, found ${found(value)}`,
      fix: `correct "${last}" (see src/schema/site.ts)`,
    };
  });
  return { file, issues };
}

/** The message that names every issue: "content/site.yaml:12 licence.url: … Fix: …". */
export function formatSiteIssues(file: string, issues: readonly SiteIssue[]): string {
  return issues.map((i) => `${file}${i.line ? `:${i.line}` : ''} ${i.field}: ${i.message}\n  Fix: ${i.fix}`).join('\n');
}

let cached: SiteConfig | undefined;
/** The site's facts for pages and generated files; throws with every issue when site.yaml is wrong. */
export function loadSite(contentDir: string = defaultContentDir): SiteConfig {
  if (cached && contentDir === defaultContentDir) return cached;
  const { file, site, issues } = readSite(contentDir);
  if (!site) throw new Error(`${file} has ${issues.length} problem(s):\n${formatSiteIssues(file, issues)}`);
  if (contentDir === defaultContentDir) cached = site;
  return site;
}
