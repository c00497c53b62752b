// Reading aids: colour theme, current section in the contents, the header's contents control on phones, progress,
// back to top, and the promise of no layout shift. (Reading time and the script budget are read from the
// HTML: tests/site/reading.test.ts, budget.test.ts; the inline script's CSP hash: tests/site/csp.test.ts.)
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, nextFrames, scrollSettled } from '../helpers/page-checks.ts';

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };

declare global {
  interface Window {
    seenAtBody?: { theme: string; bg: string };
  }
}

/** Records the theme attribute and the page colour at the moment <body> is created, before any paint of it. */
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (!document.body) return;
      obs.disconnect();
      window.seenAtBody = {
        theme: document.documentElement.dataset.theme ?? 'none',
        bg: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
      };
    }).observe(document, { childList: true, subtree: true });
  });
}
const bodyColour = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('colour theme', () => {
  test('a dark choice survives reloads and is applied before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await watchFirstPaint(page);
    await page.goto('overview/');
    const light = await bodyColour(page);
    await page.selectOption('#theme-choice', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await bodyColour(page);
    expect(dark).not.toBe(light);

    await page.reload();
    const seen = await page.evaluate(() => window.seenAtBody);
    expect(seen?.theme).toBe('dark');
    await expect(page.locator('#theme-choice')).toHaveValue('dark');
    expect(await bodyColour(page)).toBe(dark);
    // The colour read when <body> appeared is the one the loaded page still has: nothing flipped later.
    expect(seen?.bg).toBe(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()),
    );

    await page.goto('sources/');
    expect((await page.evaluate(() => window.seenAtBody))?.theme).toBe('dark');
  });

  test('a light choice wins over a dark system setting, and "system" hands back to it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('');
    const systemDark = await bodyColour(page);
    await page.selectOption('#theme-choice', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const light = await bodyColour(page);
    expect(light).not.toBe(systemDark);
    await page.selectOption('#theme-choice', 'system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
    await page.reload();
    expect(await bodyColour(page)).toBe(systemDark);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  });

  test('every colour of every stylesheet (charts included) follows the choice in both directions', async ({ page }) => {
    /** All custom properties on <html>, as computed: the site's and the charts' colours. */
    const colours = async (system: 'light' | 'dark', choice: 'light' | 'dark' | null) => {
      await page.emulateMedia({ colorScheme: system });
      await page.evaluate((c) => (c ? localStorage.setItem('theme', c) : localStorage.removeItem('theme')), choice);
      await page.reload();
      return page.evaluate(() => {
        const cs = getComputedStyle(document.documentElement);
        const out: Record<string, string> = {};
        for (const name of Array.from(cs)) if (name.startsWith('--')) out[name] = cs.getPropertyValue(name).trim();
        return { vars: out, scheme: cs.colorScheme };
      });
    };
    await page.goto('disputed-figures/');
    const light = await colours('light', null);
    const dark = await colours('dark', null);
    expect(Object.keys(light.vars).length).toBeGreaterThan(5);
    expect(dark.vars['--bg']).not.toBe(light.vars['--bg']);
    expect(await colours('dark', 'light')).toEqual({ ...light, scheme: 'light' });
    expect(await colours('light', 'dark')).toEqual({ ...dark, scheme: 'dark' });
  });
});

test.describe('contents', () => {
  test.use({ viewport: WIDE });
  test.beforeEach(async ({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

  const scrollTo = (page: Page, id: string) => page.evaluate((i) => document.getElementById(i)!.scrollIntoView(), id);
  const current = (page: Page) => page.locator('#toc [aria-current]');

  test('marks the section being read as the reader scrolls, and stays in view beside the text', async ({ page }) => {
    await page.goto('');
    for (const id of [
      'recruitment-tactics',
      'najaf-verdict',
      'parliament',
      'legal-response',
      'estimates-side-by-side',
    ]) {
      await scrollTo(page, id);
      await expect(current(page)).toHaveCount(1);
      await expect(current(page)).toHaveAttribute('href', `#${id}`);
      await expect(current(page)).toHaveAttribute('aria-current', 'location');
      await expect(page.locator('#toc')).toBeInViewport();
    }
  });

  // WCAG 2.2's 2.5.8 (axe's target-size, which a run by tags skips): the long page's contents and its
  // "back to top" links stand in lists, not in sentences, and Arabic's line had set them 19 px tall.
  for (const path of ['', 'ar/'])
    test(`on /${path}, its links and "back to top" are targets of 24 px or have room around them`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page, ['target-size'], ['#contents', '.back-to-top'])).toEqual([]);
    });

  test('follows slow scrolling on a theme page', async ({ page }) => {
    await page.goto('legal-response/');
    const target = await page
      .locator('#committees-and-commission')
      .evaluate((el) => el.getBoundingClientRect().top + scrollY);
    for (let y = 0; y < target; y += 120) await page.mouse.wheel(0, 120);
    await expect(current(page)).toHaveAttribute('href', /#committees-and-commission$/);
  });
});

// axe's target-size over the whole long page as it first loads, nothing scrolled, on a phone as Lighthouse
// measures it (412 px, touch) and on a wide screen: the chapters far down are skipped (content-visibility)
// and stand in at their estimated height. A chapter taller than its estimate spilled its laid-out links
// over the next chapters' boxes, and axe found them "partially obscured" by links of other chapters.
for (const [screen, use] of [
  ['a phone', { viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true }],
  ['a wide screen', { viewport: WIDE }],
] as const)
  test.describe(`the long page, unscrolled on ${screen}`, () => {
    test.use(use);

    for (const path of ['', 'ar/'])
      test(`on /${path}, no link is obscured by a chapter not yet laid out`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page, ['target-size'])).toEqual([]);
      });
  });

test.describe('contents on a phone', () => {
  test.use({ viewport: PHONE });

  test('sit behind the header’s Contents control, open as a sheet with the current section marked, and close on a choice', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('');
    const toc = page.locator('#toc');
    const button = page.locator('.site-header [data-contents]');
    await expect(toc).toBeHidden();
    // The reader follows a link to a section (the page lays out that section's chapter and lands on it).
    await page.evaluate(() => (location.hash = '#najaf-verdict'));
    await scrollSettled(page);
    await expect(page.locator('#najaf-verdict')).toBeInViewport();
    // The header stays in view, so the control is one tap away wherever the reader is.
    await expect(button).toBeInViewport();
    // A tap where the control is on screen (locator.click() would first scroll the sticky header's
    // control "into view", which moves the page to where the header sits in the flow).
    const box = (await button.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(toc).toBeVisible();
    await expect(toc.locator('[aria-current]')).toHaveAttribute('href', '#najaf-verdict');
    await toc.locator('a[href="#parliament"]').click();
    await expect(toc).toBeHidden();
    await expect(page).toHaveURL(/#parliament$/);
    await expect(page.locator('#parliament')).toBeInViewport();
  });

  test('the header’s Contents link opens the long page’s sheet from a page without contents', async ({ page }) => {
    await page.goto('sources/');
    await page.locator('.site-header a[href$="#contents"]').click();
    await expect(page).toHaveURL(/\/#contents$/);
    await expect(page.locator('#toc')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#toc')).toBeHidden();
  });

  test('nothing floats over the text: no contents button but the header’s', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('.reading button[popovertarget="toc"]:not(.toc-close)')).toHaveCount(0);
    await expect(page.locator('.site-header [data-contents]')).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });
  test('the contents are a plain list of links, with no close button and no theme control', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('#toc')).toBeVisible();
    await expect(page.locator('#toc a').first()).toBeVisible();
    await expect(page.locator('.toc-close')).toBeHidden();
    await expect(page.locator('#theme-choice')).toBeHidden();
    await page.goto('legal-response/');
    await expect(page.locator('#toc a[href$="#najaf-verdict"]')).toBeVisible();
  });

  test('“back to top” is a plain link that works', async ({ page }) => {
    await page.goto('legal-response/');
    await page.locator('.back-to-top a').scrollIntoViewIfNeeded();
    await page.locator('.back-to-top a').click();
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('h1')).toBeInViewport();
  });
});

test('the progress bar follows the scroll position, from CSS alone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('');
  // A scroll-driven animation scales the bar (reader.css): its computed transform is the progress.
  const progress = () =>
    page.locator('.reading-progress').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  // How far down the page is, as the reader's scroll bar shows it. Chapters far from the screen stand in at
  // an estimated height until they come near it (long-page.css), so the page's height is read each time.
  const scrolled = () => page.evaluate(() => scrollY / (document.documentElement.scrollHeight - innerHeight));
  expect(await progress()).toBe(0);
  await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await scrollSettled(page);
  await nextFrames(page);
  const at = await scrolled();
  expect(at).toBeGreaterThan(0.1);
  expect(at).toBeLessThan(0.9);
  await expect.poll(progress).toBeCloseTo(at, 2);
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(progress).toBeCloseTo(1, 2);
  await expect(page.locator('.reading-progress')).toHaveAttribute('aria-hidden', 'true');
});

for (const [name, viewport] of [
  ['phone', PHONE],
  ['wide screen', WIDE],
] as const) {
  test(`no layout shift while the long page loads and scrolls (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => {
      localStorage.setItem('theme', 'light');
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number }[])
          (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('');
    await page.waitForLoadState('networkidle');
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
    // Wheel scrolling ends in its own time: wait until the page stands still, then two more frames.
    await scrollSettled(page);
    await nextFrames(page);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });
}
