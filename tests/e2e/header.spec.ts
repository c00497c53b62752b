// The site header on a 360 px phone, in both editions (issue 17): one row, at most 56 px tall, exactly the
// CSS height that scroll-padding is made from; brand, contents, the other edition and search each one tap
// away, named in the page's language, with targets of 44×44 px (WCAG 2.2 asks 24); nothing else fixed or
// sticky over the text; and the contents reachable without JavaScript.
import { test, expect, type Page } from '@playwright/test';
import { ui } from '../../src/i18n/ui.ts';
import { sharedVisit } from '../helpers/shared-visit.ts';

const PHONE = { width: 360, height: 740 };
const EDITIONS = [
  { name: 'English', path: '', lang: 'en', other: 'ar' },
  { name: 'Arabic', path: 'ar/', lang: 'ar', other: 'en' },
] as const;
/** The header's controls a reader taps, in its row order. */
const CONTROLS = [
  '.site-name',
  '.site-header [data-contents]',
  '.site-header .lang-switch',
  '.site-header .search-open',
];

/** The header's controls as laid out: their boxes in CSS pixels. */
const boxes = (page: Page) =>
  Promise.all(CONTROLS.map(async (c) => ({ c, box: (await page.locator(c).boundingBox())! })));

for (const { name, path, lang, other } of EDITIONS) {
  // The three checks read the page as laid out and share one visit (the last one scrolls, so it comes last).
  test.describe(`${name} header (/${path}) at 360 px`, () => {
    const shared = sharedVisit(
      async (p) => {
        await p.goto(path);
      },
      { viewport: PHONE },
    );

    test('is one row of at most 56 px, as tall as --header-h', async () => {
      const page = shared();
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(56);
      // The CSS value scroll-padding is made from is the header's real height: nothing measures it.
      const cssHeight = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.blockSize = 'var(--header-h)';
        document.body.append(probe);
        const h = probe.getBoundingClientRect().height;
        probe.remove();
        return h;
      });
      expect(header.height).toBeCloseTo(cssHeight, 1);
      // One row: every control lies within the header's height, beside the others, and on screen.
      for (const { c, box } of await boxes(page)) {
        expect(box, c).not.toBeNull();
        expect(box.y, `${c} top`).toBeGreaterThanOrEqual(header.y - 0.5);
        expect(box.y + box.height, `${c} bottom`).toBeLessThanOrEqual(header.y + header.height + 0.5);
        expect(box.x, `${c} start`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${c} end`).toBeLessThanOrEqual(PHONE.width);
      }
    });

    test('its controls are named in the page’s language, with targets of 44×44 px', async () => {
      const page = shared();
      const t = ui[lang];
      await expect(page.locator('.site-name')).toHaveAccessibleName(t.siteName);
      await expect(page.locator('.site-header [data-contents]')).toHaveAccessibleName(t.navContents);
      await expect(page.locator('.site-header .search-open')).toHaveAccessibleName(t.search);
      // The language switch speaks the language it leads to, and says so (lang), as hreflang links do.
      const sw = page.locator('.site-header .lang-switch');
      await expect(sw).toHaveAccessibleName(ui[other].readIn);
      await expect(sw).toHaveAttribute('lang', other);
      for (const { c, box } of await boxes(page)) {
        expect(box.width, `${c} width`).toBeGreaterThanOrEqual(44);
        expect(box.height, `${c} height`).toBeGreaterThanOrEqual(44);
      }
    });

    test('nothing but the header is fixed or sticky over the text', async () => {
      const page = shared();
      // Mid-page, in a chapter without the guided walk (whose pinned chart is the walk's own design).
      await page.locator('[id="najaf-verdict"]').scrollIntoViewIfNeeded();
      const pinned = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))
          .filter((el) => el.checkVisibility() && el.getBoundingClientRect().height > 0)
          .filter((el) => !el.closest('.walk'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
      expect(pinned).toEqual(['header.site-header']);
    });
  });

  test.describe(`${name} contents without JavaScript (/${path})`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled: false });

    test('the header’s Contents control shows the list of chapters', async ({ page }) => {
      await page.goto(path);
      await page.locator('.site-header [data-contents]').click();
      await expect(page).toHaveURL(/#contents$/);
      await expect(page.locator('#toc')).toBeInViewport();
      await expect(page.locator('#toc a').first()).toBeVisible();
    });
  });
}

test.describe('the header’s Contents control on other pages, at 360 px', () => {
  test.use({ viewport: PHONE });

  test('on a page without contents it leads to the long page’s, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('sources/');
    await page.locator('.site-header [data-contents]').click();
    await expect(page).toHaveURL(/\/#contents$/);
    expect(new URL(page.url()).pathname).toMatch(/\/$/);
    await expect(page.locator('#toc')).toBeInViewport();
    await context.close();
  });

  test('on a chapter’s own page it opens that page’s contents, as a sheet with JavaScript', async ({ page }) => {
    await page.goto('legal-response/');
    await expect(page.locator('#toc')).toBeHidden();
    await page.locator('.site-header [data-contents]').click();
    await expect(page.locator('#toc')).toBeVisible();
    await expect(page.locator('#toc a[href$="#najaf-verdict"]')).toBeVisible();
    expect(new URL(page.url()).pathname).toMatch(/\/legal-response\/$/);
  });
});
