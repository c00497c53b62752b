// Shared links into the long page land with their target in full below the one-row header, in both
// editions, on a 360 px phone (issue 17) and on a wide screen, where the contents stand beside the text:
// the header's height is one CSS value (--header-h) and the page's scroll-padding is made from it, so no
// script has to measure anything. On the wide screen a chapter's own address once landed a whole chapter
// early or late: the chapter before it, laid out after the jump, changed height, and the browser kept the
// contents' column beside the text still instead of the text (reader.css, overflow-anchor). One test per kind of target
// and screen, with ids from tests/published-anchors.json (the addresses already given out).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { nextFrames } from '../helpers/page-checks.ts';

const SCREENS = [
  { label: '360 px', viewport: { width: 360, height: 740 } },
  { label: '1366 px', viewport: { width: 1366, height: 768 } },
];
const published = JSON.parse(readFileSync('tests/published-anchors.json', 'utf8')) as Record<string, string[]>;
/** A target of each kind, far down the long page (so the chapters before it are not yet laid out). */
const TARGETS = [
  { kind: 'a chapter', id: 'legal-response' },
  { kind: 'a section heading', id: 'najaf-verdict' },
  { kind: 'a chart', id: 'timeline-chart' },
  { kind: 'a timeline event', id: 'event-najaf-life-sentence' },
  { kind: 'an estimates row', id: 'estimate-allawi-around-5000' },
];

for (const path of ['', 'ar/']) {
  for (const { label, viewport } of SCREENS)
    for (const { kind, id } of TARGETS) {
      test(`/${path}#${id}: ${kind} lands in full below the header at ${label}`, async ({ page }) => {
        expect(published[path], `/${path} is a published page`).toContain(id);
        await page.setViewportSize(viewport);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(`${path}#${id}`);
        const target = page.locator(`[id="${id}"]`);
        await expect(target).toBeInViewport();
        // Where it stays once the chapters around it are laid out, a few frames after the jump.
        await nextFrames(page);
        const header = (await page.locator('.site-header').boundingBox())!;
        const box = (await target.boundingBox())!;
        const below = header.y + header.height;
        // Its top edge is clear of the header, just under it (the scroll padding's small gap)…
        expect(box.y).toBeGreaterThanOrEqual(below - 0.5);
        expect(box.y).toBeLessThanOrEqual(below + 24);
        // …and all of it is on screen, unless it is taller than the screen below the header (a chart),
        // where its title at the top is what the reader sees first.
        if (box.height <= viewport.height - below) expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        else await expect(page.locator(`[id="${id}"] :is(h2, h3, .chart-title, figcaption)`).first()).toBeInViewport();
      });
    }
}
