// End-to-end tests against the built site, in Debian's Chromium (or Playwright's own browser where
// CHROMIUM_PATH is set to "bundled"). `npm test` builds dist/ and dist-sub/ first.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = chromium !== 'bundled' && existsSync(chromium) ? chromium : undefined;
export const SUB_PATH = '/sub/path/';
/** Ports of the two preview servers; E2E_PORT moves both (PORT and PORT + 1) when several runs share a machine. */
const PORT = Number(process.env.E2E_PORT ?? 4400);
const SUB_PORT = PORT + 1;
/** Port of the nginx server (PORT + 5), which serves the sub-path build the way a real host does. */
const NGINX_PORT = PORT + 5;
const preview = (env: string, port: number) =>
  `${env} "${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port} --ignore-lock`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['./tests/reporters/summary.ts']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` }, testIgnore: /deploy\.spec\.ts/ },
    // The same site built for a sub-path: pages and links must all work under it.
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}` }, testMatch: /(pages|links|offline|search)\.spec\.ts/ },
    // The sub-path build behind a real static web server (nginx), with the security headers from _headers.
    { name: 'nginx', use: { baseURL: `http://127.0.0.1:${NGINX_PORT}${SUB_PATH}` }, testMatch: /(pages|links|navigation|privacy|deploy)\.spec\.ts/ },
  ],
  webServer: [
    { command: preview('OUT_DIR=dist', PORT), url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: preview(`OUT_DIR=dist-sub BASE_PATH=${SUB_PATH}`, SUB_PORT), url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`, reuseExistingServer: false, timeout: 60_000 },
    { command: `"${process.execPath}" deploy/serve-nginx.ts --out dist-sub --base ${SUB_PATH} --port ${NGINX_PORT}`, url: `http://127.0.0.1:${NGINX_PORT}${SUB_PATH}`, reuseExistingServer: false, timeout: 30_000 },
  ],
});
