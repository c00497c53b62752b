// What the built site contains, read from the output folder, so the tests cover every page.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './fixture.ts';
import { parseHtml, type El } from './html.ts';

/** The two builds `npm test` makes: the root one (no public address) and the sub-path one. */
export const BUILDS = [
  { outDir: 'dist', base: '/', siteUrl: null },
  // The sub-path build is given a fixture public address (scripts/test.mjs sets SITE_URL to it).
  { outDir: 'dist-sub', base: '/sub/path/', siteUrl: 'https://news.test' },
] as const;
export type Build = (typeof BUILDS)[number];

/** Site-relative paths of every built page ("", "sources/", "404.html", ...). */
export function builtPages(outDir = 'dist'): string[] {
  const dir = join(ROOT, outDir);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) {
        if (f !== '_astro' && f !== 'pagefind') walk(p);
      } else if (f.endsWith('.html')) {
        const rel = relative(dir, p);
        out.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The file a page is built to. */
export const pageFile = (outDir: string, page: string) =>
  join(ROOT, outDir, page === '' || page.endsWith('/') ? `${page}index.html` : page);

const parsed = new Map<string, El>();
/** A built page, parsed once per process. */
export function readPage(outDir: string, page: string): El {
  const file = pageFile(outDir, page);
  let doc = parsed.get(file);
  if (!doc) parsed.set(file, (doc = parseHtml(readFileSync(file, 'utf8'))));
  return doc;
}

/** The pages that are error pages (the 404 in each edition). */
export const isNotFound = (p: string) => p === '404.html' || p === 'ar/404/';
export const isEmbed = (p: string) => /^(ar\/)?embed\//.test(p);
export const isArabic = (p: string) => p.startsWith('ar/');

/**
 * One page of each kind the site builds (the long page, a theme, the sources, a chart page, an embed,
 * the data page, the updates log, the offline notice, the 404), in each edition.
 */
export function pageKinds(pages: string[]): string[] {
  const kind = (p: string) => {
    const parts = p.split('/').filter(Boolean);
    const edition = parts[0] === 'ar' ? parts.shift() : 'en';
    const shape =
      parts.length > 1
        ? `${parts[0]}/*`
        : parts.length === 1 && !['sources', 'data', 'updates', 'offline', '404', '404.html'].includes(parts[0])
          ? 'theme'
          : parts.join('/');
    return `${edition}:${shape}`;
  };
  const seen = new Set<string>();
  return pages.filter((p) => !seen.has(kind(p)) && Boolean(seen.add(kind(p))));
}
