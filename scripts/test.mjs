// `npm test`: everything CI runs, in order, ending with one line "N passed, N failed" for the whole run.
//   1. content check   2. type check (astro check)   3. unit and build tests (node:test)
//   4. site builds for / and for a sub-path   5. checks of the built HTML (tests/site/)
//   6. end-to-end tests (Playwright, Chromium; the sub-path build also behind nginx)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const totals = { passed: 0, failed: 0 };
mkdirSync('.cache', { recursive: true });

/** Runs one step; a step without its own counts counts as one check. */
function step(name, cmd, args, { env = {}, counts } = {}) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const ok = r.status === 0;
  let c = null;
  if (counts) {
    try {
      c = JSON.parse(readFileSync(counts, 'utf8'));
    } catch {
      /* the step died before writing its counts */
    }
  }
  if (c) {
    totals.passed += c.passed;
    totals.failed += c.failed || (ok ? 0 : 1);
  } else if (ok) totals.passed += 1;
  else totals.failed += 1;
  console.log(`── ${name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

step('content check', node, ['scripts/check-content.ts']);
step('type check', node, [astro, 'check']);
rmSync('.cache/unit.json', { force: true });
step('unit and build tests', node, [
  '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=./tests/reporters/node-summary.mjs', '--test-reporter-destination=.cache/unit.json',
  'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts',
], { counts: '.cache/unit.json' });
const built = step('build for /', node, [astro, 'build'], { env: { OUT_DIR: 'dist' } }) &&
  step('build for a sub-path', node, [astro, 'build'], { env: { OUT_DIR: 'dist-sub', BASE_PATH: '/sub/path/' } });
if (built) {
  rmSync('.cache/site.json', { force: true });
  step('built site checks (HTML validity, CSP markup)', node, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./tests/reporters/node-summary.mjs', '--test-reporter-destination=.cache/site.json', 'tests/site/**/*.test.ts'], { counts: '.cache/site.json' });
  rmSync('.cache/e2e.json', { force: true });
  step('end-to-end tests', node, ['node_modules/@playwright/test/cli.js', 'test'], { env: { TEST_SUMMARY_FILE: '.cache/e2e.json' }, counts: '.cache/e2e.json' });
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
