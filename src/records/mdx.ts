// Reads a theme's MDX through the MDX parser (remark-parse + remark-mdx, the parser @mdx-js/mdx and
// Astro use) and lists what the site and the content check need without rendering anything: the
// author components (<Heading>, <Cite>, <Estimate>, <Chart>, <Walk>) with their attributes, links and
// images, and the prose paragraphs. Everything comes from the syntax tree, so code blocks, inline code
// and {/* comments */} are never taken for the real thing, and every position is the parser's.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';

/** One author component found in an MDX body. */
export interface ScannedTag {
  name: string;
  /** Attributes as text: a string as written, an expression `{3}` or `{"x"}` as its value. */
  attrs: Record<string, string>;
  /** 1-based line (of the file when scanMdx was given the body's first line). */
  line: number;
  /** Text between the opening and closing tag (headings only), with inline markup removed. */
  text?: string;
  /** The text right after the tag, up to the next tag (estimates only): the content check reads the noun there. */
  after?: string;
}

export interface ScannedHeading {
  id: string;
  /** Former ids kept as link targets (`aliases={["old-id"]}`), so published links keep working. */
  aliases: string[];
  level: number;
  text: string;
  line: number;
}

/** A link to somewhere: a Markdown link or an <a href>. */
export interface ScannedLink {
  target: string;
  line: number;
}

/** An image: a Markdown image or an <img> tag. */
export interface ScannedImage {
  kind: 'markdown' | 'tag';
  /** Its address, '' when it has none. */
  src: string;
  /** Its text alternative; null when an <img> has no alt attribute at all. */
  alt: string | null;
  line: number;
}

/** One paragraph (or list item's paragraph) as readers see it, for the rules about prose. */
export interface ProseUnit {
  /** Whether it holds a <Cite> or an <Estimate>. */
  cited: boolean;
  /** The words on each of its lines (tags, attributes and link targets left out), in line order. */
  lines: { line: number; text: string }[];
}

/** An MDX syntax error, where the parser stopped. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  /** The parser's own words. */
  reason: string;
  /** What to do about it, in an editor's words. */
  fix: string;
}

export interface ScanResult {
  headings: ScannedHeading[];
  cites: ScannedTag[];
  estimates: ScannedTag[];
  charts: ScannedTag[];
  walks: ScannedTag[];
  /** Every component or HTML element used, in document order (<EventList />, <EstimatesTable /> …). */
  components: { name: string; line: number }[];
  links: ScannedLink[];
  images: ScannedImage[];
  paragraphs: ProseUnit[];
  /** Markdown `#` headings, which cannot carry a stable id: the content check rejects them. */
  markdownHeadings: { text: string; line: number }[];
  /** Heading components with a missing or unreadable id or level. */
  badHeadings: { line: number; problem: string }[];
  /** Set when the body is not valid MDX; everything else is then empty. */
  error?: MdxSyntaxError;
}

// The parts of the MDX syntax tree read here (mdast with the MDX extensions), typed loosely on purpose:
// only these fields are read.
interface Point {
  line: number;
  column: number;
}
interface EstreeNode {
  type: string;
  value?: unknown;
  elements?: (EstreeNode | null)[];
  expression?: EstreeNode;
  body?: EstreeNode[];
}
interface Attr {
  type: string;
  name?: string;
  value?: string | null | { value: string; data?: { estree?: EstreeNode } };
}
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  attributes?: Attr[];
  children?: Node[];
  position?: { start: Point };
}

const processor = unified().use(remarkParse).use(remarkMdx);

/** Parses an MDX body into its syntax tree; throws the parser's message (a VFileMessage) on bad syntax. */
export const parseMdx = (body: string): Node => processor.parse(body) as unknown as Node;

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** The single expression of an attribute value `{…}`, from the parser's estree. */
function expressionOf(v: { data?: { estree?: EstreeNode } }): EstreeNode | undefined {
  const stmt = v.data?.estree?.body?.[0];
  return stmt?.type === 'ExpressionStatement' ? stmt.expression : undefined;
}

/** The attributes of a JSX element as text; expressions give their literal value or their source. */
function attrsOf(node: Node): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name || a.value === null || a.value === undefined) continue;
    if (typeof a.value === 'string') attrs[a.name] = a.value;
    else {
      const e = expressionOf(a.value);
      attrs[a.name] = e?.type === 'Literal' ? String(e.value) : a.value.value.trim();
    }
  }
  return attrs;
}

/** An attribute holding a list of ids, `{["a", 'b']}`; absent gives [], anything else null. */
function idListOf(node: Node, name: string): string[] | null {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return [];
  if (a.value === null || typeof a.value !== 'object') return null;
  const e = expressionOf(a.value);
  if (e?.type !== 'ArrayExpression') return null;
  const out: string[] = [];
  for (const el of e.elements ?? []) {
    if (el?.type !== 'Literal' || typeof el.value !== 'string') return null;
    out.push(el.value);
  }
  return out;
}

/** The text a reader sees in a node: text, inline code and image alternatives, markup removed. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  const inner = (node.children ?? []).map(textOf).join('');
  // A tag stands between words, as a space does.
  return JSX.has(node.type) ? ` ${inner} ` : inner;
}

const squash = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

/** Whether a node holds a component with one of these names. */
function holds(node: Node, names: string[]): boolean {
  if (JSX.has(node.type) && names.includes(node.name ?? '')) return true;
  return (node.children ?? []).some((c) => holds(c, names));
}

/** The words of a paragraph per line, from the positions of its text nodes. */
function proseLines(node: Node): { line: number; text: string }[] {
  const byLine = new Map<number, string>();
  const add = (line: number, s: string) => byLine.set(line, (byLine.get(line) ?? '') + s);
  const visit = (n: Node) => {
    if (JSX.has(n.type) && n.name === 'Heading') return;
    if ((n.type === 'text' || n.type === 'inlineCode' || n.type === 'image') && n.position) {
      const parts = textOf(n).split('\n');
      parts.forEach((p, i) => add(n.position!.start.line + i, p));
      return;
    }
    if (JSX.has(n.type) && n.position) add(n.position.start.line, ' ');
    for (const c of n.children ?? []) visit(c);
    if (JSX.has(n.type) && n.position) add(n.position.start.line, ' ');
  };
  visit(node);
  return [...byLine].sort((a, b) => a[0] - b[0]).map(([line, text]) => ({ line, text }));
}

/** The fix for an MDX syntax error, by the part of the parser that raised it. */
function syntaxFix(source: string | undefined, rule: string | undefined): string {
  if (source?.includes('esm'))
    return 'an "import" or "export" line starts code in MDX: leave a blank line after it, and start a sentence that begins with the word import or export differently';
  if (source?.includes('expression'))
    return 'a "{" starts an expression in MDX: close it with "}", or write a brace meant as text as \\{';
  if (rule === 'end-tag-mismatch' || rule === 'unexpected-closing-slash' || source?.includes('jsx'))
    return 'close every component: write <Cite id="source-id" /> with the slash when it has no content, or end it with its closing tag (</Heading>); a "<" meant as text is written \\<';
  return 'correct the MDX at that line and column: components are written <Name attr="value" />, and "{" or "<" meant as text are written \\{ or \\<';
}

/** The empty scan, for a body that cannot be read. */
const emptyScan = (): ScanResult => ({
  headings: [],
  cites: [],
  estimates: [],
  charts: [],
  walks: [],
  components: [],
  links: [],
  images: [],
  paragraphs: [],
  markdownHeadings: [],
  badHeadings: [],
});

/**
 * Scans an MDX body for the author components, links, images and paragraphs. Headings keep their
 * order; a heading's level is its `level` attribute, 2 when absent. `firstLine` is the file line the
 * body starts on (below the frontmatter), so that every line is a line of the file.
 */
export function scanMdx(body: string, firstLine = 1): ScanResult {
  // Every page of a build scans the same few themes (the table of contents lists them all): parse each
  // text once. The results are shared, so callers never change them.
  const key = `${firstLine}\0${body}`;
  const hit = scans.get(key);
  if (hit) return hit;
  if (scans.size >= MEMO_SIZE) scans.clear();
  const result = scanText(body, firstLine);
  scans.set(key, result);
  return result;
}

/** Enough for every theme of both editions, and the edits of a session of `astro dev`. */
const MEMO_SIZE = 500;
const scans = new Map<string, ScanResult>();

function scanText(body: string, firstLine: number): ScanResult {
  const result = emptyScan();
  // The body is parsed below as many empty lines as the frontmatter takes, so that every position the
  // parser gives (in its nodes and in its error messages) is a position in the file.
  let tree: Node;
  try {
    tree = parseMdx('\n'.repeat(Math.max(0, firstLine - 1)) + body);
  } catch (e) {
    const m = e as {
      line?: number;
      column?: number;
      reason?: string;
      message?: string;
      source?: string;
      ruleId?: string;
    };
    if (typeof m.line !== 'number') throw e;
    result.error = {
      line: m.line,
      column: m.column ?? 1,
      reason: m.reason ?? String(m.message),
      fix: syntaxFix(m.source, m.ruleId),
    };
    return result;
  }
  const lineOf = (n: Node) => n.position?.start.line ?? 1;
  /** The text node that follows each element, for <Estimate>'s `after`. */
  const textAfter = new Map<Node, string>();
  const visit = (n: Node, inHeading: boolean) => {
    if (n.type === 'paragraph' && !inHeading) {
      result.paragraphs.push({ cited: holds(n, ['Cite', 'Estimate']), lines: proseLines(n) });
    } else if (n.type === 'heading') {
      result.markdownHeadings.push({ text: squash(textOf(n)), line: lineOf(n) });
    } else if (n.type === 'link' && n.url) {
      result.links.push({ target: n.url, line: lineOf(n) });
    } else if (n.type === 'image') {
      result.images.push({ kind: 'markdown', src: n.url ?? '', alt: n.alt ?? '', line: lineOf(n) });
    } else if (JSX.has(n.type) && n.name) {
      const tag: ScannedTag = { name: n.name, attrs: attrsOf(n), line: lineOf(n) };
      result.components.push({ name: n.name, line: tag.line });
      if (n.name === 'Heading') {
        tag.text = squash(textOf({ type: 'root', children: n.children }));
        const level = tag.attrs.level === undefined ? 2 : Number(tag.attrs.level);
        if (!tag.attrs.id) result.badHeadings.push({ line: tag.line, problem: 'has no id' });
        else if (![2, 3, 4].includes(level))
          result.badHeadings.push({ line: tag.line, problem: `has level ${tag.attrs.level}; expected 2, 3 or 4` });
        else {
          const aliases = idListOf(n, 'aliases');
          if (aliases === null)
            result.badHeadings.push({
              line: tag.line,
              problem: `has aliases=${tag.attrs.aliases}; expected a list of ids such as aliases={["old-id"]}`,
            });
          result.headings.push({ id: tag.attrs.id, aliases: aliases ?? [], level, text: tag.text, line: tag.line });
        }
      } else if (n.name === 'Cite') result.cites.push(tag);
      else if (n.name === 'Estimate') result.estimates.push({ ...tag, after: textAfter.get(n) ?? '' });
      else if (n.name === 'Chart') result.charts.push(tag);
      else if (n.name === 'Walk') result.walks.push(tag);
      else if (n.name === 'a' && tag.attrs.href !== undefined)
        result.links.push({ target: tag.attrs.href, line: tag.line });
      else if (n.name === 'img')
        result.images.push({ kind: 'tag', src: tag.attrs.src ?? '', alt: tag.attrs.alt ?? null, line: tag.line });
    }
    const children = n.children ?? [];
    children.forEach((c, i) => {
      const next = children[i + 1];
      if (next?.type === 'text' && typeof next.value === 'string') textAfter.set(c, next.value);
    });
    for (const c of children) visit(c, inHeading || (JSX.has(n.type) && n.name === 'Heading'));
  };
  visit(tree, false);
  return result;
}

/** Ids in first-use order, without repeats. */
export function uniqueIds(tags: ScannedTag[], attr = 'id'): string[] {
  return [...new Set(tags.map((t) => t.attrs[attr]).filter((v): v is string => Boolean(v)))];
}

/**
 * The words a reader reads in an MDX body: text between tags and in headings counts; tags, their
 * attributes, comments, code blocks, imports and link targets do not.
 */
export function proseWords(body: string): string[] {
  const hit = words.get(body);
  if (hit) return hit;
  if (words.size >= MEMO_SIZE) words.clear();
  const out = wordsOf(body);
  words.set(body, out);
  return out;
}

const words = new Map<string, string[]>();

function wordsOf(body: string): string[] {
  const words: string[] = [];
  const visit = (n: Node) => {
    if (n.type === 'code' || n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression')
      return;
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'image') {
      words.push(...textOf(n).split(/\s+/));
      return;
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(parseMdx(body));
  return words.filter(Boolean);
}

/** Splits an MDX file into its YAML frontmatter (between the first two "---" lines) and its body. */
export function splitFrontmatter(src: string): { frontmatter: string | null; body: string; bodyLine: number } {
  const lineEnd = (from: number) => {
    const i = src.indexOf('\n', from);
    return i < 0 ? src.length : i;
  };
  const isFence = (from: number, to: number) => src.slice(from, to).replace('\r', '') === '---';
  const firstEnd = lineEnd(0);
  if (!isFence(0, firstEnd) || firstEnd === src.length) return { frontmatter: null, body: src, bodyLine: 1 };
  let start = firstEnd + 1;
  for (let line = 2; start <= src.length; line++) {
    const end = lineEnd(start);
    if (isFence(start, end)) {
      const yamlEnd = start === firstEnd + 1 ? start : start - 1 - (src[start - 2] === '\r' ? 1 : 0);
      return {
        frontmatter: src.slice(firstEnd + 1, Math.max(firstEnd + 1, yamlEnd)),
        body: src.slice(Math.min(end + 1, src.length)),
        bodyLine: line + 1,
      };
    }
    if (end === src.length) break;
    start = end + 1;
  }
  return { frontmatter: null, body: src, bodyLine: 1 };
}
