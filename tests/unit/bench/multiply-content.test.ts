// The bench's ×N content (bench/multiply-content.ts) must pass the content check the build runs, or the
// bench's build-time step fails after twenty minutes of measuring: a copy of the real content, three times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { multiplyContent } from '../../../bench/multiply-content.ts';
import { CHART_IDS } from '../../../src/charts/ids.ts';
import { formatProblems, validateContent } from '../../../src/check/index.ts';
import { ROOT } from '../../helpers/fixture.ts';

test('three times the content passes the content check, with three times the records', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'content-x3-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const one = validateContent({ root: ROOT, contentDir: join(ROOT, 'content'), charts: CHART_IDS }).index;
  multiplyContent(join(ROOT, 'content'), dir, 3);
  const { problems, index } = validateContent({ root: ROOT, contentDir: dir, charts: CHART_IDS });
  assert.equal(problems.length, 0, formatProblems(problems));
  assert.equal(index.sources.size, 3 * one.sources.size);
  assert.equal(index.themes.length, 3 * one.themes.length);
  // Every copy of a source keeps a number of its own.
  assert.equal(new Set([...index.sources.values()].map((s) => Number(s.number))).size, index.sources.size);
});
