// `npm run golden:update`: rewrites every expected file of the golden tests (tests/golden/expected/) by
// running them with GOLDEN_UPDATE=1. The diff is then reviewed in the commit; CI never runs this.
import { spawnSync } from 'node:child_process';

if (process.env.CI === 'true') {
  console.error(
    "golden:update refuses to run in CI (CI=true): expected files are only rewritten on a maintainer's machine and reviewed in the commit.",
  );
  process.exit(1);
}

const files = ['tests/golden/build.test.ts', 'tests/golden/check-messages.test.ts', 'tests/golden/share-cards.test.ts'];
const run = spawnSync(process.execPath, ['--test', ...files], {
  stdio: 'inherit',
  env: { ...process.env, GOLDEN_UPDATE: '1' },
});
if (run.status !== 0) {
  console.error(
    '\ngolden:update: a golden test failed while updating (see above); the expected files may be partly rewritten.',
  );
  process.exit(run.status ?? 1);
}
console.log('\nExpected files rewritten. Review them with `git diff tests/golden/expected/` before committing.');
