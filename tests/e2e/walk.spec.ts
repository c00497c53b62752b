// The guided walk through the disputed figures, at a phone's width and a laptop's, in both editions: as
// each step becomes current its heading is in view and clear of the pinned chart, the pinned chart's
// axis stays in view, the chart shows the step's group and lights its figure only; on a laptop chart and
// steps sit side by side, the chart on the page's end side; without JavaScript, or with reduced motion,
// the steps read in order as static charts. (That the steps are grouped by measure is read from the
// HTML: tests/site/walk.test.ts.)
import { test, expect, type Page } from '@playwright/test';
import { sharedVisit } from '../helpers/shared-visit.ts';

const SIZES = [
  { name: '360', viewport: { width: 360, height: 740 } },
  { name: '1366', viewport: { width: 1366, height: 900 } },
] as const;
const EDITIONS = [
  { lang: 'en', path: 'disputed-figures/' },
  { lang: 'ar', path: 'ar/disputed-figures/' },
] as const;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const overlaps = (a: Box, b: Box) =>
  a.top < b.bottom - 1 && b.top < a.bottom - 1 && a.left < b.right - 1 && b.left < a.right - 1;

const stepIds = (page: Page) =>
  page.locator('.walk-step').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.estimate!));

/** Scrolls until the walk's top edge is at the bottom of the viewport, before its first step. */
const toWalkStart = (page: Page) =>
  page.evaluate(() =>
    scrollTo(0, document.querySelector('.walk')!.getBoundingClientRect().top + scrollY - innerHeight),
  );

/**
 * Scrolls down in small wheel steps, as a thumb would, until the step is the current one, and returns
 * at that moment, so what is read next is what a reader sees when the step takes over.
 */
async function scrollUntilCurrent(page: Page, id: string) {
  const current = page.locator(`.walk-step[data-estimate="${id}"][aria-current="step"]`);
  for (let i = 0; i < 300; i++) {
    if ((await current.count()) === 1) return;
    await page.mouse.wheel(0, 60);
    await page.waitForTimeout(20);
  }
  throw new Error(`step ${id} never became current`);
}

/** What the reader sees at the moment a step becomes current, read in one go. */
interface StepView {
  id: string;
  group: string;
  header: Box;
  viewer: Box;
  /** The step's count line and figure. */
  parts: Record<'.walk-count' | '.walk-figure', Box>;
  /** The current pinned chart's axis line and its first tick label. */
  axis: Box | null;
  tick: Box | null;
  /** The pinned charts marked current, and the group and visibility of the first. */
  pins: number;
  pinGroup: string | null;
  pinVisible: boolean;
  /** The estimates lit in the pinned chart, and the steps marked current. */
  lit: string[];
  currentSteps: number;
  steps: Box;
  scrollWidth: number;
}

const viewAt = (page: Page, id: string) =>
  page.evaluate((id): StepView => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const step = document.querySelector(`.walk-step[data-estimate="${id}"]`)!;
    const pins = [...document.querySelectorAll('.walk-pin.is-current')];
    const pin = pins[0] ?? null;
    return {
      id,
      group: step.getAttribute('data-group') ?? '',
      header: box(document.querySelector('.site-header'))!,
      viewer: box(document.querySelector('.walk-viewer'))!,
      parts: {
        '.walk-count': box(step.querySelector('.walk-count'))!,
        '.walk-figure': box(step.querySelector('.walk-figure'))!,
      },
      axis: box(pin?.querySelector('.walk-axis') ?? null),
      tick: box(pin?.querySelector('.walk-tick') ?? null),
      pins: pins.length,
      pinGroup: pin?.getAttribute('data-group') ?? null,
      pinVisible: !!pin && pin.checkVisibility() && pin.getBoundingClientRect().height > 0,
      lit: [...document.querySelectorAll('.walk-viewer .is-active')].map((e) => e.getAttribute('data-estimate') ?? ''),
      currentSteps: document.querySelectorAll('.walk-step[aria-current]').length,
      steps: box(document.querySelector('.walk-groups'))!,
      scrollWidth: document.documentElement.scrollWidth,
    };
  }, id);

for (const { name, viewport } of SIZES)
  for (const { lang, path } of EDITIONS)
    test.describe(`at ${name} px in ${lang}`, () => {
      // One walk through the steps, read at the moment each becomes current; the checks below read what it saw.
      let stripHidden = false;
      const views: StepView[] = [];
      sharedVisit(
        async (page) => {
          await page.goto(path);
          stripHidden = await page.locator('.walk-step .walk-strip').first().isHidden();
          const ids = await stepIds(page);
          await toWalkStart(page);
          for (const id of ids) {
            await scrollUntilCurrent(page, id);
            views.push(await viewAt(page, id));
          }
        },
        { viewport },
        // The walk scrolls through every step: more than a single check's 30 s on a busy machine.
        90_000,
      );

      test('each step’s heading is in view and clear of the pinned chart when it becomes current', () => {
        expect(views.length).toBeGreaterThanOrEqual(5);
        for (const v of views)
          for (const [part, box] of Object.entries(v.parts)) {
            expect(box, `${v.id} ${part} is laid out`).not.toBeNull();
            expect(overlaps(box, v.viewer), `${v.id} ${part} under the pinned chart`).toBe(false);
            expect(box.top, `${v.id} ${part} under the header`).toBeGreaterThanOrEqual(v.header.bottom - 1);
            expect(box.bottom, `${v.id} ${part} below the screen`).toBeLessThanOrEqual(viewport.height);
          }
      });

      test('the pinned chart’s axis stays in view, clear of the header, while a step is current', () => {
        expect(views.length).toBeGreaterThanOrEqual(5);
        for (const v of views) {
          const { axis, tick } = v;
          expect(axis, `an axis at ${v.id}`).not.toBeNull();
          expect(axis!.top, `axis under the header at ${v.id}`).toBeGreaterThanOrEqual(v.header.bottom);
          expect(axis!.bottom).toBeLessThanOrEqual(viewport.height);
          expect(axis!.right - axis!.left).toBeGreaterThan(200);
          // The tick labels too: an axis without numbers is no scale.
          expect(tick, `tick labels at ${v.id}`).not.toBeNull();
          expect(tick!.top, `ticks under the header at ${v.id}`).toBeGreaterThanOrEqual(v.header.bottom);
        }
      });

      test('the pinned chart shows the current step’s group and lights its figure only', () => {
        expect(stripHidden, 'the steps’ own static charts are hidden while the walk runs').toBe(true);
        expect(views.length).toBeGreaterThanOrEqual(5);
        for (const v of views) {
          expect(v.pins, `one pinned chart at ${v.id}`).toBe(1);
          expect(v.pinGroup, `the pinned chart's group at ${v.id}`).toBe(v.group);
          expect(v.pinVisible, `the pinned chart is shown at ${v.id}`).toBe(true);
          expect(v.lit, `what is lit at ${v.id}`).toEqual([v.id]);
          expect(v.currentSteps, `steps marked current at ${v.id}`).toBe(1);
        }
      });

      if (name === '1366')
        test('the pinned chart and the steps sit side by side, the chart on the page’s end side', () => {
          // As the second step takes over, when the first has made room for the chart beside it.
          const { viewer, steps, scrollWidth } = views[1];
          if (lang === 'en') expect(viewer.left).toBeGreaterThanOrEqual(steps.right);
          else expect(viewer.right).toBeLessThanOrEqual(steps.left);
          // Side by side, not stacked: they share the screen's height.
          expect(viewer.top).toBeLessThan(steps.bottom);
          expect(steps.top).toBeLessThan(viewer.bottom);
          // Nothing scrolls sideways.
          expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
        });
    });

for (const mode of ['JavaScript off', 'reduced motion'] as const)
  for (const { name, viewport } of SIZES)
    for (const { lang, path } of EDITIONS)
      test.describe(`with ${mode} at ${name} px in ${lang}`, () => {
        test.use({
          viewport,
          javaScriptEnabled: mode !== 'JavaScript off',
          reducedMotion: mode === 'reduced motion' ? 'reduce' : 'no-preference',
        });

        test('the steps read in order under their group headings, each with a static chart of its figure', async ({
          page,
        }) => {
          await page.goto(path);
          await expect(page.locator('.walk-viewer')).toBeHidden();
          await expect(page.locator('.walk-group-title').first()).toBeVisible();
          const steps = page.locator('.walk-step');
          const ids = await stepIds(page);
          expect(ids.length).toBeGreaterThanOrEqual(5);
          for (const [i, id] of ids.entries()) {
            const step = steps.nth(i);
            if (lang === 'en') await expect(step.locator('.walk-count')).toHaveText(`Step ${i + 1} of ${ids.length}`);
            await expect(step.locator('.walk-strip')).toBeVisible();
            await expect(step.locator('.walk-strip .is-active')).toHaveCount(1);
            await expect(step.locator('.walk-strip .is-active')).toHaveAttribute('data-estimate', id);
            await expect(step.locator('.walk-source a')).toHaveAttribute('href', /sources\/#[a-z0-9-]+$/);
          }
          await expect(page.locator('.walk-step[aria-current]')).toHaveCount(0);
        });
      });

// On the long page each chapter paints nothing outside its own box (content-visibility, long-page.css),
// so the walk's chart, which reaches past the text column on a laptop, must lie inside its chapter's box.
for (const { lang, path } of [
  { lang: 'en', path: '' },
  { lang: 'ar', path: 'ar/' },
] as const)
  test(`on the long page at 1366 px in ${lang}, the pinned chart lies inside its chapter, so none of it is cut off`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(path);
    await page.locator('.walk').scrollIntoViewIfNeeded();
    const r = await page.locator('.walk').evaluate((walk) => {
      const chapter = walk.closest('.theme')!.getBoundingClientRect();
      const viewer = walk.querySelector('.walk-viewer')!.getBoundingClientRect();
      return { chapter: [chapter.left, chapter.right], viewer: [viewer.left, viewer.right] };
    });
    expect(r.viewer[1] - r.viewer[0]).toBeGreaterThan(200);
    expect(r.viewer[0]).toBeGreaterThanOrEqual(r.chapter[0] - 0.5);
    expect(r.viewer[1]).toBeLessThanOrEqual(r.chapter[1] + 0.5);
  });
