// Every section heading, figure and event with a "link to this" anchor has a copy-link button beside it,
// labelled in the page's language (the browser test checks that scripts show it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, hasClass } from '../helpers/html.ts';
import { BUILDS, builtPages, isArabic, isEmbed, isNotFound, readPage } from '../helpers/site.ts';

const { outDir } = BUILDS[0];
for (const page of builtPages(outDir).filter((p) => !isNotFound(p) && !isEmbed(p))) {
  test(`/${page}: every anchor has a copy-link button labelled in the page's language`, () => {
    const doc = readPage(outDir, page);
    const buttons = findAll(doc, (e) => e.tag === 'button' && e.attrs['data-copy-url'] !== undefined);
    const label = isArabic(page) ? /^انسخ رابط ./ : /^Copy link to ./;
    const problems: string[] = [];
    for (const a of findAll(doc, (e) => e.tag === 'a' && hasClass(e, 'anchor'))) {
      const b = buttons.find((x) => x.attrs['data-copy-url'] === a.attrs.href);
      if (!b) problems.push(`${a.attrs.href}: no copy-link button`);
      else if (!label.test(b.text.trim())) problems.push(`${a.attrs.href}: button labelled "${b.text.trim()}"`);
    }
    assert.deepEqual(problems, []);
  });
}
