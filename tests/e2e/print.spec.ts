// Printed, a page says where it comes from and how to cite it, and shows where its links lead.
import { test, expect } from '@playwright/test';

test("printed, a page shows its address, its citation and its links' targets, without the site's controls", async ({
  page,
}) => {
  await page.goto('legal-response/');
  await page.emulateMedia({ media: 'print' });
  // The printed address is absolute and this page's (its origin is the public address, when there is one).
  const printed = (await page.locator('.print-url').textContent())!.trim();
  expect(new URL(printed).pathname).toBe(new URL(page.url()).pathname);
  await expect(page.locator('.print-citation')).toBeVisible();
  await expect(page.locator('.print-citation')).toContainText(printed);
  for (const hidden of ['.site-header', '.cite-this', 'button.copy-button', 'a.anchor'])
    await expect(page.locator(hidden).first()).toBeHidden();
  const after = await page
    .locator('.references a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-citation')).toBeHidden();
});
