// No English on an Arabic page, by markup rather than by a list of words (issue 15): every piece of text a
// reader sees or hears on an /ar/ page is Arabic, unless the markup says it is not. Latin letters are
// allowed only inside an element (or below one) marked lang="en…" or translate="no", in <code>, <pre>,
// <kbd>, <script> and <style>, and in text that is a URL. What is read: text nodes (SVG <title>, <desc>
// and <text> included), the alt, aria-label, title and placeholder attributes, the meta description and
// the Open Graph tags a reader sees (title, description, site name, image alt). What scripts insert is
// checked in the browser (tests/e2e/arabic.spec.ts). One test per Arabic page, so a failure names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../helpers/html.ts';
import { latinLeaks } from '../helpers/latin.ts';
import { BUILDS, builtPages, isArabic, readPage } from '../helpers/site.ts';

for (const { outDir } of BUILDS) {
  for (const page of builtPages(outDir).filter(isArabic)) {
    test(`${outDir}: /${page} has no Latin letters outside lang="en", translate="no", code and addresses`, () => {
      const leaks = latinLeaks(readPage(outDir, page));
      assert.deepEqual(leaks, [], `${leaks.length} Latin text(s) on /${page}:\n  ${leaks.join('\n  ')}`);
    });
  }
}

// The rule itself, on small pieces of markup, so a test that passes means the rule is the one described.
test('the Latin check allows what the markup marks, and nothing else', () => {
  const page = (body: string) =>
    latinLeaks(
      parseHtml(`<!doctype html><html lang="ar" dir="rtl"><head><title>ص</title></head><body>${body}</body></html>`),
    );
  assert.deepEqual(page('<p>نص <span lang="en">English</span> و<code>x=1</code> و<kbd>Ctrl</kbd></p>'), []);
  assert.deepEqual(page('<p translate="no">BibTeX</p><pre>@online{}</pre><p>https://news.test/ar/</p>'), []);
  assert.deepEqual(page('<p lang="en-GB">fine <span lang="ar">Contents</span></p>'), ['<span> text: "Contents"']);
  assert.deepEqual(page('<button aria-label="Close">×</button>'), ['<button> aria-label="Close"']);
  assert.deepEqual(page('<svg><title>Chart</title></svg>'), ['<title> text: "Chart"']);
  assert.deepEqual(page('<img alt="map" src="a.png">'), ['<img> alt="map"']);
  // The head: the description and the Open Graph words are read; Open Graph tokens and addresses are not.
  const head = (tags: string) =>
    latinLeaks(parseHtml(`<!doctype html><html lang="ar"><head><title>ص</title>${tags}</head><body></body></html>`));
  assert.deepEqual(
    head('<meta property="og:type" content="article"><meta property="og:url" content="https://x.test/">'),
    [],
  );
  assert.deepEqual(head('<meta name="description" content="A page">'), ['<meta name="description"> content="A page"']);
  // A page with an English part on purpose passes when that part is marked.
  assert.deepEqual(
    page('<h1>الصفحة غير موجودة</h1><section lang="en" dir="ltr"><h2>Page not found</h2></section>'),
    [],
  );
});
