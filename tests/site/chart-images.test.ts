// Chart images (charts/<id>/<id>.svg and .png in both editions and both builds), the "Cite" block in
// every chart's header, and the licence beside the chart downloads, the data links and "Cite this".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { ROOT } from '../helpers/fixture.ts';
import { findAll, hasClass, type El } from '../helpers/html.ts';
import { BUILDS, builtPages, readPage } from '../helpers/site.ts';
import { CHART_IDS } from '../../src/charts/ids.ts';
import { getChart, shortOutlet } from '../../src/charts/registry.ts';
import { CLASS_STYLES } from '../../src/charts/export/svg-styles.ts';
import { MIN_TEXT_PX } from '../../src/charts/shared/text-size.ts';
import { classesIn } from '../../src/build/chart-image.ts';
import { pngSize } from '../../src/build/share-image.ts';
import { DEFAULT_LANG, LANGS, pathIn } from '../../src/i18n/locales.ts';
import { ui } from '../../src/i18n/ui.ts';
import { loadSite } from '../../src/records/site.ts';

const licence = loadSite().licence;
const file = (outDir: string, page: string) => join(ROOT, outDir, page);
/** The attributes of the root element of an SVG, read by a strict XML parser (which throws on bad XML). */
function parseSvg(svg: string): Record<string, string> {
  let root: Record<string, string> | undefined;
  const p = sax.parser(true, {});
  p.onopentag = (n) => {
    root ??= n.attributes as Record<string, string>;
  };
  p.write(svg).close();
  return root!;
}

/**
 * The texts of an image drawn smaller than `min` (its px are the image's own: it is shown at its size or
 * scaled as a whole), with the font size each inherits; there must be texts at all.
 */
function smallTexts(svg: string, min: number): string[] {
  const sizes: number[] = [16];
  const small: string[] = [];
  let texts = 0;
  let open: { size: number; text: string } | null = null;
  const p = sax.parser(true, {});
  p.onopentag = (n) => {
    const fs = (n.attributes as Record<string, string>)['font-size'];
    sizes.push(fs ? Number(fs) : sizes.at(-1)!);
    if (n.name === 'text') open = { size: sizes.at(-1)!, text: '' };
  };
  p.ontext = (t) => {
    if (open) open.text += t;
  };
  p.onclosetag = (name) => {
    sizes.pop();
    if (name !== 'text' || !open) return;
    texts++;
    if (open.size < min) small.push(`${open.size}: "${open.text.trim().slice(0, 40)}"`);
    open = null;
  };
  p.write(svg).close();
  assert.ok(texts > 5, `${texts} texts in the image`);
  return small;
}

for (const { outDir, base, siteUrl } of BUILDS)
  for (const lang of LANGS)
    for (const id of CHART_IDS) {
      const page = pathIn(lang, `charts/${id}/`);
      const svgPath = `${page}${id}.svg`;
      test(`${outDir}/${svgPath}: a self-contained SVG with title, credit, licence and address`, () => {
        const svg = readFileSync(file(outDir, svgPath), 'utf8');
        const root = parseSvg(svg);
        assert.match(root.width, /^\d+$/);
        assert.match(root.height, /^\d+$/);
        assert.equal(root.viewBox, `0 0 ${root.width} ${root.height}`);
        assert.doesNotMatch(svg, /\sclass=|<style|href=/, 'no classes, style sheet or links that need the site');
        const chart = getChart(id, lang);
        assert.ok(svg.includes(`<title>${chart.title}</title>`), 'the title');
        assert.ok(svg.includes(ui[lang].siteName), 'the credit');
        assert.ok(svg.includes(licence.name), 'the licence');
        const address = siteUrl ? `${siteUrl}${base}${page}` : `${base}${page}`;
        assert.ok(svg.includes(`>${address}<`) || svg.includes(`>\u202b${address}\u202c<`), `the address ${address}`);
      });
      test(`${outDir}/${svgPath}: every text at ${MIN_TEXT_PX[lang]} px or more, the smallest chart text may be`, () => {
        const small = smallTexts(readFileSync(file(outDir, svgPath), 'utf8'), MIN_TEXT_PX[lang]);
        assert.deepEqual(small, []);
      });
      test(`${outDir}/${page}${id}.png: the PNG of the SVG at twice its size`, () => {
        const root = parseSvg(readFileSync(file(outDir, svgPath), 'utf8'));
        const png = readFileSync(file(outDir, `${page}${id}.png`));
        assert.deepEqual(pngSize(png), { width: 2 * Number(root.width), height: 2 * Number(root.height) });
      });
    }

/** The chart frames on a built page. */
const frames = (doc: El) => findAll(doc, (e) => e.tag === 'figure' && hasClass(e, 'chart'));

for (const lang of LANGS)
  for (const id of CHART_IDS) {
    const page = pathIn(lang, `charts/${id}/`);
    test(`dist/${page}: the chart's header cites the chart, the site and each of the chart's sources`, async () => {
      const [frame] = frames(readPage('dist', page));
      const cite = findAll(frame, (e) => e.tag === 'details' && hasClass(e, 'chart-cite'))[0];
      assert.ok(cite, 'a <details class="chart-cite">');
      assert.equal(cite.parent?.tag, 'figcaption', 'in the chart header');
      const chart = getChart(id, lang);
      assert.ok(cite.text.includes(chart.title));
      assert.ok(cite.text.includes(ui[lang].siteName));
      for (const s of await chart.sources()) assert.ok(cite.text.includes(shortOutlet(s.outlet)), s.outlet);
    });
    test(`dist/${page}: Image: SVG and PNG link to the chart's images in its edition`, () => {
      const [frame] = frames(readPage('dist', page));
      const links = findAll(frame, (e) => e.tag === 'a' && /\.(svg|png)$/.test(e.attrs.href ?? ''));
      assert.deepEqual(
        links.map((a) => a.attrs.href),
        [`/${page}${id}.svg`, `/${page}${id}.png`],
      );
      for (const a of links) assert.ok(existsSync(file('dist', a.attrs.href.slice(1))), a.attrs.href);
    });
  }

/** A paragraph with the licence's sentence and a link to the licence. */
const isLicenceNote = (p: El | undefined) =>
  !!p &&
  p.tag === 'p' &&
  hasClass(p, 'licence-note') &&
  findAll(p, (a) => a.tag === 'a' && !!a.attrs.rel?.includes('license') && a.attrs.href === licence.url).length > 0;
/** The licence note inside `el`. */
const licenceNote = (el: El) => findAll(el, isLicenceNote)[0];
/** The element right after `el` among its parent's children. */
const nextOf = (el: El) => el.parent!.children[el.parent!.children.indexOf(el) + 1];
const licenceText = (lang: string) => (lang === DEFAULT_LANG ? licence.text : licence.ar.text);

for (const lang of LANGS) {
  const page = pathIn(lang, 'charts/figures-chart/');
  test(`dist/${page}: the licence stands beside the chart's downloads`, () => {
    const [frame] = frames(readPage('dist', page));
    const note = nextOf(frame.children.find((e) => hasClass(e, 'chart-links'))!);
    assert.ok(isLicenceNote(note), 'a licence note right after the chart links');
    assert.ok(note.text.includes(licenceText(lang).slice(0, 30)));
  });
  test(`dist/${page}: the chart's Cite block carries the licence`, () => {
    const [frame] = frames(readPage('dist', page));
    const cite = findAll(frame, (e) => hasClass(e, 'chart-cite'))[0];
    assert.ok(licenceNote(cite));
  });
}

for (const page of builtPages('dist')) {
  const doc = () => readPage('dist', page);
  // The data links of DataLinks.astro: the ones that end with "About the data".
  const withLinks = () =>
    findAll(doc(), (e) => e.tag === 'p' && hasClass(e, 'data-links')).filter((p) =>
      LANGS.some((l) => p.text.trim().endsWith(ui[l].share.aboutData)),
    );
  const cites = () => findAll(doc(), (e) => e.tag === 'details' && hasClass(e, 'cite-this'));
  if (withLinks().length)
    test(`dist/${page || 'index'}: the licence follows each data-links paragraph`, () => {
      for (const p of withLinks()) assert.ok(isLicenceNote(nextOf(p)), 'a licence note right after the data links');
    });
  if (cites().length)
    test(`dist/${page || 'index'}: "Cite this" carries the licence`, () => {
      for (const c of cites()) assert.ok(licenceNote(c));
    });
}

for (const { outDir } of BUILDS)
  test(`${outDir}: every class used in the built chart drawings has an entry in CLASS_STYLES`, () => {
    const missing = new Set<string>();
    for (const lang of LANGS)
      for (const id of CHART_IDS) {
        const html = readFileSync(file(outDir, `${pathIn(lang, `charts/${id}/`)}index.html`), 'utf8');
        for (const m of html.matchAll(/<svg class="chart-svg[\s\S]*?<\/svg>/g))
          for (const c of classesIn(m[0])) if (!(c in CLASS_STYLES)) missing.add(c);
      }
    assert.deepEqual([...missing], [], 'add these classes to src/charts/export/svg-styles.ts');
  });
