// The Chromium features the browser tests and the bench turn off, in the one --disable-features each passes.
/**
 * Chromium features Playwright turns off, as its chromiumSwitches.ts lists them (playwright-core 1.65).
 * Chromium honours only the last --disable-features on its command line, so the one playwright.config.ts passes must
 * carry Playwright's list as well as ours; tests/unit/chromium-features.test.ts fails when Playwright's
 * list has a name this copy lacks.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
/**
 * Ours: Chromium preloads its own address-bar popups (chrome://omnibox-popup.top-chrome/, two renderer
 * pages) for every new window, and each test opens one. On two busy cores that took a new page from
 * about 1.1 s to 2.1–2.6 s; tests/e2e/browser.spec.ts checks no such page is made. The bench's
 * Lighthouse runs turn them off too (bench/lighthouse.ts).
 */
export const OWN_DISABLED_FEATURES = [
  'PreloadTopChromeWebUI',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
];
