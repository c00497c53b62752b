// The golden-file harness: compares an output with its stored expected copy under tests/golden/expected/,
// and writes that copy only when asked to (GOLDEN_UPDATE=1, set by `npm run golden:update`) or, outside
// CI, when it does not exist yet. In CI (CI=true) an expected file is never written: a missing one fails.
// Modelled on Observable Framework's test/build-test.ts.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { TestContext } from 'node:test';

export const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
/** Where the expected files live (committed; the diff of an update is reviewed in the commit). */
export const EXPECTED = join(ROOT, 'tests/golden/expected');
/** Where a mismatching output is written, so it can be compared with `diff -u` (never committed). */
export const ACTUAL = join(ROOT, '.cache/golden/actual');
/** The frozen fixture content both golden test files start from. */
export const FIXTURE = join(ROOT, 'tests/fixtures/content');

export const IN_CI = process.env.CI === 'true';
export const UPDATING = process.env.GOLDEN_UPDATE === '1';
if (UPDATING && IN_CI)
  throw new Error(
    'GOLDEN_UPDATE=1 with CI=true: expected files are never rewritten in CI. Fix: run `npm run golden:update` locally and commit the reviewed diff.',
  );

const UPDATE_HINT =
  'If the change is intended, run `npm run golden:update` and review the diff of tests/golden/expected/ in the commit.';

/** The first line where two texts differ, quoted, so the failure says what changed without a 100 KB dump. */
function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const cut = (s: string | undefined) =>
    s === undefined ? '(end of file)' : JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}…` : s);
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `first difference at line ${i + 1}:\n  expected ${cut(e[i])}\n  found    ${cut(a[i])}`;
  }
  return 'the texts differ only in bytes that do not decode as UTF-8';
}

const write = (path: string, data: string | Buffer) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
};

/**
 * Compares `actual` byte for byte with tests/golden/expected/<rel>. `what` names the output in the
 * failure message (e.g. "data/estimates.csv of the fixture build").
 */
export function compareGolden(t: TestContext, rel: string, actual: string | Buffer, what = rel): void {
  const expectedPath = join(EXPECTED, rel);
  const bytes = Buffer.isBuffer(actual) ? actual : Buffer.from(actual, 'utf8');
  const shown = relative(ROOT, expectedPath);
  if (UPDATING) {
    if (!existsSync(expectedPath) || !readFileSync(expectedPath).equals(bytes)) {
      write(expectedPath, bytes);
      t.diagnostic(`updated ${shown}`);
    }
    return;
  }
  if (!existsSync(expectedPath)) {
    if (IN_CI)
      assert.fail(
        `${what}: ${shown} does not exist, and CI never generates expected files. Fix: run \`npm run golden:update\` locally, review and commit the new file.`,
      );
    write(expectedPath, bytes);
    t.diagnostic(`generated ${shown}: review and commit it`);
    return;
  }
  const expected = readFileSync(expectedPath);
  if (expected.equals(bytes)) return;
  const actualPath = join(ACTUAL, rel);
  write(actualPath, bytes);
  assert.fail(
    `${what} no longer matches ${shown}; ${firstDifference(expected.toString('utf8'), bytes.toString('utf8'))}\n` +
      `The new output is in ${relative(ROOT, actualPath)} (diff -u ${shown} ${relative(ROOT, actualPath)}).\n${UPDATE_HINT}`,
  );
}

/** Files (relative paths, sorted) under a folder of tests/golden/expected/, or [] when it does not exist. */
export function expectedFiles(dir: string): string[] {
  const base = join(EXPECTED, dir);
  if (!existsSync(base)) return [];
  return (readdirSync(base, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(base, join(e.parentPath, e.name)))
    .sort();
}

/**
 * Checks that a folder of expected files holds exactly the files the outputs produce. Missing ones are
 * reported (or written, by the same rules as compareGolden); stale ones fail, and are deleted when updating.
 */
export function compareFileSet(
  t: TestContext,
  dir: string,
  produced: Map<string, string | Buffer>,
  what: string,
): void {
  const have = expectedFiles(dir);
  const stale = have.filter((f) => !produced.has(f));
  const missing = [...produced.keys()].filter((f) => !have.includes(f)).sort();
  if (UPDATING) {
    for (const f of stale) {
      rmSync(join(EXPECTED, dir, f));
      t.diagnostic(`removed ${relative(ROOT, join(EXPECTED, dir, f))}`);
    }
    for (const f of missing) compareGolden(t, join(dir, f), produced.get(f)!);
    return;
  }
  const problems = [
    stale.length && `expected files that ${what} no longer produces: ${stale.join(', ')}`,
    missing.length &&
      IN_CI &&
      `outputs of ${what} without an expected file (CI never generates them): ${missing.join(', ')}`,
  ].filter(Boolean);
  if (!IN_CI) for (const f of missing) compareGolden(t, join(dir, f), produced.get(f)!);
  if (problems.length) assert.fail(`tests/golden/expected/${dir}/: ${problems.join('; ')}.\n${UPDATE_HINT}`);
}
