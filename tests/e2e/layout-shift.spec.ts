// The long page skips the layout of chapters far from the screen (content-visibility: auto,
// src/styles/long-page.css), which must never move what the reader sees (issue 18): no layout shift after
// jumping to a deep anchor and scrolling back up, in both editions on a 360 px phone and on a wide screen
// (where the contents' column beside the text once anchored the scroll, so chapters laid out above the
// screen moved the text); nor while scrolling to the end on the phone; and on paper every chapter is laid out.
import { test, expect, type Page } from '@playwright/test';
import { nextFrames, scrollSettled } from '../helpers/page-checks.ts';

const PHONE = { width: 360, height: 740 };

/** Starts adding up layout shifts (not those caused by the reader's own input) from the page's start. */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number; shifts: string[] };
    w.shift = 0;
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      }[]) {
        if (e.hadRecentInput) continue;
        w.shift += e.value;
        // What moved, and from where to where (top and height), so a failure says which element to look at.
        const r = (b: DOMRectReadOnly) =>
          `(${Math.round(b.x)}, ${Math.round(b.y)}) ${Math.round(b.width)}×${Math.round(b.height)}`;
        w.shifts.push(
          e.sources
            .map((s) => {
              const el = s.node as Element | undefined;
              const name =
                el?.id || (el?.classList?.length ? `${el.nodeName}.${[...el.classList].join('.')}` : s.node?.nodeName);
              return `${name} ${r(s.previousRect)} → ${r(s.currentRect)}`;
            })
            .join(', '),
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shifts = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { shift: number; shifts: string[] };
    return { shift: w.shift, shifts: w.shifts };
  });

/** A wide screen: the contents' column stands beside the text (reader.css) and must not anchor the scroll. */
const WIDE = { width: 1366, height: 768 };

for (const path of ['', 'ar/']) {
  for (const [label, viewport] of [
    ['360 px', PHONE],
    ['1366 px', WIDE],
  ] as const)
    test(`/${path}: jumping to a deep anchor shifts nothing at ${label}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await watchShifts(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // A link followed on the page, into the last chapters, past every skipped one.
      await page.evaluate(() => (location.hash = '#event-najaf-life-sentence'));
      await scrollSettled(page);
      await nextFrames(page);
      await expect(page.locator('[id="event-najaf-life-sentence"]')).toBeInViewport();
      // Then back up a few screens, through chapters laid out for the first time.
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -700);
      await scrollSettled(page);
      await nextFrames(page);
      const { shift, shifts: what } = await shifts(page);
      expect(shift, what.join(' | ')).toBe(0);
    });

  test(`/${path}: scrolling to the end shifts nothing`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(PHONE);
    await watchShifts(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Screen by screen, as a reader scrolls, until the page no longer moves.
    for (let i = 0; i < 400; i++) {
      const before = await page.evaluate(() => scrollY);
      await page.evaluate(() => scrollBy(0, innerHeight * 0.9));
      await nextFrames(page);
      if ((await page.evaluate(() => scrollY)) === before) break;
    }
    await expect(page.locator('.site-footer')).toBeInViewport();
    const { shift, shifts: what } = await shifts(page);
    expect(shift, what.join(' | ')).toBe(0);
  });

  test(`/${path}: printed, every chapter is laid out`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const skipped = await page.evaluate(() =>
      [...document.querySelectorAll('.theme')]
        .filter((el) => getComputedStyle(el).contentVisibility !== 'visible')
        .map((el) => el.id),
    );
    expect(skipped).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    // On screen the same blocks are skipped while far away: the rule the print stylesheet undoes.
    expect(
      await page
        .locator('.theme')
        .first()
        .evaluate((el) => getComputedStyle(el).contentVisibility),
    ).toBe('auto');
  });
}
