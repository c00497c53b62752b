// Every page as a reader without JavaScript gets it: the controls that only scripts can work are hidden by
// CSS keyed to the classes that src/client/theme-init.js sets on <html> before the first paint (`js`, and
// `can-copy` where the Clipboard API exists), so no script has to reveal them one by one; and the site's
// header is there to find the way around. What the HTML and the stylesheets say is read here, and the
// browser renders one page of each kind without JavaScript to prove the stylesheet keeps its side of it
// (tests/e2e/pages.spec.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { byTag, findAll, hasClass } from '../helpers/html.ts';
import { BUILDS, builtPages, isEmbed, isNotFound, readPage } from '../helpers/site.ts';

/** Classes only the head script may put on <html>: a page built with one would show script-only controls. */
const SCRIPT_CLASSES = ['js', 'can-copy', 'share-sheet', 'share-copy'];
/**
 * Each control that only scripts can work, and the rule of the built stylesheets that keeps it hidden
 * unless the head script's class is there (links.css, i18n.css). The share control of a link target
 * (Anchor.astro) is not one: it is a link first.
 */
const GATED = [
  { cls: 'copy-button', rule: /html:not\(\.can-copy\) \.copy-button\{visibility:hidden\}/ },
  { cls: 'search-open', rule: /\.search-open\{display:none\}/ },
];
/** Controls that the stylesheet shows only under `.js` (reader.css): they must exist to be worth checking. */
const SHOWN_UNDER_JS = ['toc-close', 'theme-choice', 'search-open', 'copy-button'];

for (const { outDir } of BUILDS) {
  test(`${outDir}: the stylesheets hide the script-only controls unless the head script has marked <html>`, () => {
    const dir = join(outDir, '_astro');
    const css = readdirSync(dir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    for (const { cls, rule } of GATED) assert.match(css, rule, `.${cls} is hidden by default`);
  });
}

for (const { outDir } of BUILDS) {
  for (const page of builtPages(outDir)) {
    test(`${outDir}: /${page} without JavaScript hides what needs scripts and keeps the site's header`, () => {
      const doc = readPage(outDir, page);
      const html = byTag(doc, 'html')[0];
      // The stylesheet shows script-only controls under classes on <html> that the head script adds; a page
      // built with one of them would show those controls to readers without scripts.
      const classes = (html.attrs.class ?? '').split(/\s+/);
      assert.deepEqual(
        SCRIPT_CLASSES.filter((c) => classes.includes(c)),
        [],
        "<html> is built without the head script's classes",
      );
      // No control is hidden by its own attribute any more: a script would then have to un-hide each one,
      // recomputing style and layout over the whole page (issue 18).
      const attrHidden = findAll(doc, (e) => GATED.some((g) => hasClass(e, g.cls)) && e.attrs.hidden !== undefined);
      assert.deepEqual(
        attrHidden.map((e) => `<${e.tag}.${e.attrs.class}>`),
        [],
        'script-only controls carry no hidden attribute',
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
