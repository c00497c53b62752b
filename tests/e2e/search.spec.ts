// Search (Pagefind) finds sections in the reader's language, loads nothing until it is opened, and
// works under the CSP and under a base path.
import { test, expect, type Page } from '@playwright/test';

/**
 * A word of the section's first paragraph that occurs nowhere else in the page's text (the longest
 * such word), read from the page itself, so the test follows the content as it is rewritten.
 */
async function wordFrom(page: Page, sectionId: string, min: number): Promise<string> {
  return page.locator(`[id="${sectionId}"]`).evaluate((h, min) => {
    const split = (s: string) => s.split(/[\s\p{P}\p{S}]+/u).filter((w) => w.length >= min && !/\d|[٠-٩]/.test(w));
    let el = h.closest('.heading-wrap')?.nextElementSibling;
    while (el && el.tagName !== 'P') el = el.nextElementSibling;
    const page = split(document.querySelector('main')?.textContent ?? '');
    const once = split(el?.textContent ?? '').filter((w) => page.filter((x) => x === w).length === 1);
    return once.sort((a, b) => b.length - a.length)[0] ?? '';
  }, min);
}

async function search(page: Page, q: string) {
  await page.locator('.search-open').click();
  await expect(page.locator('dialog.search-dialog')).toBeVisible();
  await page.locator('#search-input').fill(q);
  await expect(page.locator('.search-results a').first()).toBeVisible({ timeout: 15_000 });
  return page.locator('.search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
}

for (const [lang, path, section] of [
  ['Arabic', 'ar/recruitment-tactics/', 'channels'],
  ['English', 'recruitment-tactics/', 'channels'],
] as const) {
  test(`an ${lang} word from a section finds that section, in the ${lang} edition`, async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(path);
    const word = await wordFrom(page, section, lang === 'Arabic' ? 4 : 5);
    expect(word, 'the section has a word to search for').not.toBe('');
    expect(
      requested.filter((u) => u.includes('/pagefind/')),
      'nothing of the search loads with the page',
    ).toEqual([]);
    const links = await search(page, word);
    const base = new URL(baseURL!).pathname;
    expect(links.map((l) => new URL(l).pathname + new URL(l).hash)).toContain(`${base}${path}#${section}`);
    // Results stay in the reader's edition.
    for (const l of links) expect(new URL(l).pathname.startsWith(`${base}ar/`)).toBe(lang === 'Arabic');
    expect(
      requested.some((u) => u.endsWith('.pagefind')),
      'the WebAssembly engine loaded',
    ).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('following a result closes search and lands on the section', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('ar/recruitment-tactics/');
  const word = await wordFrom(page, 'channels', 4);
  await page.goto('ar/');
  await search(page, word);
  await page.locator('.search-results a[href$="#channels"]').first().click();
  await expect(page).toHaveURL(/\/ar\/recruitment-tactics\/#channels$/);
  await expect(page.locator('[id="channels"]')).toBeInViewport();
});

test('without JavaScript there is no search button', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('ar/');
  await expect(page.locator('.search-open')).toBeHidden();
  await context.close();
});
