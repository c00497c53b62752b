// What linkers read when a page is shared: Open Graph and Twitter tags, each page's 1200×630 PNG share
// card, and a theme's JSON-LD. The addresses in these tags (og:url, og:image, canonical) are the
// business of tests/site/urls.test.ts; here only what does not depend on the public address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';
import { findAll, hasClass, metaContent } from '../helpers/html.ts';
import { BUILDS, builtPages, isEmbed, isNotFound, readPage } from '../helpers/site.ts';
import { pngSize } from '../../src/build/share-image.ts';

for (const build of BUILDS) {
  const { outDir } = build;
  // Pages readers share: all but the 404s and the embed pages (whose chart page is the one to share).
  for (const page of builtPages(outDir).filter((p) => !isNotFound(p) && !isEmbed(p))) {
    test(`${outDir}: /${page} has Open Graph and Twitter tags and a described 1200×630 share card`, () => {
      const doc = readPage(outDir, page);
      assert.ok(metaContent(doc, 'og:title'), 'og:title');
      assert.ok(metaContent(doc, 'og:description'), 'og:description');
      // A share image must be named by an absolute address: without a public address there is none, and
      // the Twitter card is the plain summary.
      if (build.siteUrl) {
        assert.equal(metaContent(doc, 'twitter:card'), 'summary_large_image');
        assert.ok((metaContent(doc, 'og:image:alt') ?? '').length > 20, 'og:image:alt of more than 20 characters');
      } else {
        assert.equal(metaContent(doc, 'twitter:card'), 'summary');
        assert.equal(metaContent(doc, 'og:image'), undefined, 'no og:image without a public address');
      }
      const w = metaContent(doc, 'og:image:width');
      const h = metaContent(doc, 'og:image:height');
      if (w !== undefined || h !== undefined) assert.deepEqual([w, h], ['1200', '630'], 'og:image:width and height');
      // With a public address the card is named; it must be a built file of the stated size.
      const image = metaContent(doc, 'og:image');
      if (build.siteUrl) assert.ok(image, 'og:image (the build has a public address)');
      if (image) {
        const file = join(ROOT, outDir, new URL(image, 'http://site.invalid').pathname.slice(build.base.length));
        assert.ok(existsSync(file), `${image} is a built file`);
        assert.deepEqual(pngSize(readFileSync(file)), { width: 1200, height: 630 });
      }
    });
  }
  for (const png of existsSync(join(ROOT, outDir, 'og'))
    ? readdirSync(join(ROOT, outDir, 'og')).filter((f) => f.endsWith('.png'))
    : []) {
    test(`${outDir}: the share card og/${png} is a 1200×630 PNG`, () => {
      assert.deepEqual(pngSize(readFileSync(join(ROOT, outDir, 'og', png))), { width: 1200, height: 630 });
    });
  }
}

// Theme pages: the pages named after a section of the long page, in each edition, in the build that has a
// public address (and so share cards named in its tags).
const { outDir } = BUILDS.find((b) => b.siteUrl) ?? BUILDS[0];
const themes = ['', 'ar/'].flatMap((edition) =>
  findAll(
    readPage(outDir, edition),
    (e) => e.tag === 'section' && hasClass(e, 'theme') && e.attrs.id !== undefined,
  ).map((s) => `${edition}${s.attrs.id}/`),
);
test('the long page holds the themes', () =>
  assert.ok(themes.length >= 10, `found ${themes.length} themes in both editions`));
for (const page of themes) {
  test(`/${page}: the share card names the key figure, and the JSON-LD is an Article with its dates`, () => {
    const doc = readPage(outDir, page);
    const alt = metaContent(doc, 'og:image:alt') ?? '';
    const figures = findAll(doc, (e) => hasClass(e, 'estimate-value')).map((e) => e.text.trim());
    // A theme that prints figures puts one of them on its card, in the page's language. The card gives
    // the figure's words; the prose may add the noun it counts ("hundreds of young Iraqis").
    const arabic = page.startsWith('ar/');
    const cardFigure = alt.match(arabic ? /مع الرقم (.+?) بحسب / : /the figure (.+?) according to /)?.[1];
    if (figures.length)
      assert.ok(
        cardFigure !== undefined && figures.some((f) => f.startsWith(cardFigure)),
        `"${alt}" names one of ${figures.join(', ')}`,
      );
    const ld = findAll(doc, (e) => e.tag === 'script' && e.attrs.type === 'application/ld+json');
    assert.equal(ld.length, 1, 'one JSON-LD block');
    const data = JSON.parse(ld[0].text);
    assert.equal(data['@type'], 'Article');
    assert.equal(data.headline, metaContent(doc, 'og:title'));
    assert.match(data.datePublished, /^\d{4}-\d{2}-\d{2}$/);
    const modified = findAll(doc, (e) => e.tag === 'time' && e.parent !== null && hasClass(e.parent, 'theme-meta'))[0]
      ?.attrs.datetime;
    assert.equal(data.dateModified, modified, 'dateModified is the date the page shows');
    assert.ok(data.dateModified >= data.datePublished);
  });
}

// Each edition shares its own card: an Arabic page names an Arabic card (og/ar-<key>.png) with an Arabic
// text alternative, an English page an English one; and every page of an edition has a card of its own
// or the edition's home card.
for (const page of builtPages(outDir).filter((p) => !isNotFound(p) && !isEmbed(p))) {
  test(`/${page}: the share card and its text alternative are in the page's language`, () => {
    const doc = readPage(outDir, page);
    const image = metaContent(doc, 'og:image') ?? '';
    const alt = metaContent(doc, 'og:image:alt') ?? '';
    const file = image.split('/').pop() ?? '';
    assert.equal(metaContent(doc, 'twitter:image:alt'), alt, 'twitter:image:alt is og:image:alt');
    if (page.startsWith('ar/')) {
      assert.match(file, /^ar-.+\.png$/, `${image} is an Arabic card`);
      assert.match(alt, /^بطاقة مشاركة: /, 'the text alternative is Arabic');
      assert.match(alt, /مجنَّدو العراق\.$/, 'and names the site in Arabic');
    } else {
      assert.doesNotMatch(file, /^ar-/, `${image} is an English card`);
      assert.match(alt, /^Share card: /, 'the text alternative is English');
    }
  });
}
