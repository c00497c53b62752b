// Writes a synthetic copy of content/ that is N times larger (every theme, source, figure and event
// repeated with its ids suffixed "-xK"), for measuring how the build time grows with the content:
//   node bench/multiply-content.ts --times 10 --out /tmp/content-10x
// The copy passes the content check: each repeat refers only to its own repeated records.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Writes `times` copies of the content in `from` into `to` (which is emptied first). */
export function multiplyContent(from: string, to: string, times: number): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const kinds = ['sources', 'estimates', 'events'];
  const ids: string[] = [];
  for (const k of kinds) for (const f of readdirSync(join(from, k))) if (f.endsWith('.yaml')) ids.push(basename(f, '.yaml'));
  const langs = readdirSync(join(from, 'themes'));
  for (const lang of langs) {
    for (const f of readdirSync(join(from, 'themes', lang))) {
      if (!f.endsWith('.mdx')) continue;
      ids.push(basename(f, '.mdx'));
      for (const m of readFileSync(join(from, 'themes', lang, f), 'utf8').matchAll(/<Heading\b[^>]*\bid="([^"]+)"/g)) ids.push(m[1]);
    }
  }
  // Longest first, so an id that contains another is replaced whole.
  const unique = [...new Set(ids)].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\w-])(${unique.map((i) => i.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`, 'g');
  for (let k = 2; k <= times; k++) {
    const rename = (s: string) => s.replace(pattern, `$1-x${k}`);
    for (const kind of kinds) {
      for (const f of readdirSync(join(from, kind))) {
        if (f.endsWith('.yaml')) writeFileSync(join(to, kind, `${basename(f, '.yaml')}-x${k}.yaml`), rename(readFileSync(join(from, kind, f), 'utf8')));
      }
    }
    for (const lang of langs) {
      mkdirSync(join(to, 'themes', lang), { recursive: true });
      for (const f of readdirSync(join(from, 'themes', lang))) {
        if (!f.endsWith('.mdx')) continue;
        // Frontmatter keeps its fields; only the order moves, so every copy sorts after the originals.
        const text = rename(readFileSync(join(from, 'themes', lang, f), 'utf8')).replace(/^order: (\d+)$/m, (_, n) => `order: ${Number(n) + k * 100}`);
        writeFileSync(join(to, 'themes', lang, `${basename(f, '.mdx')}-x${k}.mdx`), text);
      }
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { times: { type: 'string', default: '10' }, out: { type: 'string' }, from: { type: 'string', default: 'content' } } });
  if (!values.out) throw new Error('multiply-content: --out is required. Fix: pass --out /tmp/content-10x');
  multiplyContent(values.from!, values.out, Number(values.times));
  console.log(`wrote ${values.times}× the content of ${values.from}/ to ${values.out}`);
}
