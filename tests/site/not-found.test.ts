// The "not found" pages of each build: the root one (404.html), which a host with one 404 page sends for
// every unknown address, Arabic ones included, speaks English and, marked, Arabic; the Arabic one
// (ar/404/), sent only for /ar/ addresses, speaks Arabic alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll } from '../helpers/html.ts';
import { BUILDS, readPage } from '../helpers/site.ts';

/** The languages of the paragraphs of a page's article: the page's own, unless one says otherwise. */
function paragraphLangs(outDir: string, page: string): string[] {
  const doc = readPage(outDir, page);
  const own = findAll(doc, (e) => e.tag === 'html')[0].attrs.lang;
  const article = findAll(doc, (e) => e.tag === 'article')[0];
  return findAll(article, (e) => e.tag === 'p').map((p) => p.attrs.lang ?? own);
}

for (const { outDir } of BUILDS) {
  test(`${outDir}/404.html speaks English, then Arabic for readers of the other edition`, () => {
    assert.deepEqual(paragraphLangs(outDir, '404.html'), ['en', 'ar']);
  });
  test(`${outDir}/ar/404/ speaks Arabic only`, () => {
    assert.deepEqual(paragraphLangs(outDir, 'ar/404/'), ['ar']);
  });
}
