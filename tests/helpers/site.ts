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

/**
 * One page of each kind the site builds (the long page, a theme, the sources, a chart page, an embed,
 * the data page, the updates log, the offline notice, the 404), in each edition: pages of one kind come
 * from one template, so what depends on where and how the site is served (a sub-path, a web server) is
 * the same for all of them. The checks that depend on a page's content run on every page in the "root"
 * project; the "subpath" and "nginx" projects run them on this sample.
 */
export function pageKinds(pages: string[]): string[] {
  const kind = (p: string) => {
    const parts = p.split('/').filter(Boolean);
    const edition = parts[0] === 'ar' ? parts.shift() : 'en';
    // "charts/x/" and "embed/x/" are one kind each; a single segment is a theme unless it is a page of its own.
    const shape = parts.length > 1 ? `${parts[0]}/*` : parts.length === 1 && !['sources', 'data', 'updates', 'offline', '404', '404.html'].includes(parts[0]) ? 'theme' : parts.join('/');
    return `${edition}:${shape}`;
  };
  const seen = new Set<string>();
  return pages.filter((p) => !seen.has(kind(p)) && Boolean(seen.add(kind(p))));
}

/** The pages a per-page test covers in this Playwright project: every page in "root", one of each kind elsewhere. */
export const pagesForProject = (project: string, pages: string[]): string[] => (project === 'root' ? pages : pageKinds(pages));
