// Accessibility of every built page: axe (WCAG 2.0, 2.1 and 2.2, A and AA) in light and dark colour
// schemes, every control reachable by Tab and visibly focused, reduced motion honoured, and nothing
// cut off at 320 px wide or at 200% zoom.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, pageKinds } from '../helpers/site.ts';

const pages = builtPages();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Light on every page; dark on one page of each kind in each edition. Colours come from the shared
// stylesheets, and the long pages among the sample carry every component (charts, tables, the walk).
const darkSample = pageKinds(pages);
for (const path of pages) {
  for (const colorScheme of darkSample.includes(path) ? (['light', 'dark'] as const) : (['light'] as const)) {
    test(`/${path} has no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`);
      expect(report).toEqual([]);
    });
  }
}

for (const path of pages) {
  test(`/${path}: every control is reachable by Tab and visibly focused`, async ({ page }) => {
    // Instant scrolling, so a control scrolled into view by its focus is on screen when it is checked.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    // Every control a reader could use: links, buttons, form fields, summaries and anything tabbable.
    // A control deliberately taken out of the tab order (tabindex="-1", e.g. a chart mark that repeats
    // a link of the chart's data table) is left out; axe checks it is hidden from assistive technology.
    const controls: string[] = await page.evaluate(() => {
      // Tag, id or class, text and address, for messages.
      const d = (el: Element) =>
        `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"${el.getAttribute('href') ? ` ${el.getAttribute('href')}` : ''}`;
      const sel = ':is(a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]):not([tabindex="-1"])';
      return [...document.querySelectorAll(sel)]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'))
        .map((el, i) => {
          el.setAttribute('data-tab-probe', String(i));
          return d(el);
        });
    });
    const reached = new Set<string>();
    const unfocusable: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < controls.length + 20; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        // An outline of 2 px or more, the browser's own focus ring ("auto"), or a box-shadow ring.
        const outline = s.outlineStyle === 'auto' || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2);
        const ring = s.boxShadow !== 'none';
        const r = el.getBoundingClientRect();
        const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
        return { probe: el.getAttribute('data-tab-probe'), visible: (outline || ring) && onScreen };
      });
      if (!focused) break;
      if (focused.probe === null) continue;
      if (reached.has(focused.probe)) break;
      reached.add(focused.probe);
      if (!focused.visible) invisible.push(controls[Number(focused.probe)]);
    }
    controls.forEach((c, i) => reached.has(String(i)) || unfocusable.push(c));
    expect(unfocusable, 'controls Tab never reaches').toEqual([]);
    expect(invisible, 'controls focused without a visible focus indicator on screen').toEqual([]);
  });

  test(`/${path} honours prefers-reduced-motion`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    const moving = await motionLeft(page);
    expect(moving, 'motion left on under prefers-reduced-motion: reduce').toEqual([]);
  });

  // 320 CSS px is a phone at 100% or a 1280 px window at 400%; 640 × 400 is a 1280 × 800 window at 200%.
  for (const [label, width, height] of [['at 320 px wide', 320, 640], ['at 200% zoom', 640, 400]] as const) {
    test(`/${path}: nothing is cut off ${label}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      expect(await cutOff(page)).toEqual([]);
    });
  }
}

/** Lists smooth scrolling, transitions and animations still on (the page is emulating reduced motion). */
function motionLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const seconds = (v: string) => Math.max(...v.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))));
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const what = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}${pseudo ?? ''}`;
        if (s.scrollBehavior === 'smooth') out.push(`${what}: scroll-behavior smooth`);
        if (seconds(s.transitionDuration) > 0.01 && s.transitionProperty !== 'none') out.push(`${what}: transition ${s.transitionProperty} ${s.transitionDuration}`);
        if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) out.push(`${what}: animation ${s.animationName} ${s.animationDuration}`);
      }
    }
    return out;
  });
}

/** Lists what cannot be read: horizontal overflow of the page, and text clipped by its box. */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${vw} px`);
    const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
    // Inside a box that scrolls on its own (a wide table), content may extend: the reader can scroll it.
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (['auto', 'scroll'].includes(s.overflowX)) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      // Visually hidden text (for screen readers) is 1 px by design.
      if (r.width <= 1 || r.height <= 1) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (hasText && (r.right > vw + 1 || r.left < -1) && !inScroller(el)) out.push(`${name(el)} reaches outside the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${vw} px)`);
      const s = getComputedStyle(el);
      const clips = (o: string) => o === 'hidden' || o === 'clip';
      if (hasText && ((clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1))) {
        out.push(`${name(el)} clips its text (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    return out;
  });
}

// The detectors above must be able to fail: each is shown a page with the fault it looks for.
test('the detectors find a clipped line, a too-wide box and a transition left on', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setContent(`<style>.w{inline-size:500px}.c{inline-size:100px;overflow:hidden;white-space:nowrap}.t{transition:opacity 0.3s}</style>
    <p class="w">A paragraph wider than the phone</p><p class="c">A line of text far too long for its box</p><p class="t">Fades</p>`);
  const cut = await cutOff(page);
  expect(cut.some((c) => c.startsWith('the page scrolls sideways'))).toBe(true);
  expect(cut.some((c) => c.startsWith('<p.w> reaches outside the viewport'))).toBe(true);
  expect(cut.some((c) => c.startsWith('<p.c> clips its text'))).toBe(true);
  expect(await motionLeft(page)).toEqual(['p.t: transition opacity 0.3s']);
});
