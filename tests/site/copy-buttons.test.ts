// The share control (src/components/page/Anchor.astro): one per link target, never a "#" link and a copy
// button side by side. In the HTML it is a plain link to its fragment (what a reader without JavaScript
// follows or copies by long-press), named in the page's language, and kept out of the search index so
// its words never show in results. The browser test (tests/e2e/copy-links.spec.ts) checks what scripts
// make of it: the share sheet, or a copy with feedback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findAll, hasClass, ids, type El } from '../helpers/html.ts';
import { ROOT } from '../helpers/fixture.ts';
import { BUILDS, builtPages, isArabic, isNotFound, readPage } from '../helpers/site.ts';

const { outDir } = BUILDS[0];
const pages = builtPages(outDir).filter((p) => !isNotFound(p));
const isControl = (e: El) => e.tag === 'a' && hasClass(e, 'anchor');
/** The control's three names: the link's (no script), the share sheet's and the clipboard's. */
const NAMES = {
  en: {
    'share-name-link': /^Link to this \w+: ./,
    'share-name-sheet': /^Share link to this \w+: ./,
    'share-name-copy': /^Copy link to ./,
  },
  ar: { 'share-name-link': /^رابط إلى /, 'share-name-sheet': /^شارك رابط /, 'share-name-copy': /^انسخ رابط / },
};
const inSearchIgnore = (e: El | null): boolean =>
  !!e && (e.attrs['data-pagefind-ignore'] !== undefined || inSearchIgnore(e.parent));

/** The fragments a heading's control may link to: the heading, or the entry it titles (the updates log). */
const targetsOf = (e: El | null): (string | undefined)[] =>
  e ? [...(e.attrs.id ? [`#${e.attrs.id}`] : []), ...targetsOf(e.parent)] : [];

for (const page of pages) {
  test(`/${page}: every section heading has one share control, a link to its own fragment`, () => {
    const doc = readPage(outDir, page);
    const problems: string[] = [];
    for (const wrap of findAll(doc, (e) => hasClass(e, 'heading-wrap'))) {
      const heading = wrap.children.find((c) => /^h[2-6]$/.test(c.tag));
      const controls = findAll(wrap, isControl);
      if (!heading) problems.push('a .heading-wrap without a heading');
      else if (controls.length !== 1) problems.push(`#${heading.attrs.id}: ${controls.length} share controls`);
      else if (!targetsOf(heading).includes(controls[0].attrs.href))
        problems.push(`#${heading.attrs.id}: the control links to ${controls[0].attrs.href}`);
    }
    // The copy button beside the link is gone: the control is both.
    for (const b of findAll(doc, (e) => e.tag === 'button' && e.attrs['data-copy-url']?.startsWith('#')))
      problems.push(`a second control, a copy button for ${b.attrs['data-copy-url']}`);
    assert.deepEqual(problems, []);
  });

  test(`/${page}: every share control links to an id on the page, is named in its language and is out of the search index`, () => {
    const doc = readPage(outDir, page);
    const present = new Set(ids(doc));
    const names = NAMES[isArabic(page) ? 'ar' : 'en'];
    const problems: string[] = [];
    for (const a of findAll(doc, isControl)) {
      const href = a.attrs.href ?? '';
      if (!href.startsWith('#') || !present.has(decodeURIComponent(href.slice(1))))
        problems.push(`${href}: not a link to an id on this page`);
      if (!inSearchIgnore(a)) problems.push(`${href}: not inside data-pagefind-ignore`);
      for (const [cls, pattern] of Object.entries(names)) {
        const span = a.children.find((c) => hasClass(c, cls) && hasClass(c, 'visually-hidden'));
        if (!span || !pattern.test(span.text.trim())) problems.push(`${href}: .${cls} is "${span?.text.trim()}"`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

test('the long page has a share control for every section, figure, event and chart', () => {
  const doc = readPage(outDir, '');
  assert.ok(findAll(doc, isControl).length > 50);
});

// What Pagefind shows in results is the text it stored: the controls' names must not be in it.
const fragments = join(ROOT, outDir, 'pagefind', 'fragment');
for (const f of readdirSync(fragments)) {
  test(`search fragment ${f} holds no share control's name`, () => {
    const text = gunzipSync(readFileSync(join(fragments, f))).toString('utf8');
    const leaked = text.match(
      /(Link to this|Share link to|Copy link to|رابط إلى هذا|شارك رابط|انسخ رابط)[^.,"]{0,40}/g,
    );
    assert.deepEqual(leaked ?? [], []);
  });
}
