// Embed pages read as a whole inside a frame on another site: the chart's title and sources, the
// credit and the licence (content/site.yaml) are there, and the "#" links and copy buttons of the
// site's own pages are not. The embed code loads the resize script from the site's root and starts
// at the chart's fallback height, and the build serves that script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';
import { byTag, findAll, hasClass } from '../helpers/html.ts';
import { BUILDS, builtPages, isArabic, readPage } from '../helpers/site.ts';
import { loadSite } from '../../src/records/site.ts';
import { EMBED_FALLBACK_HEIGHTS } from '../../src/format/embed.ts';

const site = loadSite();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const { outDir, base, siteUrl } of BUILDS) {
  const embeds = builtPages(outDir).filter((p) => /^(ar\/)?embed\/[^/]+\/$/.test(p));
  test(`${outDir}: there are embed pages in both editions`, () => {
    assert.ok(embeds.some(isArabic) && embeds.some((p) => !isArabic(p)));
  });
  for (const page of embeds) {
    const id = page.split('/').at(-2)!;
    test(`${outDir}: /${page} shows the chart's title and sources, the credit and the licence`, () => {
      const doc = readPage(outDir, page);
      assert.ok(findAll(doc, (e) => e.attrs.id === `${id}-title`)[0]?.text.trim(), 'the chart title');
      const notes = findAll(doc, (e) => hasClass(e, 'chart-notes'));
      assert.ok(
        notes.flatMap((n) => byTag(n, 'a')).some((a) => a.attrs.href.includes('/sources/#')),
        'source notes linking to the sources',
      );
      assert.ok(findAll(doc, (e) => hasClass(e, 'embed-credit')).length > 0, 'the credit line');
      const licence = findAll(doc, (e) => hasClass(e, 'embed-licence'))[0];
      assert.ok(licence, 'the licence line');
      const words = isArabic(page) ? site.licence.ar.text : site.licence.text;
      assert.ok(squash(licence.text).startsWith(squash(words)), `the licence words: ${licence.text}`);
      assert.ok(
        byTag(licence, 'a').some(
          (a) => a.attrs.rel?.split(' ').includes('license') && a.attrs.href === site.licence.url,
        ),
        'a rel=license link to the licence',
      );
    });
    test(`${outDir}: /${page} has no "#" links or copy buttons, which mean nothing inside a frame`, () => {
      const doc = readPage(outDir, page);
      assert.deepEqual(
        findAll(
          doc,
          (e) => hasClass(e, 'anchor') || hasClass(e, 'copy-button') || e.attrs['data-copy-url'] !== undefined,
        ).map((e) => `<${e.tag} class="${e.attrs.class ?? ''}">`),
        [],
      );
    });
  }
  test(`${outDir}: the resize script of the embed code is at the site root`, () =>
    assert.ok(existsSync(join(ROOT, outDir, 'embed.js'))));
  if (siteUrl) {
    for (const page of builtPages(outDir).filter((p) => /^(ar\/)?charts\/[^/]+\/$/.test(p))) {
      const id = page.split('/').at(-2)!;
      test(`${outDir}: /${page} gives an embed code that loads embed.js from the site root, at the chart's fallback height`, () => {
        const code = findAll(readPage(outDir, page), (e) => e.attrs.id === 'embed-code')[0]?.text ?? '';
        assert.match(code, new RegExp(` height="${EMBED_FALLBACK_HEIGHTS[id]}" `));
        assert.ok(code.endsWith(`<script src="${new URL(`${base}embed.js`, siteUrl).href}" async></script>`), code);
      });
    }
  }
}
