// The table of contents and the heading links take the reader to their sections, clear of the header.
import { test, expect, type Page } from '@playwright/test';

/** Asserts the element with this id is on screen and not hidden under the sticky header. */
async function expectLandedOn(page: Page, id: string) {
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  const header = await page.locator('.site-header').boundingBox();
  const box = await target.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
}

test('every table-of-contents link on the long page lands on its section', async ({ page }) => {
  // About 60 clicks on the longest page, each waiting for its scroll: past 30 s on a busy machine.
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('');
  const links = page.locator('#contents nav a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const h of hrefs) {
    const id = h.split('#')[1];
    await page.locator(`#contents nav a[href="${h}"]`).click();
    await expectLandedOn(page, id);
  }
});

test('a heading link puts its section in the address and on screen', async ({ page }) => {
  await page.goto('recruitment-tactics/');
  await page.locator('a.anchor[href="#promises"]').click();
  await expectLandedOn(page, 'promises');
});

test('arriving with a fragment lands on the section below the header', async ({ page }) => {
  await page.goto('legal-response/#najaf-verdict');
  await expectLandedOn(page, 'najaf-verdict');
});

test('a citation links to its numbered source at the end of the page', async ({ page }) => {
  await page.goto('recruitment-tactics/');
  const cite = page.locator('sup.cite a').first();
  const target = (await cite.getAttribute('href'))!;
  const n = (await cite.textContent())!.replace(/[[\]]/g, '');
  await cite.click();
  await expectLandedOn(page, target.slice(1));
  // The list item carries the source's permanent number, which a page's list may skip.
  await expect(page.locator(`.references li[value="${n}"]`)).toHaveAttribute('id', target.slice(1));
});
