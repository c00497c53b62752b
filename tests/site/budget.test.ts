// The script budget is the benchmark's (bench/budgets.json), in the unit a reader pays for: bytes over
// the network, brotli-compressed, each script on its own as a server sends it, inline scripts included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { ROOT } from '../helpers/fixture.ts';
import { findAll } from '../helpers/html.ts';
import { BUILDS, builtPages, readPage } from '../helpers/site.ts';

const { themePage } = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as {
  themePage: { jsBrotliBytes: number };
};
const { outDir } = BUILDS[0];
const sizes = new Map<string, number>();
/** Brotli bytes of a script file of the build, computed once. */
const fileBytes = (src: string) => {
  if (!sizes.has(src)) sizes.set(src, brotliCompressSync(readFileSync(join(ROOT, outDir, src))).length);
  return sizes.get(src)!;
};

for (const page of builtPages(outDir)) {
  test(`/${page} ships less than ${themePage.jsBrotliBytes} bytes of JavaScript (brotli)`, () => {
    const scripts = findAll(
      readPage(outDir, page),
      (e) => e.tag === 'script' && e.attrs.type !== 'application/ld+json',
    );
    const bytes = scripts.reduce(
      (n, s) => n + (s.attrs.src ? fileBytes(s.attrs.src) : brotliCompressSync(Buffer.from(s.text)).length),
      0,
    );
    assert.ok(bytes > 0, 'the page has scripts (the count is not vacuous)');
    assert.ok(bytes < themePage.jsBrotliBytes, `${bytes} bytes of JavaScript, brotli`);
  });
}

// One stylesheet for the whole site (astro.config.mjs, cssCodeSplit: false): every page asks for the same
// one file, so a reader's second page costs no CSS and the long page makes one request, not six.
const stylesheetsOf = (page: string) =>
  findAll(readPage(outDir, page), (e) => e.tag === 'link' && e.attrs.rel === 'stylesheet').map((e) => e.attrs.href);
for (const page of ['', 'ar/', 'disputed-figures/', 'charts/figures-chart/', 'embed/figures-chart/', 'sources/'])
  test(`/${page} loads the site's one stylesheet`, () => {
    const links = stylesheetsOf(page);
    assert.equal(links.length, 1, links.join(', '));
    assert.deepEqual(links, stylesheetsOf(''), 'the same file as the long page');
  });
