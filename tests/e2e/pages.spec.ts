// Every built page renders, reads without JavaScript and fits a phone.
import { test, expect, type Page } from '@playwright/test';
import { builtPages, pagesForProject } from '../helpers/site.ts';

const pages = builtPages().filter((p) => p !== '404.html');

/** Collects console errors and uncaught exceptions (CSP violations show up as console errors). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('every page', () => {
  for (const path of pages) {
    test(`/${path} renders with its title, description and language, without console errors`, async ({ page }, testInfo) => {
      test.skip(!pagesForProject(testInfo.project.name, pages).includes(path), 'outside the root project, one page of each kind');
      const errors = watchErrors(page);
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      // The Arabic edition lives under ar/ and reads right to left; everything else is English.
      const arabic = path.startsWith('ar/');
      await expect(page.locator('html')).toHaveAttribute('lang', arabic ? 'ar' : 'en');
      await expect(page.locator('html')).toHaveAttribute('dir', arabic ? 'rtl' : 'ltr');
      await expect(page.locator('h1')).toHaveCount(1);
      expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(30);
      expect(await page.title()).not.toBe('');
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });

    test(`/${path} has no horizontal scroll at 320 px`, async ({ page }, testInfo) => {
      test.skip(!pagesForProject(testInfo.project.name, pages).includes(path), 'outside the root project, one page of each kind');
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the long page shows every theme and its figures', async ({ page }) => {
    await page.goto('');
    const themes = page.locator('main section.theme');
    expect(await themes.count()).toBeGreaterThanOrEqual(3);
    for (const t of await themes.all()) await expect(t).toBeVisible();
    await expect(page.locator('.estimate-value').first()).toBeVisible();
    await expect(page.locator('.references li').first()).toBeVisible();
  });
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const res = await page.goto('no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
