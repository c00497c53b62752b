// playwright.config.ts passes one --disable-features (Chromium honours only the last), which must carry
// every feature Playwright itself turns off: read here from the installed playwright-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OWN_DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from '../helpers/chromium-features.ts';

/** Playwright's own list, as its bundle declares it (`disabledFeatures = [ "A", … ]`). */
function playwrightList(): string[] {
  const core = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(core, 'lib/coreBundle.js'), 'utf8');
  const m = /disabledFeatures = \[([^\]]*)\]/.exec(bundle);
  assert.ok(
    m,
    'playwright-core no longer declares `disabledFeatures = [...]` in lib/coreBundle.js. Fix: find its list of ' +
      'disabled Chromium features and update PLAYWRIGHT_DISABLED_FEATURES in tests/helpers/chromium-features.ts by hand.',
  );
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

test('the --disable-features the tests pass keeps every feature Playwright turns off', () => {
  const theirs = playwrightList();
  assert.ok(theirs.length > 5, `read ${theirs.length} names: the pattern found the list`);
  const missing = theirs.filter((f) => !PLAYWRIGHT_DISABLED_FEATURES.includes(f));
  assert.deepEqual(
    missing,
    [],
    `Fix: add ${missing.join(', ')} to PLAYWRIGHT_DISABLED_FEATURES in tests/helpers/chromium-features.ts`,
  );
  assert.ok(OWN_DISABLED_FEATURES.length > 0);
});
