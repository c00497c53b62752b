// Content rule: every image in a theme has a text alternative, because a reader who cannot see it (a
// screen reader, a failed download on a slow network) must still get what it shows.
import type { Problem } from '../index.ts';
import { proseOnly, lineAt } from '../../records/mdx-text.ts';

/** A theme body to check. */
export interface MdxBody {
  /** Path of the file, relative to the project root, for messages. */
  file: string;
  /** The MDX body (without frontmatter). */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

const FIX_MD = 'describe what the image shows between the brackets: ![Map of the recruitment routes](map.png)';
const FIX_TAG = 'add alt="..." describing what the image shows';

/** Reports Markdown images with empty alt text and <img> tags without (or with empty) alt. */
export function checkImageAlt(themes: MdxBody[]): Problem[] {
  const problems: Problem[] = [];
  for (const t of themes) {
    const src = proseOnly(t.body);
    const line = (i: number) => lineAt(src, i) + t.bodyLine - 1;
    for (const m of src.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]*)/g)) {
      if (!m[1].trim()) problems.push({ file: t.file, field: `image ${m[2] || '(no address)'}`, line: line(m.index), message: 'has no alt text', fix: FIX_MD });
    }
    for (const m of src.matchAll(/<img\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g)) {
      const attrs = m[1];
      const where = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/.exec(attrs);
      const field = `<img src="${where ? (where[1] ?? where[2] ?? where[3]) : ''}">`;
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]?([^}"'`]*)["'`]?\s*\})/.exec(attrs);
      if (!alt) problems.push({ file: t.file, field, line: line(m.index), message: 'has no alt attribute', fix: FIX_TAG });
      else if (!(alt[1] ?? alt[2] ?? alt[3] ?? '').trim()) problems.push({ file: t.file, field, line: line(m.index), message: 'has an empty alt attribute', fix: FIX_TAG });
    }
  }
  return problems;
}
