// Reads a theme's MDX body for the author components it uses (<Heading>, <Cite>, <Estimate>, <Chart>),
// so that pages can build their table of contents and reference list, and the content check can
// verify every id, without rendering anything.

/** One author component found in an MDX body. */
export interface ScannedTag {
  name: string;
  attrs: Record<string, string>;
  /** 1-based line in the MDX body. */
  line: number;
  /** Text between the opening and closing tag (headings only), with inline markup removed. */
  text?: string;
}

export interface ScannedHeading {
  id: string;
  /** Former ids kept as link targets (`aliases={["old-id"]}`), so published links keep working. */
  aliases: string[];
  level: number;
  text: string;
  line: number;
}

export interface ScanResult {
  headings: ScannedHeading[];
  cites: ScannedTag[];
  estimates: ScannedTag[];
  charts: ScannedTag[];
  /** Markdown `#` headings, which cannot carry a stable id: the content check rejects them. */
  markdownHeadings: { text: string; line: number }[];
  /** Heading components with a missing or unreadable id or level. */
  badHeadings: { line: number; problem: string }[];
}

const TAGS = ['Heading', 'Cite', 'Estimate', 'Chart'] as const;

/** Blanks out MDX comments and fenced code, keeping line numbers intact. */
function stripIgnored(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank).replace(/^```[\s\S]*?^```/gm, blank);
}

/** Parses `a="x" b={3} c='y'` into a record of strings. */
export function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|([^}]*?))\s*\})/g;
  for (const m of src.matchAll(re)) attrs[m[1]] = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').trim();
  return attrs;
}

/** Reads an attribute holding a list of ids, `["a", 'b']`; undefined gives [], anything unreadable null. */
export function parseIdList(raw: string | undefined): string[] | null {
  if (raw === undefined) return [];
  const m = /^\[\s*((?:(?:"[^"]*"|'[^']*')\s*,?\s*)*)\]$/.exec(raw.trim());
  if (!m) return null;
  return [...m[1].matchAll(/"([^"]*)"|'([^']*)'/g)].map((x) => x[1] ?? x[2]);
}

const lineAt = (s: string, index: number) => s.slice(0, index).split('\n').length;

/** Removes tags and Markdown emphasis from heading text. */
const plain = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Scans an MDX body for the author components. Headings keep their order; a heading's level is its
 * `level` attribute, 2 when absent.
 */
export function scanMdx(body: string): ScanResult {
  const src = stripIgnored(body);
  const result: ScanResult = { headings: [], cites: [], estimates: [], charts: [], markdownHeadings: [], badHeadings: [] };
  const re = new RegExp(`<(${TAGS.join('|')})\\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\\{[^}]*\\})*?)(/?)>`, 'g');
  for (const m of src.matchAll(re)) {
    const [, name, rawAttrs, selfClosing] = m;
    const tag: ScannedTag = { name, attrs: parseAttrs(rawAttrs), line: lineAt(src, m.index) };
    if (name === 'Heading') {
      const close = src.indexOf('</Heading>', m.index + m[0].length);
      tag.text = selfClosing || close < 0 ? '' : plain(src.slice(m.index + m[0].length, close));
      const level = tag.attrs.level === undefined ? 2 : Number(tag.attrs.level);
      if (!tag.attrs.id) result.badHeadings.push({ line: tag.line, problem: 'has no id' });
      else if (![2, 3, 4].includes(level)) result.badHeadings.push({ line: tag.line, problem: `has level ${tag.attrs.level}; expected 2, 3 or 4` });
      else {
        const aliases = parseIdList(tag.attrs.aliases);
        if (aliases === null) result.badHeadings.push({ line: tag.line, problem: `has aliases=${tag.attrs.aliases}; expected a list of ids such as aliases={["old-id"]}` });
        result.headings.push({ id: tag.attrs.id, aliases: aliases ?? [], level, text: tag.text, line: tag.line });
      }
    } else if (name === 'Cite') result.cites.push(tag);
    else if (name === 'Estimate') result.estimates.push(tag);
    else result.charts.push(tag);
  }
  src.split('\n').forEach((l, i) => {
    const h = /^(#{1,6})\s+(.*)$/.exec(l);
    if (h) result.markdownHeadings.push({ text: h[2].trim(), line: i + 1 });
  });
  return result;
}

/** Ids in first-use order, without repeats. */
export function uniqueIds(tags: ScannedTag[], attr = 'id'): string[] {
  return [...new Set(tags.map((t) => t.attrs[attr]).filter((v): v is string => Boolean(v)))];
}
