// The site's own pages, read from src/pages/: what a link in a theme may lead to besides themes and sources.
// It lives with the loader because it reads the disk; the link rule (src/check/rules/links.ts) takes the list.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The site's pages other than the themes and the sources page, read from src/pages/: a static file
 * is a page ("about.astro" → "about/"); a folder with a generated page ("charts/[id].astro") stands
 * for all pages under it ("charts/*"). 404 and the per-theme route are left out.
 */
export function sitePages(pagesDir = fileURLToPath(new URL('../pages/', import.meta.url))): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        walk(join(dir, e.name), e.name.startsWith('[') ? `${prefix}*` : `${prefix}${e.name}/`);
        continue;
      }
      const name = e.name.replace(/\.(astro|md|mdx|ts|js)$/, '');
      if (name === e.name || name === '404' || name === '500') continue;
      if (prefix.endsWith('*')) out.push(prefix);
      else if (name.startsWith('[')) {
        if (prefix) out.push(`${prefix}*`);
      }
      // An endpoint keeps its file name ("feed.xml.ts" → "feed.xml"); a page gets a folder ("about/").
      else out.push(name === 'index' ? prefix : name.includes('.') ? `${prefix}${name}` : `${prefix}${name}/`);
    }
  };
  walk(pagesDir, '');
  return [...new Set(out)].sort();
}
