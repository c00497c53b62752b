// What the built site contains, read from the output folder, so the e2e tests cover every page.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './fixture.ts';

/** Site-relative paths of every built page ("", "sources/", "404.html", ...). */
export function builtPages(outDir = 'dist'): string[] {
  const dir = join(ROOT, outDir);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) {
        if (f !== '_astro') walk(p);
      } else if (f.endsWith('.html')) {
        const rel = relative(dir, p);
        out.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}
