// The Arabic words a reader reads, for the rules about how the Arabic edition is written
// (recruiter-form.ts, latin-letters.ts): every run of text of an Arabic theme, with its file line and
// whether the author marked it as not Arabic, and every field of the `ar:` blocks of the records.
import { parseMdx } from '../../records/mdx.ts';
import { RECORD_KINDS, type ContentIndex, type ThemeFile } from '../../records/load.ts';
import type { Lang } from '../../i18n/locales.ts';

/**
 * The edition these rules are about. They are rules of Arabic spelling and script, not of a language
 * switch, so they name it once here; its record fields sit in the records' "ar:" blocks.
 */
export const ARABIC: Lang = 'ar';

/** One line of text of an Arabic theme, as the syntax tree gives it. */
export interface ThemeText {
  /** 1-based line of the file. */
  line: number;
  text: string;
  /** Inside `code` (a code block or inline code), where anything may be written. */
  code: boolean;
  /** Inside an element the author marked lang="en…" or translate="no". */
  marked: boolean;
}

/** One text field of a record's `ar:` block. */
export interface ArField {
  file: string;
  /** Its dotted path, e.g. "ar.cites.1.label". */
  field: string;
  text: string;
}

interface Node {
  type: string;
  value?: string;
  alt?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
/** Imports, exports and {expressions} are code the reader never reads. */
const NOT_READ = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** Whether an element says that its content is not Arabic: lang="en" (or "en-…") or translate="no". */
function marksForeign(node: Node): boolean {
  const attr = (name: string) => {
    const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
    return typeof a?.value === 'string' ? a.value.trim().toLowerCase() : undefined;
  };
  const lang = attr('lang');
  return lang === 'en' || lang?.startsWith('en-') === true || attr('translate') === 'no';
}

/**
 * The text of a theme's body, line by line: text, inline code, code blocks and image alternatives.
 * Component names and attributes, link and image addresses, imports and expressions are not text and
 * are left out. Empty when the body cannot be parsed (its syntax error is reported elsewhere).
 */
export function themeTexts(theme: Pick<ThemeFile, 'body' | 'bodyLine' | 'scan'>): ThemeText[] {
  if (theme.scan.error) return [];
  const out: ThemeText[] = [];
  const push = (line: number, value: string, code: boolean, marked: boolean) =>
    value.split('\n').forEach((text, i) => text.trim() && out.push({ line: line + i, text, code, marked }));
  const visit = (n: Node, code: boolean, marked: boolean) => {
    if (NOT_READ.has(n.type)) return;
    const line = n.position?.start.line ?? 1;
    // A code block's value starts on the line below its opening fence.
    if (n.type === 'code') return push(line + 1, n.value ?? '', true, marked);
    if (n.type === 'inlineCode') return push(line, n.value ?? '', true, marked);
    if (n.type === 'text') return push(line, n.value ?? '', code, marked);
    if (n.type === 'image') return push(line, n.alt ?? '', code, marked);
    const inner = marked || (JSX.has(n.type) && marksForeign(n));
    const inCode = code || (JSX.has(n.type) && (n as { name?: string }).name === 'code');
    for (const c of n.children ?? []) visit(c, inCode, inner);
  };
  // Parsed below as many empty lines as the frontmatter takes, so that positions are lines of the file.
  visit(parseMdx('\n'.repeat(Math.max(0, theme.bodyLine - 1)) + theme.body) as Node, false, false);
  return out;
}

/**
 * What `find` finds on each line of a theme's text, each line once with its findings in order and
 * without repeats (a line split by a component is still one line for the reader).
 */
export function findByLine(texts: ThemeText[], find: (t: ThemeText) => string[]): { line: number; found: string[] }[] {
  const lines = new Map<number, string[]>();
  for (const t of texts) {
    const found = find(t);
    if (found.length) lines.set(t.line, [...new Set([...(lines.get(t.line) ?? []), ...found])]);
  }
  return [...lines].sort((a, b) => a[0] - b[0]).map(([line, found]) => ({ line, found }));
}

/** The text fields of a theme's frontmatter (title, summary…), which the pages show as they are. */
export const frontmatterTexts = (theme: Pick<ThemeFile, 'data'>): { field: string; text: string }[] =>
  Object.entries(theme.data)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([field, text]) => ({ field, text }));

/** Every string under a value, with its dotted path. */
function strings(v: unknown, path: string): { field: string; text: string }[] {
  if (typeof v === 'string') return [{ field: path, text: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${path}.${i}`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, `${path}.${k}`));
  return [];
}

/** Every text field of the `ar:` block of every record, folder by folder, in file order. */
export function arFields(index: Pick<ContentIndex, 'files'>): ArField[] {
  return RECORD_KINDS.flatMap((kind) =>
    index.files[kind].flatMap(({ file, data }) =>
      data && typeof data === 'object' && ARABIC in data
        ? strings((data as Record<string, unknown>)[ARABIC], ARABIC).map((s) => ({ file, ...s }))
        : [],
    ),
  );
}

/** The themes of the Arabic edition. */
export const arabicThemes = (index: Pick<ContentIndex, 'themes'>) => index.themes.filter((t) => t.lang === ARABIC);
