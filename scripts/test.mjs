// `npm test`: everything CI runs, in order, ending with one line "N passed, N failed" for the whole run.
//   1. content check, lint   2. type check (astro check)   3. unit tests (node:test, no builds)
//   4. dev and golden tests, when their folders hold tests   5. site builds for / and for a sub-path
//   6. checks of the built HTML (tests/site/, node:test, no browser)
//   7. end-to-end tests (Playwright, Chromium; the sub-path build also behind nginx)
// Each step prints its wall time; the last lines sum them up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const totals = { passed: 0, failed: 0 };
const times = [];
mkdirSync('.cache', { recursive: true });
/** The sub-path build's fixture public address: tests/site/urls.test.ts checks it is used everywhere. */
const SUB = { OUT_DIR: 'dist-sub', BASE_PATH: '/sub/path/', SITE_URL: 'https://news.test' };

/** Runs one step; a step without its own counts counts as one check. */
function step(name, cmd, args, { env = {}, counts } = {}) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  if (counts) rmSync(counts, { force: true });
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
  const seconds = (Date.now() - started) / 1000;
  times.push(`${name}: ${seconds.toFixed(1)} s${c ? ` (${c.passed} passed, ${c.failed} failed)` : ''}`);
  console.log(`── ${name}: ${ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s`);
  return ok;
}

/** A node:test step over some files, reporting to the terminal and counting for the summary. */
const nodeTests = (name, files, counts) =>
  step(
    name,
    node,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./tests/reporters/node-summary.mjs',
      `--test-reporter-destination=${counts}`,
      ...files,
    ],
    { counts },
  );

/** Whether a folder holds test files (a step over an empty or missing folder is skipped, not failed). */
const hasTests = (dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.test.ts'));

const started = Date.now();
step('content check', node, ['scripts/check-content.ts']);
// ESLint over src/, tests/, scripts/, bench/ and deploy/ (eslint.config.js): rooms, cycles, content read once.
step('lint', node, ['node_modules/eslint/bin/eslint.js', '.']);
// Prettier's layout of the code (never content/ or the .astro components: see .prettierignore).
step('format check', node, [
  'node_modules/prettier/bin/prettier.cjs',
  '--check',
  '--log-level',
  'warn',
  'src',
  'tests',
  'scripts',
  'bench',
  'deploy',
  'astro.config.mjs',
  'playwright.config.ts',
  'eslint.config.js',
]);
step('type check', node, [astro, 'check']);
nodeTests('unit tests', ['tests/unit/**/*.test.ts'], '.cache/unit.json');
if (hasTests('tests/dev')) nodeTests('dev server tests', ['tests/dev/*.test.ts'], '.cache/dev.json');
else console.log('\n── dev server tests: none in tests/dev/, skipped ──');
if (hasTests('tests/golden')) nodeTests('golden output tests', ['tests/golden/*.test.ts'], '.cache/golden.json');
else console.log('\n── golden output tests: none in tests/golden/, skipped ──');
const built =
  step('build for /', node, [astro, 'build'], { env: { OUT_DIR: 'dist' } }) &&
  step('build for a sub-path', node, [astro, 'build'], { env: SUB });
if (built) {
  nodeTests('built site checks (no browser)', ['tests/site/**/*.test.ts'], '.cache/site.json');
  step('end-to-end tests', node, ['node_modules/@playwright/test/cli.js', 'test'], {
    env: { TEST_SUMMARY_FILE: '.cache/e2e.json' },
    counts: '.cache/e2e.json',
  });
}
console.log(`\n${times.join('\n')}\ntotal: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
