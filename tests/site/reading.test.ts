// Every theme shows its reading time: on the long page at the head of each theme, and on the theme's own page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, hasClass } from '../helpers/html.ts';
import { BUILDS, readPage } from '../helpers/site.ts';

const { outDir } = BUILDS[0];
/** "3 min read" in English, "مدة القراءة: ٣ دقائق" in Arabic. */
const READING = { en: /\b\d+ min read\b/, ar: /مدة القراءة: (دقيقة واحدة|دقيقتان|[٠-٩]+ (دقيقة|دقائق))/ };

for (const edition of ['', 'ar/'] as const) {
  const pattern = edition ? READING.ar : READING.en;
  const sections = findAll(
    readPage(outDir, edition),
    (e) => e.tag === 'section' && hasClass(e, 'theme') && e.attrs.id !== undefined,
  );
  test(`/${edition} holds the themes`, () => assert.ok(sections.length >= 5));
  for (const s of sections) {
    test(`/${edition}: the theme #${s.attrs.id} shows its reading time on the long page`, () => {
      const meta = s.children.find((c) => hasClass(c, 'theme-meta'));
      assert.match(meta?.text ?? '', pattern);
    });
    test(`/${edition}${s.attrs.id}/ shows its reading time`, () => {
      const head = findAll(readPage(outDir, `${edition}${s.attrs.id}/`), (e) => hasClass(e, 'page-head')).flatMap((h) =>
        findAll(h, (e) => hasClass(e, 'theme-meta')),
      );
      assert.match(head[0]?.text ?? '', pattern);
    });
  }
}
