// A link is a promise: every address and link target recorded in tests/published-anchors.json still
// exists in the build (as an element id or an alias), under / and under the sub-path; and every link
// target the build publishes is recorded, so that it is kept from now on.
// New targets are recorded with `npm run build && npm run anchors:record`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';
import { BUILDS, builtPages, isNotFound, pageFile } from '../helpers/site.ts';
import { describeLost, lostAnchors, publishedIds, type AnchorRecord } from '../../src/build/anchors.ts';

const record: AnchorRecord = JSON.parse(readFileSync(join(ROOT, 'tests/published-anchors.json'), 'utf8'));
test('the record lists the published pages', () => assert.ok(Object.keys(record).length > 5));

for (const { outDir } of BUILDS) {
  const read = (page: string) => {
    const file =
      page.endsWith('/') || page === '' || page.endsWith('.html') ? pageFile(outDir, page) : join(ROOT, outDir, page);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  for (const page of Object.keys(record)) {
    test(`${outDir}: /${page} and its recorded link targets still exist`, async () => {
      const lost = await lostAnchors({ [page]: record[page] }, read);
      assert.deepEqual(lost, [], describeLost(lost));
    });
  }
  for (const page of builtPages(outDir).filter((p) => !isNotFound(p))) {
    test(`${outDir}: /${page}: every heading, figure and event link target is recorded as published`, () => {
      // Not a broken promise, but a promise not yet written down: record it so that it is kept.
      const unrecorded = publishedIds(read(page)!).filter((id) => !record[page]?.includes(id));
      assert.deepEqual(
        unrecorded,
        [],
        'Not yet in tests/published-anchors.json. Fix: npm run build && npm run anchors:record, then commit the file.',
      );
    });
  }
}
