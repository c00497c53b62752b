// Each chart has its own page (title, description, a link back to the chart in its theme) and an embed
// page that asks not to be indexed; no d3 code reaches the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';
import { byTag, findAll, hasClass, metaContent, type El } from '../helpers/html.ts';
import { BUILDS, builtPages, readPage } from '../helpers/site.ts';

for (const { outDir, base } of BUILDS) {
  const chartPages = builtPages(outDir).filter((p) => /^(ar\/)?charts\/[^/]+\/$/.test(p));
  test(`${outDir}: there are chart pages`, () => assert.ok(chartPages.length >= 2));
  for (const page of chartPages) {
    const id = page.split('/').at(-2)!;
    test(`${outDir}: /${page} shows its chart, titled and described, with a link back into the explainer`, () => {
      const doc = readPage(outDir, page);
      const title = findAll(doc, (e) => e.attrs.id === `${id}-title`)[0]?.text.trim();
      assert.ok(title, `#${id}-title`);
      assert.equal(byTag(doc, 'h1')[0].text.trim(), title, 'the <h1> is the chart title');
      assert.ok(byTag(doc, 'title')[0].text.includes(title), 'the <title> names the chart');
      assert.ok((metaContent(doc, 'description') ?? '').length > 30, 'description');
      // The kicker links to the chart in its theme, where the same chart id is the target.
      const back = findAll(doc, (e) => hasClass(e, 'kicker')).flatMap((k) => byTag(k, 'a'))[0]?.attrs.href ?? '';
      const edition = page.startsWith('ar/') ? 'ar/' : '';
      assert.match(back, new RegExp(`^${base}${edition}[a-z0-9-]+/#${id}$`));
      const theme = back.slice(base.length).split('#')[0];
      assert.equal(
        findAll(readPage(outDir, theme), (e) => e.tag === 'figure' && e.attrs.id === id).length,
        1,
        `/${theme} shows figure#${id}`,
      );
    });
  }
  for (const page of builtPages(outDir).filter((p) => /^(ar\/)?embed\/[^/]+\/$/.test(p))) {
    const id = page.split('/').at(-2)!;
    test(`${outDir}: /${page} shows the chart alone and asks not to be indexed`, () => {
      const doc = readPage(outDir, page);
      assert.equal(metaContent(doc, 'robots'), 'noindex');
      assert.equal(findAll(doc, (e) => e.tag === 'figure' && e.attrs.id === id).length, 1, `figure#${id}`);
      assert.equal(
        findAll(doc, (e) => hasClass(e, 'site-header') || hasClass(e, 'site-footer') || e.tag === 'nav').length,
        0,
        'no site header, footer or navigation',
      );
      assert.ok(
        findAll(doc, (e) => hasClass(e, 'embed-credit'))
          .flatMap((c) => byTag(c, 'a'))
          .some((a) => a.attrs.href.endsWith(`/charts/${id}/`)),
        'the credit links to the chart page',
      );
    });
  }
}

// Drawings per chart: the long page draws each chart once (chart-only, issue 18: it carries every chart and
// is where readers land), the theme pages twice (narrow and wide, of which CSS shows one).
const drawingsOf = (doc: El, id: string) =>
  findAll(doc, (e) => e.tag === 'figure' && e.attrs.id === id)
    .flatMap((f) => findAll(f, (e) => e.tag === 'svg' && hasClass(e, 'chart-svg')))
    .map((svg) => ['chart-only', 'chart-narrow', 'chart-wide'].filter((c) => hasClass(svg, c)).join('+') || '(none)');
for (const { outDir } of BUILDS)
  for (const edition of ['', 'ar/']) {
    test(`${outDir}: /${edition} draws each of its charts once`, () => {
      const doc = readPage(outDir, edition);
      const ids = findAll(doc, (e) => e.tag === 'figure' && hasClass(e, 'chart')).map((f) => f.attrs.id);
      assert.ok(ids.length >= 5, `charts on the long page: ${ids.join(', ')}`);
      for (const id of ids) assert.deepEqual(drawingsOf(doc, id), ['chart-only'], `figure#${id}`);
    });
    test(`${outDir}: /${edition}disputed-figures/ draws its figures chart narrow and wide`, () => {
      assert.deepEqual(drawingsOf(readPage(outDir, `${edition}disputed-figures/`), 'figures-chart'), [
        'chart-narrow',
        'chart-wide',
      ]);
    });
  }

// Names d3 keeps in minified bundles (module names, error messages, property names).
const D3 = /d3-|geoPath|scaleLinear|scaleLog|scaleUtc|geoConicConformal|topojson|"invalid color"|clipExtent/;
const astroDir = join(ROOT, BUILDS[0].outDir, '_astro');
const scripts = existsSync(astroDir) ? readdirSync(astroDir).filter((f) => f.endsWith('.js')) : [];
test('the build has client scripts to check', () => assert.ok(scripts.length > 0));
for (const f of scripts) {
  test(`no d3 code in the client script _astro/${f}`, () => {
    const m = D3.exec(readFileSync(join(astroDir, f), 'utf8'));
    assert.equal(m?.[0], undefined, `found "${m?.[0]}"`);
  });
}
for (const page of builtPages(BUILDS[0].outDir)) {
  test(`/${page} loads scripts from the build's own _astro/ folder only (or the offline worker's registration)`, () => {
    const srcs = findAll(readPage(BUILDS[0].outDir, page), (e) => e.tag === 'script' && e.attrs.src !== undefined).map(
      (s) => s.attrs.src,
    );
    for (const src of srcs) assert.match(src, /^\/_astro\//);
  });
}
