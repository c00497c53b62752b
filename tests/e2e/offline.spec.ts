// Offline reading, in the root build and the sub-path build: pages opened once open again without a
// connection, with their styles; the manifest and the worker respect the base path.
import { test, expect, type Page } from '@playwright/test';

// These tests are about the service worker, which the other tests block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page (it has finished installing and activating). */
const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);
const styled = (page: Page) => page.locator('.site-header').evaluate((el) => getComputedStyle(el).position);

test('pages visited once open again offline, styled, and unvisited ones say so', async ({ page, context }) => {
  await page.goto('');
  await controlled(page);
  await page.goto('legal-response/');
  await expect(page.locator('h1')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(/courts and government/);
  expect(await styled(page)).toBe('sticky');

  // The first page was loaded before the worker existed; it was kept all the same.
  await page.locator('.site-header .site-name').click();
  await expect(page.locator('section.theme').first()).toBeVisible();
  await page.locator('#toc a[href="#najaf-verdict"]').click();
  await expect(page.locator('#najaf-verdict')).toBeInViewport();

  await page.goto('diplomacy/');
  await expect(page.locator('h1')).toHaveText('You are offline');
  expect(await styled(page)).toBe('sticky');
});

test('an online visit brings the newest version of a page, which is then kept', async ({ page, context }) => {
  await page.goto('overview/');
  await controlled(page);
  await page.reload();
  await context.route('**/overview/', async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(/<h1>[^<]*<\/h1>/, '<h1>Updated overview</h1>');
    await route.fulfill({ response: res, body: html });
  });
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Updated overview');
  await context.unrouteAll();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Updated overview');
});

test('the worker and the manifest live at the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('');
  await controlled(page);
  const reg = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    return { scope: new URL(r.scope).pathname, script: new URL(r.active!.scriptURL).pathname };
  });
  expect(reg).toEqual({ scope: base, script: `${base}sw.js` });

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(`${base}manifest.webmanifest`);
  const manifest = await (await page.request.get(href!)).json();
  expect(manifest).toMatchObject({ start_url: base, scope: base, display: 'standalone' });
  expect(manifest.name).toBeTruthy();
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    expect(icon.src.startsWith(base)).toBe(true);
    const res = await page.request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
  }
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});
