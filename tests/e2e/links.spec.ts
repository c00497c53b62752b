// Every internal link and asset resolves, stays under the base path, and every #fragment exists.
import { test, expect } from '@playwright/test';
import { builtPages } from '../helpers/site.ts';

test('every internal link, asset and fragment resolves', async ({ page, request, baseURL }) => {
  const base = new URL(baseURL!);
  const html = new Map<string, string>();
  const fetchPage = async (url: string) => {
    if (!html.has(url)) {
      const res = await request.get(url);
      expect(res.status(), `${url} should exist`).toBe(200);
      html.set(url, res.headers()['content-type']?.includes('html') ? await res.text() : '');
    }
    return html.get(url)!;
  };
  const broken: string[] = [];
  for (const path of builtPages().filter((p) => p !== '404.html')) {
    const from = new URL(path, base).href;
    await page.goto(from);
    const refs = await page.evaluate(() =>
      // Read the attribute and resolve it, so that SVG links (whose .href is not a string) are checked too.
      [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((el) => new URL(el.getAttribute('href') ?? el.getAttribute('src')!, document.baseURI).href),
    );
    for (const ref of refs) {
      const url = new URL(ref);
      if (url.origin !== base.origin) continue;
      if (!url.pathname.startsWith(base.pathname)) {
        broken.push(`${from} → ${ref} (outside the base path ${base.pathname})`);
        continue;
      }
      const target = `${url.origin}${url.pathname}`;
      const body = await fetchPage(target);
      const frag = decodeURIComponent(url.hash.slice(1));
      if (frag && !body.includes(`id="${frag}"`)) broken.push(`${from} → ${ref} (no element with id "${frag}")`);
    }
  }
  expect(broken).toEqual([]);
});
