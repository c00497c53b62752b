// "Cite" in a chart's header, in the browser: a target of at least 24×24 px (WCAG 2.2 AA) that opens
// the chart's citation without JavaScript. Its words and sources are checked in the HTML
// (tests/site/chart-images.test.ts).
import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test("a chart's Cite opens its citation without JavaScript, from a target of at least 24×24 px", async ({ page }) => {
  await page.goto('ar/charts/figures-chart/');
  const cite = page.locator('figure#figures-chart .chart-cite');
  const summary = cite.locator('summary');
  const box = (await summary.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  await expect(cite.locator('.licence-note')).toBeHidden();
  await summary.click();
  await expect(cite.locator('.licence-note')).toBeVisible();
});
