// The Arabic edition in the browser: right to left with the same figures, and a language switch that
// keeps the reader's section. Same pages and ids, hreflang: tests/site/editions.test.ts; axe: pages.spec.ts.
import { test, expect, type Page } from '@playwright/test';
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

/**
 * Latin text inside `selector` that the markup does not mark: outside lang="en…", translate="no",
 * <code>/<pre>/<kbd> and addresses (the rule of tests/site/arabic-latin.test.ts, on what scripts wrote);
 * the code of an inline <script> is not text.
 */
const latinIn = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((roots) => {
    const URL_TEXT = /\b(?:https?:\/\/|mailto:)\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*/gi;
    const latin = (s: string) => /[A-Za-z]/.test(s.replace(URL_TEXT, ''));
    const exempt = (el: Element) => {
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      return (
        /^en\b/i.test(lang) ||
        el.closest('[translate]')?.getAttribute('translate') === 'no' ||
        !!el.closest('code, pre, kbd, script, style')
      );
    };
    const leaks: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (n.parentElement && !exempt(n.parentElement) && latin(n.textContent ?? ''))
          leaks.push(`<${n.parentElement.tagName.toLowerCase()}> "${n.textContent!.trim().slice(0, 80)}"`);
      for (const el of [root, ...root.querySelectorAll('*')])
        for (const a of ['aria-label', 'title', 'placeholder', 'alt'])
          if (el.hasAttribute(a) && !exempt(el) && latin(el.getAttribute(a)!))
            leaks.push(`<${el.tagName.toLowerCase()} ${a}="${el.getAttribute(a)}">`);
    }
    return leaks;
  });

test.describe('what scripts write on an Arabic page is Arabic', () => {
  test('copy feedback and the citation the script fills in', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('ar/charts/figures-chart/');
    await page.locator('details.cite-this summary').click();
    const status = page.getByRole('status').last();
    // A link, the citation, BibTeX and the embed code: each announces what it copied.
    const buttons = [
      page.locator('figure a.anchor').first(),
      page.getByRole('button', { name: 'انسخ الاستشهاد' }),
      page.getByRole('button', { name: 'انسخ بصيغة BibTeX' }),
      page.getByRole('button', { name: 'انسخ شيفرة التضمين' }),
    ];
    for (const b of buttons) {
      await b.click();
      await expect(status).toContainText('تم');
      expect(await latinIn(page, '[role=status]'), 'Latin in the copy feedback').toEqual([]);
    }
    // The address the script wrote into the citation reads left to right, after Arabic words and an Arabic date.
    await expect(page.locator('#cite-text')).toContainText('آخر تحديث');
    await expect(page.locator('#cite-text .citation-url')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('#cite-text .citation-url')).toHaveText(/^http:\/\/127\.0\.0\.1/);
    expect(await latinIn(page, '.cite-this, .print-citation, .embed-this')).toEqual([]);
    for (const sel of ['#cite-bibtex', '#cite-csl', '#embed-code'])
      expect(await page.locator(sel).evaluate((el) => getComputedStyle(el).direction), sel).toBe('ltr');
  });

  test('the search dialog, opened and answering a query', async ({ page }) => {
    await page.goto('ar/');
    await page.getByRole('button', { name: 'بحث' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await latinIn(page, '.search-dialog'), 'Latin in the opened dialog').toEqual([]);
    await dialog.getByRole('searchbox').fill('النجف');
    await expect(dialog.locator('.search-status')).toContainText('الصفحات التي تذكر');
    await expect(dialog.locator('.search-results > li').first()).toBeVisible();
    // The result titles and the dialog's own words (the excerpts are the pages' text, checked from the build).
    expect(
      await latinIn(page, '.search-status, .search-form, .search-results a'),
      'Latin in the search interface',
    ).toEqual([]);
  });
});
