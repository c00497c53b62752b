// Nothing leaves the reader's browser: every page loads with no request to another origin, carries a
// strict Content-Security-Policy, and breaks none of its rules.
import { test, expect, type Page } from '@playwright/test';
import { builtPages, pagesForProject } from '../helpers/site.ts';

const pages = builtPages();

/** Records CSP violations as the page reports them, from before its first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => /Content Security Policy|Content-Security-Policy/i.test(m.text()) && console.push(m.text()));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

for (const path of pages) {
  test(`/${path} requests nothing from another origin and keeps to its Content-Security-Policy`, async ({ page, baseURL }, testInfo) => {
    test.skip(!pagesForProject(testInfo.project.name, pages).includes(path), 'outside the root project, one page of each kind');
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin) foreign.push(r.url());
    });
    const violations = await watchCsp(page);
    await page.goto(path);
    // Reach the end of the page, so anything loaded lazily is requested too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);

    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, 'a Content-Security-Policy <meta> tag').toBeTruthy();
    const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    for (const d of ['script-src', 'style-src', 'default-src']) {
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) expect(directives.get(d) ?? [], `${d} must not allow ${unsafe}`).not.toContain(unsafe);
    }
  });
}

test('the violation watcher reports an inline script the policy blocks', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.title = "injected"';
    document.body.append(s);
  });
  await expect.poll(violations).not.toEqual([]);
  expect(await page.title()).not.toBe('injected');
});
