// Stable citation numbers: a source is the same [n] on every page and in both editions, its
// permanent `number:` (content/sources/*.yaml), in the citations and in the page's list of sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, hasClass } from '../helpers/html.ts';
import { BUILDS, builtPages, readPage } from '../helpers/site.ts';
import { records } from '../helpers/records.ts';

/** A number as shown, in Western or Arabic-Indic digits, as a number. */
const readDigits = (s: string) => Number(s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));

const sources = records('sources');

for (const { outDir } of BUILDS) {
  const pages = builtPages(outDir);
  /** Every place a source's number is shown: "page: [n]" or "page: list item n", by source id. */
  const shown = new Map<string, { where: string; n: number }[]>();
  const add = (id: string, where: string, n: number) => shown.set(id, [...(shown.get(id) ?? []), { where, n }]);
  for (const page of pages) {
    const doc = readPage(outDir, page);
    for (const sup of findAll(doc, (e) => e.tag === 'sup' && hasClass(e, 'cite'))) {
      const a = sup.children.find((c) => c.tag === 'a');
      const id = a?.attrs.href?.replace(/^#ref-/, '');
      const m = /^\[(.+)\]$/.exec(a?.text.trim() ?? '');
      if (id && m) add(id, `/${page} citation ${m[0]}`, readDigits(m[1]));
    }
    for (const li of findAll(doc, (e) => e.tag === 'li' && (e.attrs.id ?? '').startsWith('ref-')))
      add(li.attrs.id.slice(4), `/${page} list item value="${li.attrs.value}"`, Number(li.attrs.value));
  }

  for (const [id, data] of sources) {
    test(`${outDir}: source ${id} shows its own number, ${String(data.number)}, on every page and in both editions`, () => {
      const places = shown.get(id) ?? [];
      assert.ok(places.length > 0, `no page of ${outDir} cites ${id}`);
      assert.ok(
        places.some((p) => p.where.startsWith('/ar/')),
        `no Arabic page of ${outDir} cites ${id}`,
      );
      assert.deepEqual(
        places.filter((p) => p.n !== data.number).map((p) => p.where),
        [],
        `content/sources/${id}.yaml has number ${String(data.number)}`,
      );
    });
  }

  for (const page of pages) {
    const items = findAll(readPage(outDir, page), (e) => e.tag === 'li' && (e.attrs.id ?? '').startsWith('ref-'));
    if (!items.length) continue;
    test(`${outDir}: /${page} lists its sources in the order of their numbers`, () => {
      const values = items.map((li) => Number(li.attrs.value));
      assert.deepEqual(
        values,
        [...values].sort((a, b) => a - b),
      );
    });
  }
}
