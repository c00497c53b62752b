// The text a reader sees in English, cut into units the two source rules read: each paragraph, list
// item or heading of a theme (with <Estimate> expanded to the words it prints, <Cite> adding none), the
// theme's title and summary, and every English field of every record (never an `ar:` block). Each unit
// knows where it is (file and line, or file and field), the sources cited for it, and whether it is
// itself a quotation of its source (an estimate's quote.text, wording, disputes[].quote).
import type { ContentIndex, RecordFile, RecordKind, ThemeFile } from '../../records/load.ts';
import { RECORD_KINDS } from '../../records/load.ts';
import { parseMdx } from '../../records/mdx.ts';
import { ui } from '../../i18n/ui.ts';
import { DEFAULT_LANG } from '../../i18n/locales.ts';
import { TRANSLATION_LANGS } from '../../schema/translations.ts';

/** The blocks of a record that hold its translations (`ar:`), which the English rules leave alone. */
const TRANSLATIONS = new Set<string>(TRANSLATION_LANGS);

/** One stretch of text readers see, with what the rules need to know about it. */
export interface TextUnit {
  /** Path of the file, relative to the project root. */
  file: string;
  /** "(prose)", '<Heading id="…">', a frontmatter field, or the dotted path of a record field. */
  field: string;
  /** The text as readers see it. */
  text: string;
  /** For a theme: the file line of every character of `text`. */
  lines?: number[];
  /** For a theme: for every character of `text`, the component that printed it, if a component did. */
  printedBy?: (string | undefined)[];
  /** Ids of the source records cited for it. */
  sources: string[];
  /**
   * "exact": the whole text quotes its source and must equal the archive's characters (quote.text);
   * "verbatim": the whole text quotes its source, typographic characters aside (wording, a dispute's quote).
   */
  quotation?: 'exact' | 'verbatim';
  /** A source's own headline, the one text the copied-text rule lets through. */
  headline?: boolean;
}

// The parts of the MDX syntax tree read here (mdast with the MDX extensions), typed loosely on purpose.
interface Attr {
  type: string;
  name?: string;
  value?: string | null | { value: string };
}
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  alt?: string | null;
  attributes?: Attr[];
  children?: Node[];
  position?: { start: { line: number } };
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const SKIPPED = new Set(['code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']);

/** An attribute as text: a string as written, an expression `{true}` as its source. */
function attr(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a || a.value === null || a.value === undefined) return undefined;
  return typeof a.value === 'string' ? a.value : a.value.value.trim();
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The words an <Estimate> prints in English: the record's `wording` (the source's words for the
 * number), and with by={true} ", according to <name>, <role>". A record without `wording` yet prints
 * its qualifier and number, as the site did before claims had their own words.
 */
export function estimateWords(record: Record<string, unknown> | undefined, by: boolean): string {
  if (!record) return '';
  const t = ui.en;
  let figure = str(record.wording);
  if (figure === undefined) {
    const q = str(record.qualifier) as keyof typeof t.qualifiers | undefined;
    const word = q ? (t.qualifiers[q] ?? '') : '';
    const num =
      q === 'range'
        ? `${String(record.low)}${t.rangeTo}${String(record.high)}`
        : record.value === undefined
          ? ''
          : String(record.value);
    figure = [word, num].filter(Boolean).join(' ');
  }
  if (!by) return figure;
  const c = isRecord(record.claimant) ? record.claimant : {};
  const who = `${str(c.name) ?? ''}${str(c.role) ? `${t.comma}${str(c.role)}` : ''}`;
  return `${figure}${t.according(who)}`;
}

/** Builds a unit's text with the line and printing component of every character. */
class Builder {
  text = '';
  lines: number[] = [];
  printedBy: (string | undefined)[] = [];
  add(s: string, line: number, by?: string) {
    for (const c of s) {
      this.text += c;
      this.lines.push(line);
      this.printedBy.push(by);
      if (c === '\n') line++;
    }
  }
}

/** The sources a stretch of prose cites: its <Cite> ids and the sources of its <Estimate>s. */
function citedIn(node: Node, index: ContentIndex): string[] {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (JSX.has(n.type) && n.name === 'Cite') {
      const id = attr(n, 'id');
      if (id) out.push(id);
    } else if (JSX.has(n.type) && n.name === 'Estimate') {
      const source = str(index.estimates.get(attr(n, 'id') ?? '')?.source);
      if (source) out.push(source);
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(node);
  return [...new Set(out)];
}

/** Every unit of a theme's body: paragraphs (cited by their list item, if in one), headings. */
export function themeUnits(theme: ThemeFile, index: ContentIndex): TextUnit[] {
  const units: TextUnit[] = [];
  for (const field of ['title', 'summary']) {
    const v = str(theme.data[field]);
    if (v) units.push({ file: theme.file, field, text: v, sources: [] });
  }
  // An unreadable body is the content check's to report.
  if (theme.scan.error) return units;
  const tree = parseMdx('\n'.repeat(Math.max(0, theme.bodyLine - 1)) + theme.body) as unknown as Node;
  const lineOf = (n: Node) => n.position?.start.line ?? theme.bodyLine;

  const collect = (n: Node, b: Builder) => {
    if (SKIPPED.has(n.type)) return;
    if (n.type === 'text' || n.type === 'inlineCode') return b.add(n.value ?? '', lineOf(n));
    if (n.type === 'image') return b.add(` ${n.alt ?? ''} `, lineOf(n));
    if (n.type === 'break') return b.add(' ', lineOf(n));
    if (JSX.has(n.type)) {
      if (n.name === 'Heading') return;
      if (n.name === 'Estimate') {
        const id = attr(n, 'id') ?? '';
        const words = estimateWords(index.estimates.get(id), attr(n, 'by') === 'true');
        return b.add(` ${words} `, lineOf(n), `<Estimate id="${id}">`);
      }
      // Any other tag stands between words, as a space does; <Cite> prints no words.
      b.add(' ', lineOf(n));
      for (const c of n.children ?? []) collect(c, b);
      return b.add(' ', lineOf(n));
    }
    for (const c of n.children ?? []) collect(c, b);
  };

  const unit = (n: Node, field: string, sources: string[]) => {
    const b = new Builder();
    if (JSX.has(n.type)) for (const c of n.children ?? []) collect(c, b);
    else collect(n, b);
    if (b.text.trim())
      units.push({ file: theme.file, field, text: b.text, lines: b.lines, printedBy: b.printedBy, sources });
  };

  const visit = (n: Node, scope: Node | undefined) => {
    if (SKIPPED.has(n.type)) return;
    if (JSX.has(n.type) && n.name === 'Heading') return unit(n, `<Heading id="${attr(n, 'id') ?? ''}">`, []);
    const here = n.type === 'listItem' ? n : scope;
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') {
      unit(n, '(prose)', citedIn(here ?? n, index));
      // Headings written inside a paragraph are units of their own.
      const headings = (m: Node): void => {
        if (JSX.has(m.type) && m.name === 'Heading') visit(m, undefined);
        else for (const c of m.children ?? []) headings(c);
      };
      return headings(n);
    }
    for (const c of n.children ?? []) visit(c, here);
  };
  visit(tree, undefined);
  return units;
}

/** Fields that hold no words: addresses, file names and ids of other records. */
const NOT_WORDS = new Set([
  'url',
  'archive',
  'source',
  'sources',
  'section',
  'sections',
  'claims',
  'update',
  'estimate',
  'event',
  'chart',
  'outcome',
  'salaries',
]);

/** Which record fields quote their source whole, by kind of record. */
function quotationOf(kind: RecordKind, path: string): TextUnit['quotation'] {
  if (kind !== 'estimates') return undefined;
  if (path === 'quote.text') return 'exact';
  if (path === 'wording' || /^disputes\.\d+\.quote(\.text)?$/.test(path)) return 'verbatim';
  return undefined;
}

/**
 * Every English text field of a record, with the sources cited for it: the `source` or `sources` of
 * the nearest enclosing object (a pipeline step's, a dispute's, the record's own); a source record's
 * own fields cite the source itself.
 */
export function recordUnits(kind: RecordKind, rec: RecordFile): TextUnit[] {
  const units: TextUnit[] = [];
  const walk = (v: unknown, path: string[], sources: string[]) => {
    if (typeof v === 'string') {
      const field = path.join('.');
      units.push({
        file: rec.file,
        field,
        text: v,
        sources,
        ...(quotationOf(kind, field) ? { quotation: quotationOf(kind, field) } : {}),
        ...(kind === 'sources' && field === 'headline' ? { headline: true } : {}),
      });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)], sources));
    else if (isRecord(v)) {
      const own =
        typeof v.source === 'string'
          ? [v.source]
          : Array.isArray(v.sources)
            ? v.sources.filter((s) => typeof s === 'string')
            : [];
      const cited = own.length ? own : sources;
      for (const [k, x] of Object.entries(v)) {
        if (NOT_WORDS.has(k) || (path.length === 0 && TRANSLATIONS.has(k))) continue;
        walk(x, [...path, k], cited);
      }
    }
  };
  walk(rec.data, [], kind === 'sources' ? [rec.id] : []);
  return units;
}

const unitsOf = new WeakMap<ContentIndex, TextUnit[]>();

/**
 * Every unit of English text in the content: the English themes, then every record folder. Read once
 * per index (both rules take them), so each theme is parsed once per run.
 */
export function englishUnits(index: ContentIndex): TextUnit[] {
  const hit = unitsOf.get(index);
  if (hit) return hit;
  const units = [
    ...index.themes.filter((t) => t.lang === DEFAULT_LANG).flatMap((t) => themeUnits(t, index)),
    ...RECORD_KINDS.flatMap((kind) => index.files[kind].flatMap((r) => recordUnits(kind, r))),
  ];
  unitsOf.set(index, units);
  return units;
}
