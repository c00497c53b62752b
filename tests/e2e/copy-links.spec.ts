// The share control of a link target (Anchor.astro, src/client/copy.ts) opens the system share sheet
// where the Web Share API exists (headless Chromium has none: it is stubbed), and elsewhere copies the
// link and says so; "Cite this" buttons put the right text on the clipboard. Without JavaScript the
// control is a plain link to its fragment.
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

  test("without a share sheet, a section's control copies its absolute URL with the fragment and announces it", async ({
    page,
  }) => {
    await page.goto('recruitment-tactics/');
    await page.getByRole('button', { name: 'Copy link to Promises' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^https?:\/\/.+\/recruitment-tactics\/#promises$/);
    const copied = await clipboard(page);
    expect(local(copied)).toBe(`${new URL(page.url()).pathname}#promises`);
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${copied}`);
  });

  test("on the long page, a theme's control copies the long page's URL with the theme id", async ({ page }) => {
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

/** Replaces the Web Share API with a stub that records what it was given, and resolves or rejects as a sheet would. */
const stubShare = (page: Page, outcome: 'shared' | 'cancelled') =>
  page.addInitScript((o) => {
    const calls: ShareData[] = [];
    (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        calls.push({ ...data });
        if (o === 'cancelled') throw new DOMException('Share canceled', 'AbortError');
      },
    });
  }, outcome);
const shareCalls = (page: Page) => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);

test.describe('with a share sheet', () => {
  test("a section's control opens the share sheet with its absolute URL and its title", async ({ page }) => {
    await stubShare(page, 'shared');
    await page.goto('recruitment-tactics/');
    await page.getByRole('button', { name: 'Share link to this section: Promises' }).click();
    await expect.poll(() => shareCalls(page)).toHaveLength(1);
    const [{ url, title }] = await shareCalls(page);
    expect(url).toBe(`${new URL(page.url()).origin}${new URL(page.url()).pathname}#promises`);
    expect(title).toBe(`Promises – ${await page.title()}`);
  });

  test('a cancelled share sheet does nothing else: nothing copied, nothing announced or shown', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await stubShare(page, 'cancelled');
    await page.goto('recruitment-tactics/');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByRole('button', { name: 'Share link to this section: Promises' }).click();
    await expect.poll(() => shareCalls(page)).toHaveLength(1);
    // A copy would follow the rejected promise at once; give it time to happen if it were going to.
    await page.waitForTimeout(300);
    expect(await clipboard(page)).toBe('before');
    await expect(page.locator('.share-note')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('');
    expect(new URL(page.url()).hash).toBe('');
  });
});

test('without a share sheet, on an Arabic page the control copies the link and says so visibly in Arabic', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('ar/recruitment-tactics/');
  const here = new URL(page.url());
  const control = page.locator('a.anchor[href="#promises"]');
  await expect(control).toHaveAccessibleName(/^انسخ رابط القسم: /);
  await control.click();
  await expect.poll(() => clipboard(page)).toBe(`${here.origin}${here.pathname}#promises`);
  await expect(control.locator('.share-note')).toBeVisible();
  await expect(control.locator('.share-note')).toHaveText('تم نسخ الرابط');
  await expect(page.getByRole('status')).toContainText('تم نسخ الرابط');
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
  test('the share control is a plain link of at least 24×24 px that takes the reader to its section', async ({
    page,
  }) => {
    await page.goto('');
    // Every control on the long page (sections, figures, events, charts), where it is laid out.
    const boxes = await page
      .locator('a.anchor')
      .evaluateAll((as) =>
        as
          .map((a) => ({ href: a.getAttribute('href'), box: a.getBoundingClientRect() }))
          .filter(({ box }) => box.width),
      );
    expect(boxes.length).toBeGreaterThan(50);
    const small = boxes.filter(({ box }) => box.width < 24 || box.height < 24);
    expect(small.map(({ href, box }) => `${href}: ${box.width}×${box.height}`)).toEqual([]);
    await expect(page.getByRole('link', { name: 'Link to this section: What happens on arrival' })).toBeVisible();
    await page.locator('a.anchor[href="#on-arrival"]').click();
    await expect(page).toHaveURL(/#on-arrival$/);
    await expect(page.locator('#on-arrival')).toBeInViewport();
  });
});
