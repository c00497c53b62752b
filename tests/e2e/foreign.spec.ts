// Project "nginx": nothing leaves the reader's browser under the sub-path behind a real server either (the
// plain sub-path server adds nothing here that nginx does not), with the service worker running as it
// does for readers. Opened, in each edition: the long page, whose requests are a superset of every page
// of the site's (every theme, chart, figure and script; the same stylesheets and faces); the embed, whose
// policy and page differ (framing allowed, no site around it); the 404 and the offline notice, which the
// service worker and the server send in place of other pages. No request to another origin, no
// Content-Security-Policy violation (the header policy of _headers applies too), no console error. The
// other kinds need no visit here: headers.spec.ts proves each page gets the headers of _headers (the same
// set on every page) with, as its policy, its own <meta> policy plus the framing rule (which governs no
// request); the root project's visit runs that <meta> policy on one page of every kind; and
// tests/site/links.test.ts keeps every reference of dist-sub/ under the base path.
import { test, expect } from '@playwright/test';
import { builtPages, pageKinds } from '../helpers/site.ts';
import { watchCsp, watchErrors, watchForeign } from '../helpers/page-checks.ts';

// The service worker runs here as it does for readers (the other tests block it, playwright.config.ts): what
// it fetches and its own script must keep to the same origin and the policy too.
test.use({ serviceWorkers: 'allow' });

/** The long page, an embed, the 404 and the offline notice, in each edition. */
const visited = pageKinds(builtPages('dist-sub')).filter((p) =>
  /^(ar\/)?(|embed\/[^/]+\/|404\.html|404\/|offline\/)$/.test(p),
);
test('the long page, an embed, the 404 and the offline notice of each edition are visited', () =>
  expect(visited).toHaveLength(8));
for (const path of visited) {
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
