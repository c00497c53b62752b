// A chart's links in the browser: back from its page into its theme, its copy-link button, and its embed
// code, which frames the embed page without the site around it.
import { test, expect } from '@playwright/test';
import { CHART_IDS } from '../../src/charts/ids.ts';

// The chart page's words, share card and downloads are checked in the HTML (tests/site/charts.test.ts,
// downloads.test.ts); here, what needs a browser: following the link back, copying, framing.
test("a chart page's kicker leads to the chart in its theme", async ({ page }) => {
  const id = CHART_IDS[0];
  await page.goto(`charts/${id}/`);
  await page.locator('.kicker a').click();
  await expect(page).toHaveURL(new RegExp(`/#${id}$`));
  await expect(page.locator(`figure#${id}`)).toBeInViewport();
});

test('a chart in a theme links to its page and its downloads, and has a copy-link button', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('disputed-figures/');
  const figure = page.locator('figure#figures-chart');
  await figure.getByRole('button', { name: /^Copy link to the chart: / }).click();
  // The chart's address on this page: the path does not depend on the public address.
  await expect
    .poll(async () => {
      const u = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      return `${u.pathname}${u.hash}`;
    })
    .toBe(`${new URL(page.url()).pathname}#figures-chart`);
  await expect(figure.locator('a[href$="charts/figures-chart/"]')).toBeVisible();
  await expect(figure.locator('a[href$="data/figures-chart.csv"]')).toBeVisible();
});

test('the embed code copies an iframe of the embed page, and the embed page works inside a frame without the site around it', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('charts/timeline-chart/');
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toBe((await page.locator('#embed-code').textContent())!.trim());
  const src = /src="([^"]+)"/.exec(code)![1];
  expect(new URL(src).pathname).toBe(`${new URL(baseURL!).pathname}embed/timeline-chart/`);

  // The snippet, pointed at this server, on a page of another site.
  const local = new URL(new URL(src).pathname, baseURL).href;
  await page.setContent(`<!doctype html><title>Host</title><h1>A newsroom page</h1>${code.replace(src, local)}`);
  const frame = page.frameLocator('iframe');
  // One of the chart's two drawings (narrow or wide) is shown, whichever fits the frame.
  await expect(frame.locator('figure#timeline-chart svg.chart-svg:visible')).toHaveCount(1);
  await expect(frame.locator('.site-header, .site-footer, nav')).toHaveCount(0);
  await expect(frame.locator('.embed-credit a').first()).toHaveAttribute('href', /\/charts\/timeline-chart\/$/);
});
