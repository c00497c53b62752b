// The corrections section (#corrections, the methodology) of both editions shows where corrections go
// (content/site.yaml's corrections.contact) and what a report should include, in the edition's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, hasClass } from '../helpers/html.ts';
import { BUILDS, builtPages, readPage } from '../helpers/site.ts';
import { loadSite } from '../../src/records/site.ts';
import { ui } from '../../src/i18n/ui.ts';

const contact = loadSite().corrections.contact;
const unpublished = contact.startsWith('/') && contact.endsWith('#corrections');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const { outDir, base } of BUILDS) {
  const pages = builtPages(outDir).filter(
    (p) => findAll(readPage(outDir, p), (e) => e.attrs.id === 'corrections').length,
  );
  test(`${outDir}: both editions have a corrections section`, () => {
    assert.ok(pages.includes('methodology/'), 'no /methodology/#corrections');
    assert.ok(pages.includes('ar/methodology/'), 'no /ar/methodology/#corrections');
  });
  for (const page of pages) {
    const lang = page.startsWith('ar/') ? 'ar' : 'en';
    const t = ui[lang].corrections;
    test(`${outDir}: /${page}#corrections says where to send corrections and what to include`, () => {
      const all = findAll(readPage(outDir, page), () => true);
      const start = all.findIndex((e) => e.attrs.id === 'corrections');
      const next = all.findIndex((e, i) => i > start && /^h[1-6]$/.test(e.tag));
      const box = all.findIndex((e) => e.tag === 'div' && hasClass(e, 'corrections'));
      assert.ok(box > start && (next === -1 || box < next), 'no <Corrections /> block in the corrections section');
      const el = all[box];
      if (unpublished) {
        assert.equal(el.attrs['data-contact'], 'not-published');
        assert.ok(norm(el.text).includes(norm(t.notYet)), `it should say: ${t.notYet}`);
      } else {
        const expected = contact.startsWith('/') ? `${base}${lang === 'ar' ? 'ar/' : ''}${contact.slice(1)}` : contact;
        const links = findAll(el, (e) => e.tag === 'a').map((a) => a.attrs.href);
        assert.ok(links.includes(expected), `no link to ${expected}; found ${links.join(', ') || 'none'}`);
      }
      const items = findAll(el, (e) => e.tag === 'li').map((li) => norm(li.text));
      assert.deepEqual(items, t.what.map(norm));
    });
  }
}
