// The embed code on another site (Playwright project "nginx"): a host page on a second local origin,
// with a strict policy of its own (no 'unsafe-inline'), holds two of the snippets the chart pages
// give, pointed at the nginx server that serves the sub-path build with its _headers. The script
// loads across origins, each frame grows to the height its document reports, and the credit and
// licence lines are inside the visible frame: at a phone's width and a desktop's, in both editions.
import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';

const OUT = 'dist-sub';
/** The public address dist-sub is built with (playwright.config.ts, package.json test:builds). */
const SITE = 'https://news.test';
const CHARTS = { en: ['timeline-chart', 'figures-chart'], ar: ['pipeline-chart', 'map-chart'] } as const;

/** The embed code a chart page shows, as a reader copies it. */
const snippet = (lang: 'en' | 'ar', id: string) => {
  const html = readFileSync(join(ROOT, OUT, lang === 'ar' ? 'ar/' : '', `charts/${id}/index.html`), 'utf8');
  const code = /<pre class="embed-code" id="embed-code"[^>]*>([^<]*)<\/pre>/.exec(html)![1];
  return code
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
};

let host: Server;
let hostOrigin = '';
test.beforeAll(async ({ baseURL }) => {
  const site = new URL(baseURL!).origin;
  host = createServer((req, res) => {
    const lang = req.url === '/ar/' ? 'ar' : 'en';
    const codes = CHARTS[lang].map((id) => snippet(lang, id).replaceAll(SITE, site));
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // The host allows the site's script and frames, and no inline script or style.
      'content-security-policy': `default-src 'none'; script-src ${site}; frame-src ${site}`,
    });
    res.end(
      `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><h1>A newsroom page</h1><p>Before the charts.</p>${codes.join('<p>Between the charts.</p>')}<p>After the charts.</p></html>`,
    );
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

/** Each frame of the host page, once it has loaded and been fitted: its height on the host and its document's. */
async function fitted(page: Page) {
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  const out = [];
  for (let i = 0; i < 2; i++) {
    const iframe = frames.nth(i);
    await iframe.scrollIntoViewIfNeeded();
    const doc = (await (await iframe.elementHandle())!.contentFrame())!;
    await doc.waitForLoadState('load');
    // embed.js sets the height it was told through the CSSOM; wait until it matches the document's.
    await expect
      .poll(async () => {
        const reported = await doc.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const style = await iframe.evaluate((f: HTMLIFrameElement) => f.style.height);
        return style === `${reported}px`;
      })
      .toBe(true);
    const box = (await iframe.boundingBox())!;
    const inner = await doc.evaluate(() => ({
      height: document.documentElement.getBoundingClientRect().height,
      viewport: innerHeight,
      credit: document.querySelector('.embed-credit')!.getBoundingClientRect().bottom,
      licence: document.querySelector('.embed-licence')!.getBoundingClientRect().bottom,
      scrolls: document.documentElement.scrollHeight > innerHeight + 1,
    }));
    out.push({ box, inner, src: await iframe.getAttribute('src') });
  }
  return out;
}

for (const lang of ['en', 'ar'] as const) {
  for (const width of [360, 1200]) {
    test(`${lang}: on another site at ${width} px, each embed's frame grows to its chart, credit and licence included`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${hostOrigin}/${lang === 'ar' ? 'ar/' : ''}`);
      const frames = await fitted(page);
      for (const { box, inner, src } of frames) {
        expect(
          Math.abs(box.height - inner.height),
          `${src}: frame height ${box.height}, document ${inner.height}`,
        ).toBeLessThanOrEqual(3);
        expect(inner.scrolls, `${src} scrolls inside its frame`).toBe(false);
        expect(inner.credit, `${src}: the credit line is inside the frame`).toBeLessThanOrEqual(inner.viewport);
        expect(inner.licence, `${src}: the licence line is inside the frame`).toBeLessThanOrEqual(inner.viewport);
      }
      if (width === 360)
        await page.screenshot({ path: test.info().outputPath(`host-${lang}-360.png`), fullPage: true });
      // Blocked by a policy or a Cross-Origin-Resource-Policy, the script or a frame would say so here.
      expect(errors).toEqual([]);
    });
  }
}
