// Copy-link and "Cite this" buttons put the right text on the clipboard and say so to screen
// readers; without JavaScript they are absent and the plain anchors still work.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { builtPages } from '../helpers/site.ts';

const budgets = JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8')) as { themePage: { jsBrotliBytes: number } };

const canonical = (page: Page) => page.locator('link[rel=canonical]').getAttribute('href');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('with the clipboard', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  });

  test('a section\'s copy button copies its absolute URL with the fragment and announces it', async ({ page }) => {
    await page.goto('recruitment-tactics/');
    await page.getByRole('button', { name: 'Copy link to Promises' }).click();
    const expected = `${await canonical(page)}#promises`;
    expect(expected).toMatch(/^https?:\/\/.+\/recruitment-tactics\/#promises$/);
    await expect.poll(() => clipboard(page)).toBe(expected);
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${expected}`);
  });

  test('on the long page, a theme\'s copy button copies the long page\'s URL with the theme id', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Copy link to How Iraqis are recruited' }).click();
    await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}#recruitment-tactics`);
  });

  test('"Cite this page" copies the suggested citation, which names the page\'s URL', async ({ page }) => {
    await page.goto('legal-response/');
    await page.getByText('Cite this page').click();
    await page.getByRole('button', { name: 'Copy citation' }).click();
    const text = await clipboard(page);
    expect(text).toBe((await page.locator('#cite-text').textContent())!.trim());
    expect(text).toContain(`, ${await canonical(page)}`);
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^@online\{iraqs-recruits-legal-response,/);
    await page.getByRole('button', { name: 'Copy CSL-JSON' }).click();
    const csl = JSON.parse(await clipboard(page));
    expect(csl[0].URL).toBe(await canonical(page));
  });

  test('every section heading, figure and event has a copy-link button next to its anchor', async ({ page }) => {
    for (const path of builtPages().filter((p) => p !== '404.html' && p !== 'ar/404/' && !/^(ar\/)?embed\//.test(p))) {
      await page.goto(path);
      const anchors = await page.locator('a.anchor').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of anchors) {
        const button = page.locator(`button[data-copy-url="${href}"]`);
        await expect(button, `/${path}: ${href} needs a copy-link button`).toBeVisible();
        expect(await button.evaluate((b) => (b as HTMLButtonElement).innerText || b.textContent)).toMatch(path.startsWith('ar/') ? /^انسخ رابط ./ : /^Copy link to ./);
      }
    }
  });
});

test('arriving by a fragment highlights the target below the sticky header', async ({ page }) => {
  await page.goto('legal-response/#najaf-verdict');
  const target = page.locator('#najaf-verdict');
  await expect(target).toBeInViewport();
  const header = (await page.locator('.site-header').boundingBox())!;
  expect((await target.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('no copy button is shown, and the plain anchor link still works', async ({ page }) => {
    await page.goto('recruitment-tactics/');
    await expect(page.locator('button.copy-button').first()).toBeAttached();
    await expect(page.locator('button.copy-button:visible')).toHaveCount(0);
    await page.locator('a.anchor[href="#on-arrival"]').click();
    await expect(page).toHaveURL(/#on-arrival$/);
    await expect(page.locator('#on-arrival')).toBeInViewport();
  });
});

// The script budget is the benchmark's (bench/budgets.json), in the unit a reader pays for: bytes over
// the network, brotli-compressed (each script on its own, as a server sends it).
test(`every page ships less than ${budgets.themePage.jsBrotliBytes} bytes of JavaScript (brotli)`, async ({ page, request, baseURL }) => {
  for (const path of builtPages().filter((p) => p !== '404.html')) {
    await page.goto(path);
    const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((ss) =>
      ss.map((s) => ({ src: (s as HTMLScriptElement).src, inline: s.textContent ?? '' })),
    );
    let bytes = 0;
    for (const s of scripts) bytes += brotliCompressSync(s.src ? await (await request.get(s.src)).body() : Buffer.from(s.inline)).length;
    expect(bytes, `/${path} (${new URL(path, baseURL).pathname}) JavaScript bytes, brotli`).toBeLessThan(budgets.themePage.jsBrotliBytes);
  }
});
