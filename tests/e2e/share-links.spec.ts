// What linkers and machines read: share cards (Open Graph, Twitter, JSON-LD) with real images of the
// stated size, the data downloads matching the records, the Atom feed, the sitemap and robots.txt.
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/fixture.ts';
import { builtPages } from '../helpers/site.ts';
import { parseCsv } from '../../src/format/csv.ts';
import { pngSize } from '../../src/build/share-image.ts';

const pages = builtPages().filter((p) => p !== '404.html' && p !== 'ar/404/');
/** Pages readers share: all but the embed pages (both editions), whose canonical URL is their chart's page. */
const sharedPages = pages.filter((p) => !/^(ar\/)?embed\//.test(p));
/** The records of one content folder, by file name. */
const records = (folder: string) =>
  new Map(
    readdirSync(join(ROOT, 'content', folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), parseYaml(readFileSync(join(ROOT, 'content', folder, f), 'utf8'))] as const),
  );
/** Fetches an absolute site URL (built with SITE_URL) from the server under test. */
const fetchSiteUrl = (request: APIRequestContext, baseURL: string, abs: string) => request.get(new URL(new URL(abs).pathname, baseURL).href);
const meta = (page: Page, attr: 'property' | 'name', key: string) => page.locator(`meta[${attr}="${key}"]`).getAttribute('content');

test('every page has a canonical URL, Open Graph and Twitter tags, and a 1200×630 PNG share card', async ({ page, request, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  for (const path of sharedPages) {
    await page.goto(path);
    const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
    expect(new URL(canonical).pathname, `/${path} canonical`).toBe(`${base}${path}`);
    expect(await meta(page, 'property', 'og:url')).toBe(canonical);
    expect(await meta(page, 'property', 'og:title')).toBeTruthy();
    expect(await meta(page, 'property', 'og:description')).toBeTruthy();
    expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
    expect((await meta(page, 'property', 'og:image:alt'))!.length, `/${path} og:image:alt`).toBeGreaterThan(20);
    const image = (await meta(page, 'property', 'og:image'))!;
    expect(await meta(page, 'name', 'twitter:image')).toBe(image);
    const res = await fetchSiteUrl(request, baseURL!, image);
    expect(res.status(), `${image} should exist`).toBe(200);
    const size = pngSize(await res.body());
    expect(size).toEqual({ width: Number(await meta(page, 'property', 'og:image:width')), height: Number(await meta(page, 'property', 'og:image:height')) });
    expect(size).toEqual({ width: 1200, height: 630 });
  }
});

test('a theme\'s share card names its key figure, and its JSON-LD is an Article with dates', async ({ page }) => {
  await page.goto('overview/');
  const estimate = await page.locator('.estimate-value').first().textContent();
  expect(await meta(page, 'property', 'og:image:alt')).toContain(`the figure ${estimate}`);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Article');
  expect(ld.headline).toBe(await meta(page, 'property', 'og:title'));
  expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(ld.dateModified).toBe(await page.locator('.theme-meta time').getAttribute('datetime'));
  expect(ld.dateModified >= ld.datePublished).toBe(true);
});

test.describe('data downloads match the records', () => {
  const sources = records('sources');
  test('figures: one row per estimate with its value, claimant and source', async ({ request }) => {
    const estimates = records('estimates');
    const csv = parseCsv(await (await request.get('data/estimates.csv')).text());
    const json = await (await request.get('data/estimates.json')).json();
    expect(csv.length).toBe(estimates.size);
    expect(json.length).toBe(estimates.size);
    for (const [id, e] of estimates) {
      const row = csv.find((r) => r.id === id)!;
      const obj = json.find((r: { id: string }) => r.id === id);
      expect(row, id).toBeTruthy();
      expect(row.value).toBe(e.value === undefined ? '' : String(e.value));
      expect(obj.value).toBe(e.value);
      expect(row.qualifier).toBe(e.qualifier);
      expect(row.claimant_name).toBe(e.claimant.name);
      expect(obj.contested).toBe(e.contested);
      expect(row.source_id).toBe(e.source);
      expect(row.source_outlet).toBe(sources.get(e.source).outlet);
      expect(row.source_url).toBe(sources.get(e.source).url);
      expect(obj.source_url).toBe(sources.get(e.source).url);
    }
  });
  test('events: one row per event with all its sources', async ({ request }) => {
    const events = records('events');
    const csv = parseCsv(await (await request.get('data/events.csv')).text());
    const json = await (await request.get('data/events.json')).json();
    expect(csv.length).toBe(events.size);
    expect(json.length).toBe(events.size);
    for (const [id, ev] of events) {
      const row = csv.find((r) => r.id === id)!;
      expect(row.title).toBe(ev.title);
      expect(row.source_url.split(' | ')).toEqual(ev.sources.map((s: string) => sources.get(s).url));
      expect(json.find((r: { id: string }) => r.id === id).section).toBe(ev.section);
    }
  });
  test('sources: one row per article with its outlet, date and URL', async ({ request }) => {
    const csv = parseCsv(await (await request.get('data/sources.csv')).text());
    const json = await (await request.get('data/sources.json')).json();
    expect(csv.map((r) => r.id).sort()).toEqual([...sources.keys()].sort());
    for (const row of csv) {
      expect(row.url).toBe(sources.get(row.id).url);
      expect(row.outlet).toBe(sources.get(row.id).outlet);
      expect(row.published).toBe(String(sources.get(row.id).published));
    }
    expect(json.length).toBe(sources.size);
  });
  test('the downloads are linked from the pages that show the records', async ({ page }) => {
    await page.goto('sources/');
    await expect(page.locator('.data-links a[href$="data/sources.csv"]')).toBeVisible();
    await page.goto('data/');
    for (const d of ['estimates', 'events', 'sources']) await expect(page.locator(`a[href$="data/${d}.json"]`)).toBeVisible();
  });
});

test('the updates log is a valid Atom feed with absolute URLs, one entry per record', async ({ page, request }) => {
  const res = await request.get('updates.xml');
  expect(res.headers()['content-type']).toContain('xml');
  const xml = await res.text();
  await page.goto('updates/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const kids = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${root.namespaceURI} ${root.localName}`,
      id: kids(root, 'id')[0]?.textContent,
      updated: kids(root, 'updated')[0]?.textContent,
      self: kids(root, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href'),
      author: kids(root, 'author').length,
      entries: kids(root, 'entry').map((e) => ({
        id: kids(e, 'id')[0]?.textContent,
        title: kids(e, 'title')[0]?.textContent,
        updated: kids(e, 'updated')[0]?.textContent,
        link: kids(e, 'link')[0]?.getAttribute('href'),
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.author).toBe(1);
  expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(new URL(feed.self!).pathname).toMatch(/updates\.xml$/);
  expect(feed.entries.length).toBe(records('updates').size);
  for (const e of feed.entries) {
    expect(e.title).toBeTruthy();
    expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(() => new URL(e.id!)).not.toThrow();
    // The entry's link lands on its entry in the log.
    const link = new URL(e.link!);
    expect(link.pathname).toBe(new URL(page.url()).pathname);
    await expect(page.locator(`[id="${link.hash.slice(1)}"]`)).toBeAttached();
  }
  await expect(page.locator('link[rel=alternate][type="application/atom+xml"]')).toHaveAttribute('href', /updates\.xml$/);
});

test('robots.txt names the sitemap, and the sitemap lists every page but the 404 and the offline notice', async ({ request, baseURL }) => {
  const robots = await (await request.get('robots.txt')).text();
  const line = /^Sitemap: (\S+)$/m.exec(robots);
  expect(line, robots).not.toBeNull();
  const indexUrl = line![1];
  expect(new URL(indexUrl).pathname).toBe(`${new URL(baseURL!).pathname}sitemap-index.xml`);
  const index = await (await fetchSiteUrl(request, baseURL!, indexUrl)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed = new Set<string>();
  for (const s of sitemaps) for (const m of (await (await fetchSiteUrl(request, baseURL!, s)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(m[1]).pathname);
  const base = new URL(baseURL!).pathname;
  const expected = sharedPages.filter((p) => !/^(ar\/)?offline\/$/.test(p)).map((p) => `${base}${p}`);
  expect([...listed].sort()).toEqual(expected.sort());
});

test('printed, a page shows its address, its citation and its links\' targets, without the site\'s controls', async ({ page }) => {
  await page.goto('legal-response/');
  await page.emulateMedia({ media: 'print' });
  const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
  await expect(page.locator('.print-url')).toHaveText(canonical);
  await expect(page.locator('.print-citation')).toBeVisible();
  await expect(page.locator('.print-citation')).toContainText(canonical);
  for (const hidden of ['.site-header', '.cite-this', 'button.copy-button', 'a.anchor']) await expect(page.locator(hidden).first()).toBeHidden();
  const after = await page.locator('.references a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-citation')).toBeHidden();
});
