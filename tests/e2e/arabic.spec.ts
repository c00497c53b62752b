// The Arabic edition in the browser: right to left with the same figures, and a language switch that
// keeps the reader's section. Same pages and ids, hreflang: tests/site/editions.test.ts; axe: pages.spec.ts.
import { test, expect } from '@playwright/test';
/** Arabic-Indic digits read as Latin ones, Arabic separators dropped. */
const latinDigits = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[٬,]/g, '');

test('the Arabic long page runs right to left and prints the same figures as the English one', async ({ page }) => {
  await page.goto('ar/');
  expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const read = () =>
    page
      .locator('span.estimate[data-estimate]')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            [e.getAttribute('data-estimate')!, e.querySelector('.estimate-value')!.textContent!] as [string, string],
        ),
      );
  const ar = await read();
  await page.goto('');
  const en = new Map(await read());
  expect(ar.length).toBeGreaterThan(0);
  for (const [id, text] of ar) {
    expect(text, `${id} is printed in Arabic-Indic digits`).not.toMatch(/[0-9]/);
    const nums = (s: string) => (latinDigits(s).match(/\d+/g) ?? []).join(' ');
    expect(nums(text!), `${id} has the same numbers in both editions`).toBe(nums(en.get(id)!));
  }
});

test.describe('the language switcher', () => {
  test('leads to the counterpart page without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('legal-response/');
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/ar\/legal-response\/$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/legal-response\/$/);
    await context.close();
  });

  test('keeps the section the reader is in', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('legal-response/#parliament');
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/ar\/legal-response\/#parliament$/);
    await expect(page.locator('[id="parliament"]')).toBeInViewport();
    // Scrolled (not linked) to a section of the long page, back to English.
    await page.goto('ar/');
    // The heading just below the sticky header: the reader has started reading that section.
    await page.locator('[id="najaf-verdict"]').evaluate((el) => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - header - 4);
    });
    // A real pointer click: Playwright's locator.click() would first scroll the sticky header's link.
    const box = (await page.locator('a[data-lang-switch]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/#najaf-verdict$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
