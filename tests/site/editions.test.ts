// The Arabic edition mirrors the English one: the same pages with the same ids (a link target in one
// edition is one in the other), each page naming its counterpart in hreflang alternates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, ids } from '../helpers/html.ts';
import { BUILDS, builtPages, isArabic, isEmbed, readPage } from '../helpers/site.ts';

/** The Arabic page for an English one; the root 404.html has its Arabic twin at ar/404/. */
const toArabic = (p: string) => (p === '404.html' ? 'ar/404/' : `ar/${p}`);

for (const { outDir, base, siteUrl } of BUILDS) {
  const all = builtPages(outDir);
  const english = all.filter((p) => !isArabic(p));
  const arabic = all.filter(isArabic);
  test(`${outDir}: every Arabic page has an English original`, () => {
    assert.ok(english.length > 5);
    assert.deepEqual(
      arabic.filter((p) => !english.some((e) => toArabic(e) === p)),
      [],
    );
  });
  for (const page of english) {
    test(`${outDir}: /${page} has an Arabic counterpart with the same ids`, () => {
      const ar = toArabic(page);
      assert.ok(arabic.includes(ar), `no Arabic page /${ar}`);
      const en = ids(readPage(outDir, page)).sort();
      const tr = ids(readPage(outDir, ar)).sort();
      assert.deepEqual(
        { missing: en.filter((id) => !tr.includes(id)), extra: tr.filter((id) => !en.includes(id)) },
        { missing: [], extra: [] },
      );
    });
  }
  // The pages a reader reaches in both editions (not the 404s, whose addresses differ, nor the embeds,
  // which are not to be indexed).
  for (const page of english.filter((p) => p !== '404.html' && !isEmbed(p))) {
    for (const p of [page, toArabic(page)]) {
      test(`${outDir}: /${p} names its counterpart in hreflang alternates, with English as x-default`, () => {
        const alternates = findAll(
          readPage(outDir, p),
          (e) => e.tag === 'link' && e.attrs.rel === 'alternate' && e.attrs.hreflang !== undefined,
        );
        // hreflang alternates must be absolute addresses: a build without a public address leaves them out
        // (the language switch on every page still links the counterpart).
        if (!siteUrl) return assert.deepEqual(alternates, [], 'no hreflang alternates without a public address');
        const path = (lang: string) => {
          const href = alternates.find((l) => l.attrs.hreflang === lang)?.attrs.href;
          return href === undefined ? undefined : new URL(href, 'http://site.invalid').pathname;
        };
        assert.equal(path('en'), `${base}${page}`);
        assert.equal(path('ar'), `${base}${toArabic(page)}`);
        assert.equal(path('x-default'), `${base}${page}`);
      });
    }
  }
}
