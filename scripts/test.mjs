// `npm test`: everything CI runs, ending with one line "N passed, N failed" for the whole run.
// Most steps use one core, so until the builds are done two lanes run side by side (a 2-core machine
// then finishes them in about half the time); each lane's steps run in order:
//   lane 1 (Astro): type check (astro check), dev and golden tests, the builds for / and for a sub-path
//   lane 2 (reads only): content check, sources check (the archived articles), lint, format check, unit
//   tests (node:test, no builds)
// Every step that runs Astro is in lane 1, so no two of them ever write the project's .astro/ folder at
// once (the golden build and the dev server use a fixture copy of the content). Then, after both lanes:
//   checks of the built HTML (tests/site/, node:test, no browser), then the end-to-end tests (Playwright,
//   Chromium; the sub-path build also behind nginx), each with the whole machine.
// Each step prints its output in one piece when it ends, with its wall time; the last lines sum them up.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const totals = { passed: 0, failed: 0 };
const times = [];
mkdirSync('.cache', { recursive: true });
/** The sub-path build's fixture public address: tests/site/urls.test.ts checks it is used everywhere. */
const SUB = { OUT_DIR: 'dist-sub', BASE_PATH: '/sub/path/', SITE_URL: 'https://news.test' };

/**
 * Runs one step; a step without its own counts counts as one check. Its output is printed live when it
 * runs alone (`live`), else in one piece when it ends, so the steps of two lanes never interleave.
 */
async function step(name, cmd, args, { env = {}, counts, live = false } = {}) {
  if (live) console.log(`\n── ${name} ──`);
  const started = Date.now();
  if (counts) rmSync(counts, { force: true });
  const child = spawn(cmd, args, {
    stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const out = [];
  child.stdout?.on('data', (d) => out.push(d));
  child.stderr?.on('data', (d) => out.push(d));
  const status = await new Promise((resolve) => {
    child.on('error', (e) => {
      out.push(Buffer.from(`${e.message}\n`));
      resolve(1);
    });
    child.on('close', (code) => resolve(code));
  });
  const ok = status === 0;
  if (!live) process.stdout.write(`\n── ${name} ──\n${Buffer.concat(out).toString()}`);
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

/**
 * A node:test step over some files, reporting to the terminal and counting for the summary. `concurrency`
 * is how many test files run at once (node's default leaves one core free: on two cores, one file at a time).
 */
const nodeTests = (name, files, counts, { concurrency, live } = {}) =>
  step(
    name,
    node,
    [
      '--test',
      ...(concurrency ? [`--test-concurrency=${concurrency}`] : []),
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./tests/reporters/node-summary.mjs',
      `--test-reporter-destination=${counts}`,
      ...files,
    ],
    { counts, live },
  );

/** Whether a folder holds test files (a step over an empty or missing folder is skipped, not failed). */
const hasTests = (dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.test.ts'));

const started = Date.now();
/** Lane 1: every step that runs Astro, in order; the sub-path build only after the root one succeeded. */
async function astroLane() {
  await step('type check', node, [astro, 'check']);
  if (hasTests('tests/dev')) await nodeTests('dev server tests', ['tests/dev/*.test.ts'], '.cache/dev.json');
  else console.log('\n── dev server tests: none in tests/dev/, skipped ──');
  if (hasTests('tests/golden'))
    await nodeTests('golden output tests', ['tests/golden/*.test.ts'], '.cache/golden.json');
  else console.log('\n── golden output tests: none in tests/golden/, skipped ──');
  return (
    (await step('build for /', node, [astro, 'build'], { env: { OUT_DIR: 'dist' } })) &&
    (await step('build for a sub-path', node, [astro, 'build'], { env: SUB }))
  );
}
/** Lane 2: steps that only read the repository. */
async function readingLane() {
  await step('content check', node, ['scripts/check-content.ts']);
  await step('sources check', node, ['scripts/check-sources.ts']);
  // ESLint over src/, tests/, scripts/, bench/ and deploy/ (eslint.config.js): rooms, cycles, content read once.
  await step('lint', node, ['node_modules/eslint/bin/eslint.js', '.']);
  // Prettier's layout of the code (never content/ or the .astro components: see .prettierignore).
  await step('format check', node, [
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
  await nodeTests('unit tests', ['tests/unit/**/*.test.ts'], '.cache/unit.json');
}
const [built] = await Promise.all([astroLane(), readingLane()]);
times.push(`(the steps above ran in two lanes: ${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
if (built) {
  // Alone on the machine now: as many test files at once as there are cores.
  await nodeTests('built site checks (no browser)', ['tests/site/**/*.test.ts'], '.cache/site.json', {
    concurrency: availableParallelism(),
    live: true,
  });
  await step('end-to-end tests', node, ['node_modules/@playwright/test/cli.js', 'test'], {
    env: { TEST_SUMMARY_FILE: '.cache/e2e.json' },
    counts: '.cache/e2e.json',
    live: true,
  });
}
console.log(`\n${times.join('\n')}\ntotal: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
