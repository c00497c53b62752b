// Every page as a reader without JavaScript gets it: the controls that only scripts can work are hidden in
// the markup itself (the `hidden` attribute, or CSS keyed to the `.js` class that src/client/theme-init.js
// sets), and the site's header is there to find the way around. These were asserted in a browser visit
// per page; what the HTML says is read here, and the browser renders one page of each kind without
// JavaScript to prove the stylesheet keeps its side of it (tests/e2e/pages.spec.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTag, findAll, hasClass } from '../helpers/html.ts';
import { BUILDS, builtPages, isEmbed, isNotFound, readPage } from '../helpers/site.ts';

/** Controls whose markup carries `hidden` until a script reveals them (CopyButton.astro, Search.astro); the
 * share control of a link target (Anchor.astro) is not one: it is a link first. */
const HIDDEN_UNTIL_SCRIPT = ['copy-button', 'search-open'];
/** Controls that the stylesheet shows only under `.js` (reader.css): they must exist to be worth checking. */
const SHOWN_UNDER_JS = ['toc-toggle', 'toc-close', 'theme-choice'];

for (const { outDir } of BUILDS) {
  for (const page of builtPages(outDir)) {
    test(`${outDir}: /${page} without JavaScript hides what needs scripts and keeps the site's header`, () => {
      const doc = readPage(outDir, page);
      const html = byTag(doc, 'html')[0];
      // The stylesheet hides the contents button, its close button and the theme choice unless <html>
      // has the class a script adds; a page built with it would show them to readers without scripts.
      assert.ok(!(html.attrs.class ?? '').split(/\s+/).includes('js'), '<html> is built without the class "js"');
      const shown = findAll(
        doc,
        (e) => HIDDEN_UNTIL_SCRIPT.some((c) => hasClass(e, c)) && e.attrs.hidden === undefined,
      );
      assert.deepEqual(
        shown.map((e) => `<${e.tag}.${e.attrs.class}> "${e.text.trim().slice(0, 40)}"`),
        [],
        'controls that only scripts can work, without the hidden attribute',
      );
      if (isNotFound(page) || isEmbed(page)) return;
      // Embed pages show the chart alone; every other page carries the header with its way home.
      const header = findAll(doc, (e) => e.tag === 'header' && hasClass(e, 'site-header'));
      assert.equal(header.length, 1, 'one <header class="site-header">');
      assert.ok(byTag(header[0], 'a').length > 0, 'the header links somewhere');
    });
  }
}

// The share control of a link target needs no script to be useful: without one it is a plain link to its
// fragment, shown, and announced as a link (src/client/copy.ts names it a button when it runs).
test('without JavaScript the share controls are plain links to their fragments, shown', () => {
  const doc = readPage(BUILDS[0].outDir, '');
  const controls = findAll(doc, (e) => e.tag === 'a' && hasClass(e, 'anchor'));
  assert.ok(controls.length > 50, 'the long page has its share controls');
  const notPlain = controls.filter(
    (a) => !a.attrs.href?.startsWith('#') || a.attrs.hidden !== undefined || a.attrs.role,
  );
  assert.deepEqual(
    notPlain.map((a) => a.attrs.href),
    [],
  );
});

// The `.js`-keyed controls above are only a promise if pages have them: the long page has all three.
test('the long page has the controls the stylesheet shows only with scripts', () => {
  const doc = readPage(BUILDS[0].outDir, '');
  for (const c of SHOWN_UNDER_JS) assert.ok(findAll(doc, (e) => hasClass(e, c)).length > 0, `.${c}`);
});
