// The browser the tests run in opens a page and nothing else: no pages of its own interface (the address
// bar's popups, which Chromium would otherwise preload for every new window: playwright.config.ts).
import { test, expect } from '@playwright/test';

test('a new page brings no page of the browser’s own interface with it', async ({ browser }) => {
  const context = await browser.newContext();
  await context.newPage();
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  expect(targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url)).toEqual([]);
  expect(targetInfos.filter((t) => t.type === 'page')).not.toHaveLength(0);
  await cdp.detach();
  await context.close();
});
