// One visit shared by the read-only checks of a page as laid out (first screen, header, chart geometry,
// the walk's steps): opening a 4,000-element page costs more than most checks of it, and CI's budget is
// ten minutes. Call it inside a test.describe: the block's tests then run in order on one worker and read
// the page it opens; a test that fails restarts the worker, which opens the page afresh for the ones after.
// A test that changes the page (a click, a scroll it does not undo, another colour scheme) makes its own.
import { test, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * Opens a page with `options` (the project's baseURL; service workers blocked, as in every test) and runs
 * `open` on it, within `timeout` ms (a single check's 30 s unless it says more: scrolling a whole walk does).
 */
export function sharedVisit(
  open: (page: Page) => Promise<void>,
  options: BrowserContextOptions = {},
  timeout = 30_000,
): () => Page {
  test.describe.configure({ mode: 'default' });
  let page: Page | undefined;
  test.beforeAll(async ({ browser }, info) => {
    test.setTimeout(timeout);
    page = await browser.newPage({ baseURL: info.project.use.baseURL, serviceWorkers: 'block', ...options });
    await open(page);
  });
  test.afterAll(async () => page?.context().close());
  return () => {
    if (!page) throw new Error('sharedVisit: the page is read before beforeAll opened it');
    return page;
  };
}
