// The pages in the browser (project "root"): one page of each kind in each edition (pageKinds: the long
// page, a theme, a chart page, an embed, …) is opened once with JavaScript on, one test per page, and every
// check that needs a browser runs in that visit (render and console, privacy and CSP, reduced motion,
// axe in both colour schemes, Tab and focus, share controls shown, nothing cut off at 320 px and at 200%
// zoom), with expect.soft so one failure does not hide the rest; `visited` below says why one of each
// kind. Every theme page is loaded for the bench's transfer budget, and each kind once without JavaScript.
// What can be read from the HTML alone is checked without a browser, on every page, in tests/site/
// (no-js.test.ts holds the HTML half of the visit without JavaScript).
import { test, expect, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { ROOT } from '../helpers/fixture.ts';
import { findAll, hasClass } from '../helpers/html.ts';
import { builtPages, isEmbed, isNotFound, pageKinds, readPage } from '../helpers/site.ts';
import {
  COLOUR_RULES,
  axeViolations,
  cutOff,
  motionLeft,
  nextFrames,
  tabWalk,
  watchCsp,
  watchErrors,
  watchForeign,
} from '../helpers/page-checks.ts';

const pages = builtPages('dist');
/** One page of each kind in each edition; the long pages (`` and `ar/`) are kinds of their own. */
const kinds = pageKinds(pages);
const { themePage } = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as {
  themePage: { transferBrotliBytes: number };
};
/** Theme pages (the bench's "theme page"): one per section of the long page, in each edition. */
const themePages = new Set(
  ['', 'ar/'].flatMap((e) =>
    findAll(readPage('dist', e), (el) => el.tag === 'section' && hasClass(el, 'theme') && !!el.attrs.id).map(
      (s) => `${e}${s.attrs.id}/`,
    ),
  ),
);
// 320 CSS px is a phone at 100% or a 1280 px window at 400%; 640 × 400 is a 1280 × 800 window at 200%.
const NARROW = [
  ['at 320 px wide', 320, 640],
  ['at 200% zoom', 640, 400],
] as const;

/**
 * The pages visited in the browser with every check: one of each kind (pageKinds, in each edition). What a
 * browser adds to the HTML checks is what rendering decides (contrast, focus rings, cut-off text,
 * targets, motion), and that follows from the page parts a kind is built from, as the dark-scheme pass
 * below argues. The other pages of a kind (the theme, figure, chart and embed pages past the first) differ
 * from it by their text, which is checked on every page without a browser (tests/site/: html-validate's
 * accessibility rules, languages, links, names), and which the long pages (visited here) also carry:
 * every theme, chart and figure. The theme pages all get the bench's transfer budget below.
 */
const visited = kinds;

test('the page list comes from the build', () => {
  expect(pages.length).toBeGreaterThan(10);
  expect(themePages.size).toBeGreaterThan(4);
  expect(kinds.length).toBeGreaterThan(10);
});

/** Brotli bytes of every response the page loads until the network is idle, before any scrolling. */
async function loadedBytes(page: Page, path: string): Promise<number> {
  const transfer: Promise<number>[] = [];
  const count = (r: Response) =>
    transfer.push(
      r.body().then(
        (b) => brotliCompressSync(b).length,
        () => 0,
      ),
    );
  page.on('response', count);
  const res = await page.goto(path);
  expect(res?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  page.off('response', count);
  return (await Promise.all(transfer)).reduce((n, b) => n + b, 0);
}

// What a reader downloads on arriving at a theme page (the bench's "theme page"), on every theme page.
for (const path of themePages)
  test(`/${path} loads less than ${themePage.transferBrotliBytes} bytes (brotli) before any scrolling`, async ({
    page,
  }) => {
    const bytes = await loadedBytes(page, path);
    expect(bytes, `everything the page loads, brotli (bench/budgets.json)`).toBeLessThan(themePage.transferBrotliBytes);
  });

for (const path of visited) {
  test(`/${path} with JavaScript: renders, stays on this site, and is accessible at every size`, async ({
    page,
    baseURL,
  }) => {
    // One visit runs axe, a Tab walk and four in-page detectors, more than the 30 s of a single check
    // allow on a busy machine. The longest, the two long pages (every theme: some 800 Tab presses and axe
    // over the whole story), took 15 to 20 s with two workers on two cores at a load of 10; test.slow()'s
    // 90 s leave room for a machine busier than that.
    test.slow();
    const errors = watchErrors(page);
    const foreign = watchForeign(page, new URL(baseURL!).origin);
    const violations = await watchCsp(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });

    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    // Reach the end of the page, so anything loaded lazily is requested too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect.soft(foreign, 'requests to other origins').toEqual([]);
    expect.soft(await violations(), 'Content-Security-Policy violations').toEqual([]);
    expect.soft(await motionLeft(page), 'motion left on under prefers-reduced-motion: reduce').toEqual([]);

    // axe in the light scheme, then its colour rules in the dark one: the colours each page part's
    // stylesheet sets, which the kinds between them hold every one of: the long page of each edition
    // carries every theme, chart, walk and figure; the other kinds their own parts (chart page, embed,
    // figure page, sources, data, updates, 404, offline).
    expect.soft(await axeViolations(page), 'axe, light scheme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect.soft(await axeViolations(page, COLOUR_RULES), 'axe, dark scheme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // Scripts turn every visible share control (<Anchor>, one per section, figure, event, row and chart)
    // into a button that shares or copies its link (tests/site/copy-buttons checks the markup).
    const notScripted = await page.evaluate(() =>
      [...document.querySelectorAll('a.anchor')]
        .filter((a) => a.checkVisibility() && a.getAttribute('role') !== 'button')
        .map((a) => a.getAttribute('href')!),
    );
    expect.soft(notScripted, 'share controls that scripts did not turn into buttons').toEqual([]);

    const { unreachable, invisible } = await tabWalk(page);
    expect.soft(unreachable, 'controls Tab never reaches').toEqual([]);
    expect.soft(invisible, 'controls focused without a visible focus indicator on screen').toEqual([]);

    for (const [label, width, height] of NARROW) {
      await page.setViewportSize({ width, height });
      await nextFrames(page);
      expect.soft(await cutOff(page), `cut off ${label}`).toEqual([]);
    }
    expect.soft(errors, 'console errors').toEqual([]);
  });
}

// Without JavaScript, one page of each kind: the stylesheet hides what needs scripts and the layout fits
// 320 px. The markup these rest on (the hidden attributes, no `.js` class, the header) is read on every
// page in tests/site/no-js.test.ts; the layout without scripts differs from the one with them (checked on
// every page above) by the page parts a kind is made of, and the long page holds every theme's parts.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('one page of each kind is visited', () => expect(kinds.length).toBeGreaterThan(10));
  for (const path of kinds) {
    test(`/${path} without JavaScript: renders, hides what needs scripts, and fits 320 px`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect.soft(page.locator('h1')).toBeVisible();
      await expect.soft(page.locator('main')).toBeVisible();
      // Controls that only scripts can work are not shown; the plain links they enhance are.
      for (const needsScript of ['button.copy-button', '.search-open', '#theme-choice', '.toc-close'])
        await expect.soft(page.locator(`${needsScript}:visible`), needsScript).toHaveCount(0);
      if (themePages.has(path) || path === '' || path === 'ar/')
        await expect.soft(page.locator('.theme-meta').first()).toBeVisible();
      // Embed pages show the chart alone, without the site around it.
      if (!isNotFound(path) && !isEmbed(path)) await expect.soft(page.locator('.site-header')).toBeVisible();
      await page.setViewportSize({ width: 320, height: 640 });
      expect.soft(await cutOff(page), 'cut off at 320 px wide').toEqual([]);
    });
  }
  test('the long page shows every theme and its figures', async ({ page }) => {
    await page.goto('');
    const themes = page.locator('main section.theme');
    expect(await themes.count()).toBeGreaterThanOrEqual(3);
    for (const t of await themes.all()) await expect(t).toBeVisible();
    await expect(page.locator('.estimate-value').first()).toBeVisible();
    await expect(page.locator('.references li').first()).toBeVisible();
  });
});

// The detectors above must be able to fail: each is shown a page with the fault it looks for.
test('the detectors find a clipped line, a too-wide box, a transition left on and a control without a focus ring', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setContent(`<style>.w{inline-size:500px}.c{inline-size:100px;overflow:hidden;white-space:nowrap}.t{transition:opacity 0.3s}.n:focus{outline:none}</style>
    <p class="w">A paragraph wider than the phone</p><p class="c">A line of text far too long for its box</p><p class="t">Fades</p>
    <a href="#a">ringed</a><a class="n" href="#b">no ring</a><span style="display:none"><a href="#c">hidden</a></span>`);
  const cut = await cutOff(page);
  expect(cut.some((c) => c.startsWith('the page scrolls sideways'))).toBe(true);
  expect(cut.some((c) => c.startsWith('<p.w> reaches outside the viewport'))).toBe(true);
  expect(cut.some((c) => c.startsWith('<p.c> clips its text'))).toBe(true);
  expect(await motionLeft(page)).toEqual(['p.t: transition opacity 0.3s']);
  const walk = await tabWalk(page);
  expect(walk.invisible).toEqual(['<a.n> "no ring" #b']);
  expect(walk.unreachable).toEqual([]);
});

test('the Tab walk reports the controls a focus trap keeps out of reach', async ({ page }) => {
  await page.setContent(`<a href="#one">first</a><a id="trap" href="#two">trap</a><a href="#three">after</a>
    <script>document.getElementById('trap').addEventListener('keydown', (e) => e.key === 'Tab' && e.preventDefault())</script>`);
  expect((await tabWalk(page)).unreachable).toEqual(['<a> "after" #three']);
});

test('axe, as run here, finds low contrast and a nameless button, and the dark pass a colour only dark has', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setContent(`<!doctype html><html lang="en"><title>Faults</title><style>.faint{color:#999;background:#aaa}
    @media (prefers-color-scheme: dark){body{background:#000;color:#fff}.dark-only{color:#222}}</style>
    <main><h1>Faults</h1><p class="faint">Grey on grey</p><p class="dark-only">Dark grey on black, in the dark only</p><button></button></main>`);
  const light = await axeViolations(page);
  const contrast = (found: string[]) => found.find((v) => v.startsWith('color-contrast')) ?? '';
  expect(contrast(light)).toContain('.faint');
  expect(contrast(light)).not.toContain('.dark-only');
  expect(light.some((v) => v.startsWith('button-name'))).toBe(true);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(contrast(await axeViolations(page, COLOUR_RULES))).toContain('.dark-only');
});

test('the violation watcher reports an inline script the policy blocks', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.title = "injected"';
    document.body.append(s);
  });
  await expect.poll(violations).not.toEqual([]);
  expect(await page.title()).not.toBe('injected');
});
