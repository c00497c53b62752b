// Machine text reads left to right inside Arabic pages (issue 15): code, <pre> blocks (BibTeX, CSL-JSON,
// the embed code) and every address written out as text sit in an element whose direction is ltr,
// so the browser does not reorder them right to left ("/http://…", "online{…-@"). Read from the built
// HTML; the browser side (what scripts write) is in tests/e2e/arabic.spec.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, type El } from '../helpers/html.ts';
import { BUILDS, builtPages, isArabic, readPage } from '../helpers/site.ts';

/** The direction an element's text is laid out in: its own dir, else its nearest ancestor's. */
const direction = (el: El | null): string | undefined => {
  for (let e = el; e; e = e.parent) if (e.attrs.dir) return e.attrs.dir;
  return undefined;
};
const describe = (el: El) =>
  `<${el.tag}${el.attrs.id ? `#${el.attrs.id}` : ''}${el.attrs.class ? `.${el.attrs.class.split(/\s+/).join('.')}` : ''}> "${el.text.trim().slice(0, 50)}"`;
/** Text that is an address from start to end. */
const ADDRESS = /^\s*https?:\/\/\S+\s*$/;

for (const { outDir } of BUILDS) {
  for (const page of builtPages(outDir).filter(isArabic)) {
    test(`${outDir}: /${page} lays out code, pre and addresses left to right`, () => {
      const doc = readPage(outDir, page);
      const rtl = (els: El[]) => els.filter((e) => direction(e) !== 'ltr').map(describe);
      const body = findAll(doc, (e) => e.tag === 'body')[0];
      assert.deepEqual(
        rtl(findAll(body, (e) => e.tag === 'pre' || e.tag === 'code')),
        [],
        '<pre> and <code> not in a dir="ltr" element',
      );
      // Text nodes that are addresses: the element holding one must lay it out ltr.
      const holders = findAll(
        body,
        (e) => e.tag !== 'script' && e.tag !== 'style' && e.texts.some((t) => ADDRESS.test(t)),
      );
      assert.deepEqual(rtl(holders), [], 'addresses written out as text, not in a dir="ltr" element');
    });
  }
}
