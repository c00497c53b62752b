// Every internal link, asset and #fragment of every built page resolves to a built file, in the root build
// and in the sub-path build, and nothing points outside the base path (the way withastro/docs'
// scripts/lint-linkcheck.ts checks its build, without a server or a browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';
import { findAll, ids } from '../helpers/html.ts';
import { BUILDS, builtPages, readPage, type Build } from '../helpers/site.ts';

/** A made-up origin to resolve a page's references against; links to it are links inside the site. */
const HERE = 'http://site.invalid';
/** Attributes that name another resource of the site. */
const REF_ATTRS = ['href', 'src', 'xlink:href', 'action', 'poster', 'data'];

/** Every reference a page makes (tag, attribute, value), srcset candidates included. */
function references(outDir: string, page: string) {
  const refs: { tag: string; attr: string; value: string }[] = [];
  for (const el of findAll(readPage(outDir, page), () => true)) {
    for (const attr of REF_ATTRS)
      if (el.attrs[attr] !== undefined) refs.push({ tag: el.tag, attr, value: el.attrs[attr] });
    if (el.attrs.srcset)
      for (const c of el.attrs.srcset.split(','))
        refs.push({ tag: el.tag, attr: 'srcset', value: c.trim().split(/\s+/)[0] });
  }
  return refs;
}

/** The built file a site path names (a folder address is its index.html), or null. */
function fileFor(build: Build, pathname: string): { file: string; page: string | null } | null {
  const rel = decodeURIComponent(pathname.slice(build.base.length));
  const path = join(ROOT, build.outDir, rel);
  if (rel === '' || rel.endsWith('/'))
    return existsSync(join(path, 'index.html')) ? { file: join(path, 'index.html'), page: rel } : null;
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory())
    return existsSync(join(path, 'index.html')) ? { file: join(path, 'index.html'), page: `${rel}/` } : null;
  return { file: path, page: rel.endsWith('.html') ? rel : null };
}

for (const build of BUILDS) {
  const pages = builtPages(build.outDir);
  test(`${build.outDir}/ has pages`, () =>
    assert.ok(pages.length > 5, `no pages in ${build.outDir}/. Fix: build first (npm run build)`));
  // Links to the site's own public address (canonical, og:url in the sub-path build) are internal too.
  const internal = new Set([HERE, ...(build.siteUrl ? [new URL(build.siteUrl).origin] : [])]);
  for (const page of pages) {
    test(`${build.outDir}: /${page}: every internal link, asset and fragment resolves, under ${build.base}`, () => {
      const from = new URL(`${build.base}${page}`, HERE);
      const broken: string[] = [];
      for (const ref of references(build.outDir, page)) {
        // A <link rel=…> or <a> naming another site is not ours to check.
        let url: URL;
        try {
          url = new URL(ref.value, from);
        } catch {
          broken.push(`<${ref.tag} ${ref.attr}="${ref.value}">: not a URL`);
          continue;
        }
        if (!internal.has(url.origin)) continue;
        if (!url.pathname.startsWith(build.base)) {
          broken.push(`<${ref.tag} ${ref.attr}="${ref.value}">: outside the base path ${build.base}`);
          continue;
        }
        const target = fileFor(build, url.pathname);
        if (!target) {
          broken.push(`<${ref.tag} ${ref.attr}="${ref.value}">: no such file in ${build.outDir}/`);
          continue;
        }
        const frag = decodeURIComponent(url.hash.slice(1));
        if (frag && target.page !== null && !ids(readPage(build.outDir, target.page)).includes(frag))
          broken.push(`<${ref.tag} ${ref.attr}="${ref.value}">: no element with id "${frag}"`);
      }
      assert.deepEqual(broken, []);
    });
  }
  if (build.base !== '/') {
    // rehypeBaseLinks (theme prose) and the components must all put the base in front of a root-relative address.
    for (const page of pages) {
      test(`${build.outDir}: /${page}: every root-relative address starts with ${build.base}`, () => {
        const stray = references(build.outDir, page)
          .filter((r) => r.value.startsWith('/') && !r.value.startsWith('//') && !r.value.startsWith(build.base))
          .map((r) => `<${r.tag} ${r.attr}="${r.value}">`);
        assert.deepEqual(stray, []);
      });
    }
  }
}
