// Each chart has its own page (title, description, share card, embed code) and an embed page without
// the site around it; its data downloads hold the chart's rows, each with its sources.
import { test, expect } from '@playwright/test';
import { CHART_IDS } from '../../src/charts/ids.ts';
import { parseCsv } from '../../src/format/csv.ts';

test('every chart has its own page with its title, description, share card and a link back into the explainer', async ({ page, request, baseURL }) => {
  expect(CHART_IDS.length).toBeGreaterThan(0);
  for (const id of CHART_IDS) {
    const res = await page.goto(`charts/${id}/`);
    expect(res?.status(), `charts/${id}/`).toBe(200);
    const title = (await page.locator(`#${id}-title`).textContent())!.trim();
    await expect(page.locator('h1')).toHaveText(title);
    expect(await page.title()).toContain(await page.locator('h1').textContent());
    const description = (await page.locator('meta[name="description"]').getAttribute('content'))!;
    expect(description.length).toBeGreaterThan(30);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(image).toMatch(new RegExp(`og/chart-${id}\\.png$`));
    expect((await request.get(new URL(new URL(image).pathname, baseURL).href)).status()).toBe(200);
    // The kicker links to the chart in its theme, where the same chart id is the target.
    const back = page.locator('.kicker a');
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/#${id}$`));
    await expect(page.locator(`figure#${id}`)).toBeVisible();
  }
});

test('a chart in a theme links to its page and its downloads, and has a copy-link button', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('disputed-figures/');
  const figure = page.locator('figure#figures-chart');
  await figure.getByRole('button', { name: /^Copy link to the chart: / }).click();
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#figures-chart`);
  await expect(figure.locator('a[href$="charts/figures-chart/"]')).toBeVisible();
  await expect(figure.locator('a[href$="data/figures-chart.csv"]')).toBeVisible();
});

test('the embed code copies an iframe of the embed page, and the embed page works inside a frame without the site around it', async ({ page, context, baseURL }) => {
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
  await expect(frame.locator('figure#timeline-chart svg').first()).toBeVisible();
  await expect(frame.locator('.site-header, .site-footer, nav')).toHaveCount(0);
  await expect(frame.locator('.embed-credit a').first()).toHaveAttribute('href', /\/charts\/timeline-chart\/$/);
});

test('an embed page names its chart page as canonical and asks not to be indexed', async ({ page }) => {
  for (const id of CHART_IDS) {
    await page.goto(`embed/${id}/`);
    expect(new URL((await page.locator('link[rel=canonical]').getAttribute('href'))!).pathname).toMatch(new RegExp(`/charts/${id}/$`));
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator(`figure#${id}`)).toBeVisible();
  }
});

test('each chart\'s downloads hold one row per record in its data table, with sources', async ({ page, request }) => {
  for (const id of CHART_IDS) {
    await page.goto(`charts/${id}/`);
    const table = page.locator(`figure#${id} .chart-data tbody tr`);
    const n = await table.count();
    expect(n, id).toBeGreaterThan(0);
    const csv = parseCsv(await (await request.get(`data/${id}.csv`)).text());
    const json = await (await request.get(`data/${id}.json`)).json();
    expect(csv.length, `${id}.csv rows`).toBe(n);
    expect(json.length, `${id}.json rows`).toBe(n);
    const ids = await table.evaluateAll((rows) => rows.map((r) => r.id));
    expect(csv.map((r) => `${id}-${r.id}`)).toEqual(ids);
    for (const [i, row] of csv.entries()) {
      expect(row.source_url, `${id} row ${row.id}`).toMatch(/^https:\/\//);
      // The first cell of the table is the first of the chart's own columns.
      const first = await table.nth(i).locator('td').first().textContent();
      const firstKey = Object.keys(row)[2];
      expect(first!.trim()).toBe(row[firstKey]);
      expect(json[i].id).toBe(row.id);
    }
  }
});
