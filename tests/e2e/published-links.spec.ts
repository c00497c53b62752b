// A link is a promise: every address and link target recorded in tests/published-anchors.json still
// exists in this build (as an element id or as an alias), under / and under a sub-path.
// New addresses and targets are recorded with `npm run build && npm run anchors:record`.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers/fixture.ts';
import { builtPages } from '../helpers/site.ts';
import { describeLost, lostAnchors, publishedIds, type AnchorRecord } from '../../src/build/anchors.ts';

const record: AnchorRecord = JSON.parse(readFileSync(`${ROOT}/tests/published-anchors.json`, 'utf8'));

test('no published address or link target has disappeared', async ({ request, baseURL }) => {
  expect(Object.keys(record).length, 'the record should list the published pages').toBeGreaterThan(5);
  const lost = await lostAnchors(record, async (page) => {
    const res = await request.get(new URL(page, baseURL).href);
    return res.status() === 200 ? await res.text() : null;
  });
  expect(lost, describeLost(lost)).toEqual([]);
});

test('every heading, figure and event link on the site is recorded as published', async ({ request, baseURL }) => {
  // Not a broken promise, but a promise not yet written down: record it so that it is kept.
  const unrecorded: string[] = [];
  for (const page of builtPages().filter((p) => p !== '404.html')) {
    const html = await (await request.get(new URL(page, baseURL).href)).text();
    for (const id of publishedIds(html)) if (!record[page]?.includes(id)) unrecorded.push(`/${page}#${id}`);
  }
  expect(unrecorded, `Not yet in tests/published-anchors.json. Fix: npm run build && npm run anchors:record, then commit the file.`).toEqual([]);
});
