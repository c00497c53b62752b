// What a reader of a long page downloads by the end of it: the page is loaded in Chromium (a phone's
// viewport), scrolled to the bottom a screen at a time so that whatever is fetched lazily is fetched,
// and every byte the bench's server wrote for it (status lines, headers and gzip-9 bodies) is added up.
// Service workers are blocked for that number: what the page itself needs is what the goal is about,
// and a worker's offline copies arrive in the background. What the site's worker adds on a first visit
// is measured apart, on request, by loading the page again with workers allowed.
// The same page is then read with JavaScript off, to check that every piece of text a reader sees with
// JavaScript was in the HTML.
import { chromium, type Browser } from '@playwright/test';
import { CHROME_PATH } from './lighthouse.ts';
import type { StaticServer } from './serve.ts';

export interface ScrollResult {
  /** Bytes written by the server while the page was loaded and scrolled to its end (no service worker). */
  wireBytes: number;
  /** With service workers allowed: bytes the worker added on that first visit (null: not measured). */
  serviceWorkerBytes: number | null;
  requests: number;
  /** Requests to any host other than the bench's server. */
  otherHosts: string[];
  /** Texts (paragraphs, headings, list items, cells, captions) shown with JavaScript but not in the HTML. */
  textOnlyWithJs: string[];
  elements: number;
}

const VIEWPORT = { width: 412, height: 823 };

const BLOCKS = 'main :is(p, h1, h2, h3, h4, li, td, th, figcaption, dt, dd)';
/**
 * Every text block of <main>, hidden or not, trimmed, runs of spaces collapsed: a block that a script
 * wrote or changed is missing from the same page read without JavaScript, even a print-only line.
 */
const TEXTS = (sel: string) =>
  [...document.querySelectorAll(sel)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);

export async function withBrowser<T>(f: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    return await f(browser);
  } finally {
    await browser.close();
  }
}

/** Loads and scrolls `path` once; returns the server's bytes for it, its texts and its element count. */
async function visit(
  browser: Browser,
  server: StaticServer,
  path: string,
  serviceWorkers: 'allow' | 'block',
  other: string[],
) {
  const origin = `http://127.0.0.1:${server.port}`;
  const ctx = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true, serviceWorkers });
  const first = server.log.length;
  try {
    const page = await ctx.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(origin + '/') && !/^(data|blob):/.test(r.url())) other.push(r.url());
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    // A screen at a time, as a reader scrolls, so that lazy observers along the way fire.
    for (let y = 0; ; y += VIEWPORT.height) {
      const end = await page.evaluate((to) => {
        window.scrollTo(0, to);
        return to >= document.documentElement.scrollHeight - innerHeight;
      }, y);
      await page.waitForTimeout(30);
      if (end) break;
    }
    await page.waitForLoadState('networkidle');
    if (serviceWorkers === 'allow') await page.waitForTimeout(1000); // the worker's install, in the background
    const texts = await page.evaluate(TEXTS, BLOCKS);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    await page.close();
    const served = server.log.slice(first);
    return { wireBytes: served.reduce((s, r) => s + r.wireBytes, 0), requests: served.length, texts, elements };
  } finally {
    await ctx.close();
  }
}

export async function scrollToEnd(
  browser: Browser,
  server: StaticServer,
  path: string,
  withServiceWorker: boolean,
): Promise<ScrollResult> {
  const origin = `http://127.0.0.1:${server.port}`;
  const other: string[] = [];
  const blocked = await visit(browser, server, path, 'block', other);
  const allowed = withServiceWorker ? await visit(browser, server, path, 'allow', other) : null;
  const noJs = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
  let withoutJs: Set<string>;
  try {
    const page = await noJs.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    withoutJs = new Set(await page.evaluate(TEXTS, BLOCKS));
  } finally {
    await noJs.close();
  }
  return {
    wireBytes: blocked.wireBytes,
    serviceWorkerBytes: allowed ? allowed.wireBytes - blocked.wireBytes : null,
    requests: blocked.requests,
    otherHosts: [...new Set(other)],
    textOnlyWithJs: blocked.texts.filter((t) => !withoutJs.has(t)),
    elements: blocked.elements,
  };
}
