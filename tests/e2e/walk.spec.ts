// The guided walk through the disputed figures: on a phone the chart stays in view and lights up each
// step's figure in turn; without JavaScript, or with reduced motion, the steps read as static charts.
import { test, expect, type Page } from '@playwright/test';

const PHONE = { width: 390, height: 844 };
const stepIds = (page: Page) =>
  page.locator('.walk-step').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.estimate!));

/** Scrolls until the walk's top edge is at the bottom of the viewport, before its first step. */
const toWalkStart = (page: Page) =>
  page.evaluate(() =>
    scrollTo(0, document.querySelector('.walk')!.getBoundingClientRect().top + scrollY - innerHeight),
  );

/** Scrolls in small wheel steps (as a thumb would) until the step's top is above 60% of the viewport. */
async function scrollToStep(page: Page, id: string) {
  const step = page.locator(`.walk-step[data-estimate="${id}"]`);
  for (let i = 0; i < 200; i++) {
    const top = await step.evaluate((el) => el.getBoundingClientRect().top);
    if (top < PHONE.height * 0.6) return;
    await page.mouse.wheel(0, Math.min(150, top - PHONE.height * 0.5));
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the chart stays in view and lights up each step’s figure in turn', async ({ page }) => {
    await page.goto('disputed-figures/');
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const viewer = page.locator('.walk-viewer');
    await expect(page.locator('.walk-strip').first()).toBeHidden();
    await toWalkStart(page);
    for (const id of ids) {
      await scrollToStep(page, id);
      await expect(page.locator('.walk-step[aria-current="step"]')).toHaveAttribute('data-estimate', id);
      // Only this figure is lit, and the lit mark is inside the visible part of the viewer.
      const lit = viewer.locator('.figure.is-active');
      await expect(lit).toHaveCount(2); // the narrow and the wide drawing
      await expect(viewer.locator(`.figure.is-active[data-estimate="${id}"]`)).toHaveCount(2);
      await expect(viewer).toBeInViewport();
      await expect
        .poll(async () => {
          const v = (await viewer.boundingBox())!;
          const boxes = await lit.evaluateAll((els) =>
            els
              .map((e) => e.getBoundingClientRect())
              .filter((r) => r.height > 0)
              .map((r) => ({ top: r.top, bottom: r.bottom })),
          );
          return boxes.length === 1 && boxes[0].top >= v.y - 1 && boxes[0].bottom <= v.y + v.height + 1;
        })
        .toBe(true);
    }
  });

  test('resizing and zooming keep the lit figure in the viewer', async ({ page }) => {
    await page.goto('disputed-figures/');
    const ids = await stepIds(page);
    const id = ids[Math.floor(ids.length / 2)];
    await toWalkStart(page);
    await scrollToStep(page, id);
    await page.setViewportSize({ width: 700, height: 900 });
    await page.evaluate(() => scrollBy(0, 1));
    const viewer = page.locator('.walk-viewer');
    await expect(page.locator('.walk-step[aria-current="step"]')).toHaveCount(1);
    const current = await page.locator('.walk-step[aria-current="step"]').getAttribute('data-estimate');
    await expect
      .poll(async () => {
        const v = (await viewer.boundingBox())!;
        const r = await viewer
          .locator(`.figure.is-active[data-estimate="${current}"]`)
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).find((b) => b.height > 0));
        return !!r && r.top >= v.y - 1 && r.bottom <= v.y + v.height + 1;
      })
      .toBe(true);
  });
});

for (const mode of ['JavaScript off', 'reduced motion'] as const) {
  test.describe(`with ${mode}`, () => {
    test.use({
      viewport: PHONE,
      javaScriptEnabled: mode !== 'JavaScript off',
      reducedMotion: mode === 'reduced motion' ? 'reduce' : 'no-preference',
    });

    test('the steps read in order as static charts, each highlighting its own figure', async ({ page }) => {
      await page.goto('disputed-figures/');
      await expect(page.locator('.walk-viewer')).toBeHidden();
      const steps = page.locator('.walk-step');
      const ids = await stepIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(5);
      for (const [i, id] of ids.entries()) {
        const step = steps.nth(i);
        await expect(step.locator('.walk-count')).toHaveText(`Figure ${i + 1} of ${ids.length}`);
        await expect(step.locator('.walk-strip')).toBeVisible();
        await expect(step.locator('.walk-strip .is-active')).toHaveCount(1);
        await expect(step.locator('.walk-strip .is-active')).toHaveAttribute('data-estimate', id);
        await expect(step.locator('.walk-who')).toContainText('Given by');
        await expect(step.locator('.walk-source a')).toHaveAttribute('href', /sources\/#[a-z0-9-]+$/);
      }
      await expect(page.locator('.walk-step[aria-current]')).toHaveCount(0);
    });
  });
}
