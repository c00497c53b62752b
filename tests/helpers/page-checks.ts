// What a browser test watches on a page (console errors, requests to other origins, Content-Security-Policy
// violations) and the in-page detectors it runs (cut-off text, motion left on, the Tab walk, axe).
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG levels checked with axe: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

declare global {
  interface Window {
    __csp?: string[];
    __tabs?: ({ probe: string | null; visible: boolean } | null)[];
  }
}

/** Collects console errors and uncaught exceptions (CSP violations show up as console errors too). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Collects requests to any origin but the page's own (data: and blob: URLs stay in the page). */
export function watchForeign(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin) foreign.push(r.url());
  });
  return foreign;
}

/** Records CSP violations as the page reports them, from before its first script runs. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp!.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return async () => page.evaluate(() => window.__csp ?? []);
}

/** Resolves once the page has rendered two more frames (layout and paint after a change have happened). */
export const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Resolves once the page has stopped scrolling (the same scroll position over three frames). */
export const scrollSettled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let same = 0;
        const tick = () => {
          same = scrollY === last ? same + 1 : 0;
          last = scrollY;
          if (same >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );

/** The axe rules (of WCAG_TAGS) whose outcome depends on colours: the ones a second colour scheme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations (WCAG 2.0–2.2 A and AA), one line per rule with the elements at fault; `rules` narrows
 * the run to some of those rules (or names one a run by tags skips, as target-size), `within` to some parts
 * of the page (selectors). Only violations are collected (resultTypes), which keeps axe fast on a
 * long page: it does not gather every element that passes. axe runs in the page itself (legacy mode:
 * axe.run, same-origin frames included) rather than in parts gathered into a blank page, which is what
 * cross-origin frames need: the site's pages have none (they load nothing from another origin, and
 * watchForeign fails a visit that does), and the parts cost three to four times the run itself.
 */
export async function axeViolations(page: Page, rules?: string[], within?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true);
  for (const selector of within ?? []) builder = builder.include(selector);
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`,
  );
}

/**
 * Walks the page with the Tab key and reports controls Tab never reaches and controls focused without a
 * visible indicator on screen. Cheap on a long page: nothing is read between key presses; the page
 * itself notes, at each Tab keydown, what the previous Tab focused (by then focusing has scrolled it into view).
 */
export async function tabWalk(page: Page): Promise<{ unreachable: string[]; invisible: string[] }> {
  const controls: string[] = await page.evaluate(() => {
    scrollTo(0, 0);
    // Focus leaves whatever holds it, and the first Tab goes to the first control: the point Tab starts
    // from is put at the top of the page (focus an element there, then take it away). blur() alone left it
    // wherever the browser last put it, and once (/diplomacy/ in CI) the walk started past the header and
    // missed its 13 first controls.
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    start.remove();
    // Tag, id or class, text and address, for messages.
    const d = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"${el.getAttribute('href') ? ` ${el.getAttribute('href')}` : ''}`;
    // Every control a reader could use. A control deliberately taken out of the tab order (tabindex="-1",
    // e.g. a chart mark that repeats a link of the chart's data table) is left out; axe checks that it is
    // hidden from assistive technology.
    const sel =
      ':is(a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]):not([tabindex="-1"])';
    const found = [...document.querySelectorAll(sel)]
      .filter(
        (el) =>
          !(el as HTMLButtonElement).disabled &&
          el.checkVisibility({ visibilityProperty: true }) &&
          !el.closest('[inert]'),
      )
      .map((el, i) => {
        el.setAttribute('data-tab-probe', String(i));
        return d(el);
      });
    window.__tabs = [];
    const note = () => {
      const el = document.activeElement;
      if (!el || el === document.body) return window.__tabs!.push(null);
      const s = getComputedStyle(el);
      // An outline of 2 px or more, the browser's own focus ring ("auto"), or a box-shadow ring.
      const outline = s.outlineStyle === 'auto' || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2);
      const ring = s.boxShadow !== 'none';
      const r = el.getBoundingClientRect();
      const onScreen =
        r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      window.__tabs!.push({ probe: el.getAttribute('data-tab-probe'), visible: (outline || ring) && onScreen });
    };
    document.addEventListener('keydown', (e) => e.key === 'Tab' && note(), { capture: true });
    (window as unknown as { __tabNote: () => void }).__tabNote = note;
    return found;
  });
  // A few more presses than controls, so the walk gets past the last one. Nothing is read between
  // presses. Awaited one by one, each press is a round trip to the browser (some 800 on a long page);
  // sent through the DevTools protocol without waiting, they are the same trusted key events, which
  // the page handles strictly in order (focus moves and scrolls at each keydown before the next is
  // dispatched), as it would a fast typist's.
  const cdp = await page.context().newCDPSession(page);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: controls.length + 3 }, () => [
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
    ]).flat(),
  );
  await cdp.detach();
  const seen = await page.evaluate(() => {
    (window as unknown as { __tabNote: () => void }).__tabNote();
    return window.__tabs ?? [];
  });
  const reached = new Set<string>();
  const invisible: string[] = [];
  for (const s of seen) {
    if (!s || s.probe === null || reached.has(s.probe)) continue;
    reached.add(s.probe);
    if (!s.visible) invisible.push(controls[Number(s.probe)]);
  }
  return { unreachable: controls.filter((_, i) => !reached.has(String(i))), invisible };
}

/** Lists smooth scrolling, transitions and animations still on (the page is emulating reduced motion). */
export function motionLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const seconds = (v: string) =>
      Math.max(...v.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))));
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const what = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}${pseudo ?? ''}`;
        if (s.scrollBehavior === 'smooth') out.push(`${what}: scroll-behavior smooth`);
        if (seconds(s.transitionDuration) > 0.01 && s.transitionProperty !== 'none')
          out.push(`${what}: transition ${s.transitionProperty} ${s.transitionDuration}`);
        if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01)
          out.push(`${what}: animation ${s.animationName} ${s.animationDuration}`);
      }
    }
    return out;
  });
}

/** Lists what cannot be read: horizontal overflow of the page, and text clipped by its box. */
export function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw)
      out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${vw} px`);
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
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
      if (hasText && (r.right > vw + 1 || r.left < -1) && !inScroller(el))
        out.push(`${name(el)} reaches outside the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${vw} px)`);
      const s = getComputedStyle(el);
      const clips = (o: string) => o === 'hidden' || o === 'clip';
      if (
        hasText &&
        ((clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
          (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1))
      ) {
        out.push(
          `${name(el)} clips its text (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
      }
    }
    return out;
  });
}
