// The charts as readers meet them: drawn at build time, readable with JavaScript off (description and
// data table included), sized before any script runs and fitting a 320 px phone (no d3 in the bundle: tests/site/charts.test.ts).
import { test, expect } from '@playwright/test';
import { charts } from '../../src/charts/registry.ts';
import { nextFrames } from '../helpers/page-checks.ts';
import { sharedVisit } from '../helpers/shared-visit.ts';

const pageOf = (c: (typeof charts)[number]) => `${c.theme}/`;

test.describe('charts without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // The two checks of a chart share one visit to its page at 320 px; the fit is read first, since the
  // other opens the data table.
  for (const c of charts)
    test.describe(c.id, () => {
      const shared = sharedVisit(
        async (p) => {
          await p.goto(pageOf(c));
        },
        { javaScriptEnabled: false, viewport: { width: 320, height: 640 } },
      );
      test(`${c.id} has its size before any script runs (no layout shift) and fits 320 px`, async () => {
        const page = shared();
        const svg = page.locator(`#${c.id} svg.chart-svg:visible`);
        await expect(svg).toHaveClass(/chart-narrow/);
        const box = (await svg.boundingBox())!;
        const [, , vw, vh] = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
        expect(box.height).toBeGreaterThan(100);
        expect(Math.abs(box.height / box.width - vh / vw)).toBeLessThan(0.01);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
        const overflow = await page.evaluate((id) => {
          const fig = document.getElementById(id)!;
          const r = fig.getBoundingClientRect();
          const outside = [...fig.querySelectorAll('*')].filter((el) => {
            const b = el.getBoundingClientRect();
            return (
              b.width > 0 &&
              el.closest('.table-scroll') === null &&
              (b.right > window.innerWidth + 0.5 || b.left < -0.5)
            );
          });
          return {
            right: r.right,
            page: document.documentElement.scrollWidth - window.innerWidth,
            outside: outside.map((el) => el.outerHTML.slice(0, 80)),
          };
        }, c.id);
        expect(overflow.outside).toEqual([]);
        expect(overflow.page).toBeLessThanOrEqual(0);
      });
      test(`${c.id} renders on /${pageOf(c)} with its title, takeaway, description, drawing and data table`, async () => {
        const page = shared();
        const rows = await c.rows();
        const fig = page.locator(`figure#${c.id}`);
        await expect(fig).toHaveCount(1);
        await expect(fig.locator('.chart-title')).toHaveText(c.title);
        await expect(fig.locator('.chart-takeaway')).toHaveText(c.takeaway);
        // The description is what screen readers are pointed at; the drawing itself is hidden from them.
        const descId = await fig.getAttribute('aria-describedby');
        await expect(page.locator(`#${descId}`)).toHaveText(c.description);
        const svg = fig.locator('svg.chart-svg:visible');
        await expect(svg).toHaveCount(1);
        await expect(svg).toHaveAttribute('aria-hidden', 'true');
        expect(await svg.locator('text').count()).toBeGreaterThan(3);
        // The table is in the page (inside <details>), one row per record, and opens without script.
        await expect(fig.locator('details.chart-data tbody tr')).toHaveCount(rows.length);
        await fig.locator('details.chart-data summary').click();
        await expect(fig.locator('details.chart-data table')).toBeVisible();
        // Source notes link to the sources page.
        const sources = await c.sources();
        for (const s of sources) await expect(fig.locator(`.chart-notes a[href$="sources/#${s.id}"]`)).toHaveCount(1);
      });
    });

  test('a wide screen gets the wide drawing, a phone the narrow one', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto('disputed-figures/');
    await expect(page.locator('#figures-chart svg.chart-svg:visible')).toHaveClass(/chart-wide/);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect(page.locator('#figures-chart svg.chart-svg:visible')).toHaveClass(/chart-narrow/);
  });

  test('the figures chart links every mark to its figure page, keeps a row per mark in its table, and links every outlet to its source', async ({
    page,
  }) => {
    const rows = await charts.find((c) => c.id === 'figures-chart')!.rows();
    await page.goto('disputed-figures/');
    const svg = page.locator('#figures-chart svg.chart-svg:visible');
    for (const r of rows) {
      await expect(svg.locator(`a[href$="figures/${r.id}/"]`)).toHaveCount(1);
      await expect(page.locator(`#figures-chart-${r.id}`)).toHaveCount(1);
      await expect(svg.locator(`a[href$="sources/#${r.sources[0].id}"]`).first()).toBeAttached();
    }
    await expect(svg.locator('text', { hasText: 'contested' }).first()).toBeVisible();
  });

  test('the timeline lists undated events beside the drawing instead of placing them', async ({ page }) => {
    const rows = await charts.find((c) => c.id === 'timeline-chart')!.rows();
    const undated = rows.filter((r) => r.cells.date.startsWith('undated'));
    expect(undated.length).toBeGreaterThan(0);
    await page.goto('timeline/');
    const fig = page.locator('#timeline-chart');
    for (const r of undated) {
      await expect(fig.locator('.undated-list a', { hasText: r.cells.event })).toHaveCount(1);
      await expect(fig.locator('svg.chart-svg:visible text', { hasText: r.cells.event })).toHaveCount(0);
    }
  });
});

test.describe('charts with JavaScript', () => {
  for (const path of [...new Set(charts.map(pageOf))]) {
    test(`cause no layout shift while /${path} loads`, async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { shifts: string[] }).shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { sources?: { node?: Node }[] }[]) {
            for (const s of e.sources ?? []) {
              const el = s.node instanceof Element ? s.node : s.node?.parentElement;
              if (el?.closest('.chart'))
                (window as unknown as { shifts: string[] }).shifts.push(el.outerHTML.slice(0, 80));
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.waitForLoadState('load');
      await nextFrames(page);
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    });
  }
});
