// Which of the site's pages the bench measures (issue 18): the long page of each edition, every theme
// page in both editions, and one page of each other kind per edition: a figure (claim) page, a chart
// page, an embed, the sources, the data and the updates. Kinds with many pages take the first in
// alphabetical order of the build, so the choice is stable from run to run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/records/load.ts';
import { isPageDir } from './serve.ts';

export interface BenchPage {
  /** Path from the site's root, with its trailing slash ("/", "/ar/sources/"). */
  path: string;
  kind: 'long' | 'theme' | 'figure' | 'chart' | 'embed' | 'sources' | 'data' | 'updates';
  /** Embeds (and the 404) are noindex on purpose: their SEO score is not judged. */
  noindexOnPurpose: boolean;
}

const EDITIONS = ['', 'ar/'] as const;

/** The first folder under `dist/<dir>` that is a page, or null. */
function firstPage(dist: string, dir: string): string | null {
  let names: string[];
  try {
    names = readdirSync(join(dist, dir)).sort();
  } catch {
    return null;
  }
  return names.find((n) => isPageDir(dist, join(dir, n))) ?? null;
}

/** Every page the bench measures, in the order of the table. */
export function benchPages(root: string, dist: string): BenchPage[] {
  const themes = loadContent(join(root, 'content'), root).themes;
  const out: BenchPage[] = [];
  for (const ed of EDITIONS) out.push({ path: `/${ed}`, kind: 'long', noindexOnPurpose: false });
  for (const ed of EDITIONS) {
    const lang = ed ? 'ar' : 'en';
    for (const id of themes
      .filter((t) => t.lang === lang)
      .map((t) => t.id)
      .sort())
      out.push({ path: `/${ed}${id}/`, kind: 'theme', noindexOnPurpose: false });
  }
  for (const ed of EDITIONS) {
    for (const [kind, dir] of [
      ['figure', 'figures'],
      ['chart', 'charts'],
      ['embed', 'embed'],
    ] as const) {
      const name = firstPage(dist, `${ed}${dir}`);
      if (name) out.push({ path: `/${ed}${dir}/${name}/`, kind, noindexOnPurpose: kind === 'embed' });
    }
    for (const kind of ['sources', 'data', 'updates'] as const)
      out.push({ path: `/${ed}${kind}/`, kind, noindexOnPurpose: false });
  }
  return out;
}

/** Keeps the pages named by --pages (paths with or without slashes; "home" for "/"), in table order. */
export function selectPages(pages: BenchPage[], names: string[] | null): BenchPage[] {
  if (!names) return pages;
  const norm = (s: string) => {
    const t = s.trim().replace(/^\/+|\/+$/g, '');
    return t === 'home' ? '/' : t === 'ar/home' ? '/ar/' : t ? `/${t}/` : '/';
  };
  const wanted = new Set(names.map(norm));
  const unknown = [...wanted].filter((w) => !pages.some((p) => p.path === w));
  if (unknown.length)
    throw new Error(
      `bench: --pages names ${unknown.join(', ')}, which the bench does not measure. Fix: use some of ${pages.map((p) => p.path).join(', ')}`,
    );
  return pages.filter((p) => wanted.has(p.path));
}

/** Whether the built page says noindex in its robots meta. */
export const saysNoindex = (file: string) =>
  /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(readFileSync(file, 'utf8'));
