// The long page's opening (src/components/page/Opening.astro), in both editions and both builds: the dek
// from content/site.yaml with no digit typed into it, the publisher and the dates of first publication
// and last update from the updates log, and a strip of key figures, each linking to its claim's page,
// saying who gives it and marked when contested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/records/site.ts';
import { findAll, hasClass, byTag } from '../helpers/html.ts';
import { BUILDS, readPage } from '../helpers/site.ts';
import { records } from '../helpers/records.ts';
import { ROOT } from '../helpers/fixture.ts';

const site = loadSite();
const home = site.home!;
const updates = [...records('updates').values()].map((u) => String(u.date)).sort();
/** Each English theme's day of last update, from its frontmatter (the editions change together). */
const themes = readdirSync(join(ROOT, 'content/themes/en')).map(
  (f) => readFileSync(join(ROOT, 'content/themes/en', f), 'utf8').match(/^updated: (\S+)$/m)![1],
);
const estimates = records('estimates');
/** Claims some dispute links, in either direction: the site's rule (src/records/claims.ts), restated from the records. */
const disputed = new Set<string>();
for (const [id, e] of estimates)
  for (const d of e.disputes ?? []) {
    disputed.add(id);
    for (const other of d.claims ?? []) disputed.add(other);
  }
const text = (el: { text: string }) => el.text.replace(/\s+/g, ' ').trim();

for (const { outDir } of BUILDS) {
  for (const edition of ['', 'ar/']) {
    const doc = () => readPage(outDir, edition);
    const dek = edition ? home.ar.dek : home.dek;
    test(`${outDir}: /${edition} opens with the dek from content/site.yaml, which types no digit`, () => {
      const p = findAll(doc(), (e) => e.tag === 'p' && hasClass(e, 'dek'));
      assert.equal(p.length, 1, 'one dek');
      assert.equal(text(p[0]), dek);
      assert.doesNotMatch(text(p[0]), /[0-9\u0660-\u0669]/);
    });
    test(`${outDir}: /${edition} names the publisher and the days of first publication and last update`, () => {
      const byline = findAll(doc(), (e) => e.tag === 'p' && hasClass(e, 'byline'))[0];
      assert.ok(byline, 'a byline');
      assert.ok(text(byline).includes(edition ? site.publisher.ar.name : site.publisher.name), text(byline));
      const days = byTag(byline, 'time').map((t) => t.attrs.datetime);
      assert.deepEqual(days, [updates[0], [...updates, ...themes].sort().at(-1)]);
    });
    test(`${outDir}: /${edition} shows each key figure once, linked to its page, with who gives it, marked when contested`, () => {
      const items = findAll(doc(), (e) => e.tag === 'li' && hasClass(e, 'key-figure'));
      assert.deepEqual(
        items.map((li) => byTag(li, 'a')[0].attrs.href?.replace(/^.*figures\/([^/]+)\/$/, '$1')),
        home.keyFigures,
      );
      items.forEach((li, i) => {
        const e = estimates.get(home.keyFigures[i])!;
        const who = edition ? e.ar.claimant.name : e.claimant.name;
        assert.ok(text(li).includes(who), `${text(li)} names ${who}`);
        assert.equal(hasClass(li, 'is-contested'), disputed.has(home.keyFigures[i]), `${home.keyFigures[i]} contested`);
      });
    });
  }
}
