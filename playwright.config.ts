// End-to-end tests against the built site, in Debian's Chromium (or Playwright's own browser where
// CHROMIUM_PATH is set to "bundled"). `npm test` builds dist/ and dist-sub/ first.
//   root     dist/ at /: one page of each kind visited with JavaScript and without, every theme page
//            loaded for its transfer (pages.spec.ts), and the behaviour tests (reader, search, offline,
//            walk, clipboard, language switch, charts).
//   subpath  dist-sub/ at /sub/path/: every page through HTTP without a browser (http.spec.ts), and the
//            two behaviours that depend on the base path (offline.spec.ts, search.spec.ts).
//   nginx    dist-sub/ behind a real nginx with the headers of _headers: every page and its headers over
//            HTTP without a browser (http.spec.ts, headers.spec.ts), the browser for requests to other
//            origins and CSP violations on the pages whose requests differ (foreign.spec.ts), and the
//            embed code on a page of another origin (embed-host.spec.ts).
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { OWN_DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from './tests/helpers/chromium-features.ts';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = chromium !== 'bundled' && existsSync(chromium) ? chromium : undefined;
export const SUB_PATH = '/sub/path/';
/** Ports of the two static servers; E2E_PORT moves both (PORT and PORT + 1) when several runs share a machine. */
const PORT = Number(process.env.E2E_PORT ?? 4400);
const SUB_PORT = PORT + 1;
/** Port of the nginx server (PORT + 5), which serves the sub-path build the way a real host does. */
const NGINX_PORT = PORT + 5;
/** A static server of a build (tests/helpers/serve.ts): it starts in well under a second, even on a busy machine. */
const serve = (out: string, base: string, port: number) =>
  `"${process.execPath}" tests/helpers/serve.ts --out ${out} --base ${base} --port ${port}`;
/** Servers may take long to start when both cores are busy with other work; they are given 3 minutes. */
const START_TIMEOUT = 180_000;

// Anchored: each project runs exactly the files it names (a bare /links/ would also match copy-links).
const HTTP_ONLY = /\/(http|headers|foreign|embed-host)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers for two cores: four made a quiet run slower (the browsers then compete for the cores).
  // E2E_WORKERS overrides it on a larger machine.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  // One check per test takes well under 30 s on a busy machine; a test that needs more says so with test.slow().
  timeout: 30_000,
  reporter: [['list'], ['./tests/reporters/summary.ts']],
  use: {
    browserName: 'chromium',
    // No service worker unless a test asks for one (offline.spec.ts): installing it fetches the precache
    // list at every first visit, which is each test's, and costs every test time it does not check.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OWN_DISABLED_FEATURES].join(',')}`,
      ],
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` }, testIgnore: HTTP_ONLY },
    // The sub-path build through a plain static server: links and status over HTTP, and the features whose
    // addresses depend on the base path (service worker scope, search index). Requests to other origins and
    // CSP violations under the sub-path are checked behind nginx, where the header policy applies as well.
    {
      name: 'subpath',
      use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}` },
      testMatch: /\/(http|offline|search)\.spec\.ts$/,
    },
    { name: 'nginx', use: { baseURL: `http://127.0.0.1:${NGINX_PORT}${SUB_PATH}` }, testMatch: HTTP_ONLY },
  ],
  webServer: [
    {
      command: serve('dist', '/', PORT),
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: START_TIMEOUT,
    },
    {
      command: serve('dist-sub', SUB_PATH, SUB_PORT),
      url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`,
      reuseExistingServer: false,
      timeout: START_TIMEOUT,
    },
    {
      command: `"${process.execPath}" deploy/serve-nginx.ts --out dist-sub --base ${SUB_PATH} --port ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}${SUB_PATH}`,
      reuseExistingServer: false,
      timeout: START_TIMEOUT,
    },
  ],
});
