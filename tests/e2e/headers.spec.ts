// The built site behind a real static web server (Playwright project "nginx", deploy/serve-nginx.ts), read
// through HTTP without a browser: every page gets the security headers of the build's _headers file, with
// its own policy; unknown addresses get the site's 404 page with the headers; assets are cached for good,
// pages revalidated; a folder address without its slash redirects.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, readPage } from '../helpers/site.ts';
import { findAll } from '../helpers/html.ts';
import { ROOT } from '../helpers/fixture.ts';
import { COMMON_HEADERS, headerPolicy, headersFor, isEmbed, parseHeadersFile } from '../../src/build/headers.ts';

const OUT = 'dist-sub';
const rules = parseHeadersFile(readFileSync(join(ROOT, OUT, '_headers'), 'utf8'));

for (const path of builtPages(OUT).filter((p) => p !== '404.html')) {
  test(`/${path} is served with the headers of _headers and its own policy`, async ({ request, baseURL }) => {
    const url = new URL(path, baseURL);
    const res = await request.get(url.href);
    expect(res.status()).toBe(200);
    const got = res.headers();
    const want = headersFor(rules, url.pathname);
    expect(Object.keys(want)).toEqual(
      expect.arrayContaining([...Object.keys(COMMON_HEADERS), 'Content-Security-Policy']),
    );
    for (const [k, v] of Object.entries(want)) expect(got[k.toLowerCase()], k).toBe(v);
    // The header is the page's own <meta> policy plus the framing rule a <meta> cannot carry.
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/
      .exec(await res.text())?.[1]
      .replace(/&#39;/g, "'");
    expect(got['content-security-policy']).toBe(headerPolicy(meta!, isEmbed(path)));
    expect(got['x-frame-options']).toBe(isEmbed(path) ? undefined : 'DENY');
    expect(got['cache-control']).toBe('no-cache');
  });
}

test('an unknown address gets the 404 page, with status 404 and the headers', async ({ request, baseURL }) => {
  const res = await request.get(new URL('no-such-page/', baseURL).href);
  expect(res.status()).toBe(404);
  expect(await res.text()).toContain('<h1>Page not found</h1>');
  expect(res.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
});

test('a page address without its trailing slash redirects to it, keeping the sub-path', async ({
  request,
  baseURL,
}) => {
  const page = builtPages(OUT).find((p) => p.endsWith('/'))!;
  const res = await request.get(new URL(page.slice(0, -1), baseURL).href, { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers().location).toBe(new URL(page, baseURL).pathname);
});

test('hashed assets are cached for good, compressed, and the rules file is not served', async ({
  request,
  baseURL,
}) => {
  const css = findAll(readPage(OUT, ''), (e) => e.tag === 'link' && e.attrs.rel === 'stylesheet')[0]?.attrs.href;
  const res = await request.get(new URL(css!, baseURL).href, { headers: { 'accept-encoding': 'gzip' } });
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers()['content-type']).toBe('text/css; charset=utf-8');
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect((await request.get(new URL('_headers', baseURL).href)).status()).toBe(404);
});
