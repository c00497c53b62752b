// Project "nginx": nothing leaves the reader's browser under the sub-path behind a real server either (the
// plain sub-path server adds nothing here that nginx does not). Each page is opened once: no request to another
// origin, no Content-Security-Policy violation (the header policy of _headers applies too), no console error.
import { test, expect } from '@playwright/test';
import { builtPages } from '../helpers/site.ts';
import { watchCsp, watchErrors, watchForeign } from '../helpers/page-checks.ts';

for (const path of builtPages('dist-sub')) {
  test(`/${path} requests nothing from another origin and keeps to its Content-Security-Policy`, async ({
    page,
    baseURL,
  }) => {
    const errors = watchErrors(page);
    const foreign = watchForeign(page, new URL(baseURL!).origin);
    const violations = await watchCsp(page);
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    // Reach the end of the page, so anything loaded lazily is requested too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect.soft(foreign, 'requests to other origins').toEqual([]);
    expect.soft(await violations(), 'Content-Security-Policy violations').toEqual([]);
    expect.soft(errors, 'console errors').toEqual([]);
  });
}
