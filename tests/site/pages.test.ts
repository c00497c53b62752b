// Every built page, in both editions and both builds, states its language and direction, has one <h1>,
// a title and a description (what a reader, a screen reader and a search engine read first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTag, findAll, metaContent } from '../helpers/html.ts';
import { BUILDS, builtPages, isArabic, readPage } from '../helpers/site.ts';

for (const { outDir } of BUILDS) {
  for (const page of builtPages(outDir)) {
    test(`${outDir}: /${page} has its language, direction, one h1, a title and a description`, () => {
      const doc = readPage(outDir, page);
      const html = byTag(doc, 'html')[0];
      // The Arabic edition lives under ar/ and reads right to left; everything else is English.
      assert.equal(html.attrs.lang, isArabic(page) ? 'ar' : 'en', 'lang');
      assert.equal(html.attrs.dir, isArabic(page) ? 'rtl' : 'ltr', 'dir');
      assert.equal(byTag(doc, 'h1').length, 1, 'one <h1>');
      assert.ok(byTag(doc, 'h1')[0].text.trim(), 'the <h1> has text');
      assert.ok(byTag(doc, 'title')[0]?.text.trim(), '<title>');
      assert.ok((metaContent(doc, 'description') ?? '').length > 30, 'a description of more than 30 characters');
      assert.equal(findAll(doc, (e) => e.tag === 'main').length, 1, 'one <main>');
    });
  }
}
