// The Arabic edition mirrors the English one: same pages, same ids, same figures; right to left,
// linked both ways (switcher and hreflang), and accessible.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../helpers/site.ts';
import { ROOT } from '../helpers/fixture.ts';

const all = builtPages();
const english = all.filter((p) => !p.startsWith('ar/'));
const arabic = all.filter((p) => p.startsWith('ar/'));
/** The Arabic page for an English one; the root 404.html has its Arabic twin at ar/404/. */
const toArabic = (p: string) => (p === '404.html' ? 'ar/404/' : `ar/${p}`);
const file = (p: string) => join(ROOT, 'dist', p.endsWith('.html') ? p : `${p}index.html`);
/** Every id in a built page, sorted. */
const ids = (p: string) => [...readFileSync(file(p), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).sort();
/** Arabic-Indic digits read as Latin ones, Arabic separators dropped. */
const latinDigits = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[٬,]/g, '');

test('every English page has an Arabic counterpart with the same ids, and the reverse', () => {
  expect(english.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const p of english) {
    const ar = toArabic(p);
    if (!arabic.includes(ar)) {
      problems.push(`${p}: no Arabic page ${ar}`);
      continue;
    }
    const en = ids(p);
    const tr = ids(ar);
    const lost = en.filter((id) => !tr.includes(id));
    const extra = tr.filter((id) => !en.includes(id));
    if (lost.length || extra.length) problems.push(`${ar}: missing ids [${lost.join(', ')}], extra ids [${extra.join(', ')}]`);
  }
  for (const p of arabic) if (!english.some((e) => toArabic(e) === p)) problems.push(`${p}: no English original`);
  expect(problems).toEqual([]);
});

test('the Arabic long page runs right to left and prints the same figures as the English one', async ({ page }) => {
  await page.goto('ar/');
  expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const read = () =>
    page.locator('span.estimate[data-estimate]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-estimate')!, e.querySelector('.estimate-value')!.textContent!] as [string, string]));
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

test('each page names its counterpart in hreflang alternates, with English as x-default', async ({ page, baseURL }) => {
  for (const [p, other] of [['recruitment-tactics/', 'ar/recruitment-tactics/'], ['ar/sources/', 'sources/']]) {
    await page.goto(p);
    const alt = async (l: string) => new URL((await page.locator(`link[rel="alternate"][hreflang="${l}"]`).getAttribute('href'))!).pathname;
    const base = new URL(baseURL!).pathname;
    const en = p.startsWith('ar/') ? other : p;
    const ar = p.startsWith('ar/') ? p : other;
    expect(await alt('en')).toBe(`${base}${en}`);
    expect(await alt('ar')).toBe(`${base}${ar}`);
    expect(await alt('x-default')).toBe(`${base}${en}`);
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

test.describe('accessibility of the Arabic edition (axe, WCAG 2.2 A and AA)', () => {
  for (const p of arabic.filter((x) => x !== 'ar/404/')) {
    test(`/${p}`, async ({ page }) => {
      await page.goto(p);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
