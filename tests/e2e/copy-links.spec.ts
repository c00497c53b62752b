// Copy-link and "Cite this" buttons put the right text on the clipboard and say so to screen
// readers; without JavaScript they are absent and the plain anchors still work.
import { test, expect, type Page } from '@playwright/test';

/**
 * The page's address as the copy buttons must give it: absolute, and this page's path. The origin is the
 * site's public address where the build has one (canonical), else the address the page was opened at.
 */
const pageAddress = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? `${location.origin}${location.pathname}`,
  );
/** The path and fragment of an absolute URL (the part that does not depend on the public address). */
const local = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.hash}`;
};
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('with the clipboard', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  });

  test("a section's copy button copies its absolute URL with the fragment and announces it", async ({ page }) => {
    await page.goto('recruitment-tactics/');
    await page.getByRole('button', { name: 'Copy link to Promises' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^https?:\/\/.+\/recruitment-tactics\/#promises$/);
    const copied = await clipboard(page);
    expect(local(copied)).toBe(`${new URL(page.url()).pathname}#promises`);
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${copied}`);
  });

  test("on the long page, a theme's copy button copies the long page's URL with the theme id", async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Copy link to How Iraqis are recruited' }).click();
    await expect
      .poll(async () => local(await clipboard(page)))
      .toBe(`${new URL(page.url()).pathname}#recruitment-tactics`);
  });

  test('"Cite this page" copies the suggested citation, which names the page\'s URL', async ({ page }) => {
    await page.goto('legal-response/');
    await page.getByText('Cite this page').click();
    await page.getByRole('button', { name: 'Copy citation' }).click();
    const text = await clipboard(page);
    expect(text).toBe((await page.locator('#cite-text').textContent())!.trim());
    expect(text).toContain(`, ${await pageAddress(page)}`);
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^@online\{iraqs-recruits-legal-response,/);
    await page.getByRole('button', { name: 'Copy CSL-JSON' }).click();
    const csl = JSON.parse(await clipboard(page));
    expect(csl[0].URL).toBe(await pageAddress(page));
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
