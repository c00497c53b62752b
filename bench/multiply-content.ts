// Writes a synthetic copy of content/ that is N times larger (every theme, source, figure and event
// repeated with its ids suffixed "-xK"), for measuring how the build time grows with the content:
//   node bench/multiply-content.ts --times 10 --out /tmp/content-10x
// The copy passes the content check: each repeat refers only to its own repeated records, and its
// sources get numbers of their own. The ids come
// from the one loader (src/records/load.ts), headings included, so nothing here parses MDX.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentTexts, readContent } from '../src/records/load.ts';

/** The text with the theme's `order:` line of its frontmatter moved by `by`, found by scanning lines. */
function shiftOrder(text: string, by: number): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  for (let i = 1; i < end; i++) {
    if (!lines[i].startsWith('order:')) continue;
    lines[i] = `order: ${Number(lines[i].slice('order:'.length).trim()) + by}`;
    break;
  }
  return lines.join('\n');
}

/** The text with a source's top-level `number:` moved by `by` (each source's number is its own). */
function shiftNumber(text: string, by: number): string {
  return text.replace(/^number: (\d+)$/m, (_, n: string) => `number: ${Number(n) + by}`);
}

/** Writes `times` copies of the content in `from` into `to` (which is emptied first). */
export function multiplyContent(from: string, to: string, times: number): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const index = readContent(from);
  const ids = [
    ...index.sources.keys(),
    ...index.estimates.keys(),
    ...index.events.keys(),
    ...index.themes.flatMap((t) => [t.id, ...t.scan.headings.map((h) => h.id)]),
  ];
  // Longest first, so an id that contains another is replaced whole. The pattern matches whole ids
  // (words joined by hyphens), not MDX structure.
  const unique = [...new Set(ids)].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\w-])(${unique.map((i) => i.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`,
    'g',
  );
  // Each copy's sources are numbered after every number the one before used.
  const top = Math.max(0, ...[...index.sources.values()].map((s) => Number(s.number)));
  const files = contentTexts(from).filter((f) => /^(sources|estimates|events|themes)\//.test(f.path));
  for (let k = 2; k <= times; k++) {
    const rename = (s: string) => s.replace(pattern, `$1-x${k}`);
    for (const { path, text } of files) {
      const dot = path.lastIndexOf('.');
      const out = join(to, `${path.slice(0, dot)}-x${k}${path.slice(dot)}`);
      mkdirSync(dirname(out), { recursive: true });
      // Frontmatter keeps its fields; only the order moves, so every copy sorts after the originals.
      const renamed = rename(text);
      writeFileSync(
        out,
        path.startsWith('themes/')
          ? shiftOrder(renamed, k * 100)
          : path.startsWith('sources/')
            ? shiftNumber(renamed, (k - 1) * top)
            : renamed,
      );
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      times: { type: 'string', default: '10' },
      out: { type: 'string' },
      from: { type: 'string', default: 'content' },
    },
  });
  if (!values.out) throw new Error('multiply-content: --out is required. Fix: pass --out /tmp/content-10x');
  multiplyContent(values.from!, values.out, Number(values.times));
  console.log(`wrote ${values.times}× the content of ${values.from}/ to ${values.out}`);
}
