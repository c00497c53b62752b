// The estimates table on phones (issue 17): each row a compact card from the same markup (estimates.css),
// so the table never scrolls sideways and no figure is squeezed to three words a line; on a laptop it is
// a table of four columns. Both editions, on the page that holds it (its theme, and the long page).
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/page-checks.ts';
import { sharedVisit } from '../helpers/shared-visit.ts';

const EDITIONS = [
  { lang: 'en', path: 'disputed-figures/' },
  { lang: 'ar', path: 'ar/disputed-figures/' },
] as const;

const layout = (page: Page) =>
  page.locator('.estimates-table').evaluate((table) => {
    const scroller = table.closest('.table-scroll')!;
    const rows = [...table.querySelectorAll('tbody tr[id^="estimate-"]')];
    const t = table.getBoundingClientRect();
    return {
      sideways: scroller.scrollWidth - scroller.clientWidth,
      rows: rows.length,
      display: [...new Set(rows.map((r) => getComputedStyle(r).display))],
      // Rows narrower than the table, less a pixel (a card spans the column).
      narrow: rows.filter((r) => r.getBoundingClientRect().width < t.width - 1).map((r) => r.id),
      // The figure cell's width: a card gives it the full line.
      figureWidth: Math.min(...rows.map((r) => r.querySelector('td')!.getBoundingClientRect().width)),
      headVisible: table.querySelector('thead')!.getBoundingClientRect().height > 1,
    };
  });

for (const { lang, path } of EDITIONS) {
  test.describe(`${lang}, 360 px`, () => {
    const shared = sharedVisit(
      async (p) => {
        await p.goto(path);
      },
      { viewport: { width: 360, height: 740 } },
    );

    test('each estimate is a card across the column, and nothing scrolls sideways', async () => {
      const l = await layout(shared());
      expect(l.rows).toBeGreaterThan(10);
      expect(l.display).toEqual(['grid']);
      expect(l.narrow).toEqual([]);
      expect(l.sideways).toBeLessThanOrEqual(0);
      expect(l.headVisible).toBe(false);
      // The figure has the card's whole line (320 px of the phone's 360, less the card's padding).
      expect(l.figureWidth).toBeGreaterThan(280);
    });

    // WCAG 2.2's 2.5.8 (axe's target-size): the figure's link and the "Contested" tag beside the share
    // control. Arabic's line made the figure's link 22 px tall.
    test('every link on a card is a target of 24 px or has room around it', async () => {
      expect(await axeViolations(shared(), ['target-size'])).toEqual([]);
    });
  });

  test(`${lang}, 1366 px: the estimates are a table with its column headings`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(path);
    const l = await layout(page);
    expect(l.display).toEqual(['table-row']);
    expect(l.headVisible).toBe(true);
    expect(l.sideways).toBeLessThanOrEqual(0);
  });
}
