// The long page's first screen on a 360×740 phone, in both editions (issue 17): the whole opening —
// headline, dek, the publisher and dates line with the total reading time, and the key-figures strip
// with its note — ends within the first 740 px; the dek is set at 18 px or more; the strip wraps and
// never scrolls sideways; each heading level is at least 1.25 times the next. Measured with Debian's
// Roboto and Noto faces, the fonts a phone has (.ci/run installs them).
import { test, expect } from '@playwright/test';
import { sharedVisit } from '../helpers/shared-visit.ts';

const PHONE = { width: 360, height: 740 };
const EDITIONS = [
  { name: 'English', path: '' },
  { name: 'Arabic', path: 'ar/' },
];
/** The opening's parts, in reading order; the byline carries the total reading time. */
const PARTS = ['.page-head h1', '.page-head .dek', '.page-head .byline', '.page-head .key-figures'];

/** The widths the strip is checked at; the opening is checked on the 360 × 740 phone. */
const WIDTHS = [360, 390, 1366];

// The checks only read the page as laid out, so each edition and width shares one visit (sharedVisit).
for (const { name, path } of EDITIONS)
  for (const width of WIDTHS)
    test.describe(`${name} long page (/${path}) at ${width} px`, () => {
      const page = sharedVisit(
        async (p) => {
          await p.goto(path);
        },
        { viewport: width === PHONE.width ? PHONE : { width, height: 900 } },
      );

      if (width === PHONE.width) {
        test('the whole opening ends within the first 740 px of a 360 px phone', async () => {
          for (const part of PARTS) {
            const box = (await page().locator(part).boundingBox())!;
            expect(box, `${part} is laid out`).not.toBeNull();
            expect(box.y + box.height, `bottom of ${part}`).toBeLessThanOrEqual(PHONE.height);
          }
          // The reading time is part of what must be seen: it is the byline's last item.
          await expect(page().locator('.page-head .byline')).toContainText(/·[^·]+$/);
        });

        test('the dek is set at 18 px or more on a phone', async () => {
          const size = await page()
            .locator('.page-head .dek')
            .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
          expect(size).toBeGreaterThanOrEqual(18);
        });
      }

      test(`the key-figures strip never scrolls sideways at ${width} px`, async () => {
        const strip = page().locator('.key-figures ul');
        const { scroll, client, overflowing } = await strip.evaluate((ul) => ({
          scroll: ul.scrollWidth,
          client: ul.clientWidth,
          // Every figure sits inside the strip's own box: none is pushed past its edges.
          overflowing: [...ul.children].filter((li) => {
            const r = li.getBoundingClientRect();
            const box = ul.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5;
          }).length,
        }));
        expect(scroll).toBeLessThanOrEqual(client);
        expect(overflowing).toBe(0);
      });

      // The heading scale is the stylesheet's, the same in both editions: checked on a phone and a laptop.
      if (path === '' && width !== 390)
        test(`each heading level is at least 1.25 times the next at ${width} px`, async () => {
          const sizes = await page().evaluate(() => {
            const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
            return { h1: px('h1'), h2: px('.theme h2'), h3: px('.theme h3'), body: px('.theme p') };
          });
          expect(sizes.h1 / sizes.h2).toBeGreaterThanOrEqual(1.25);
          expect(sizes.h2 / sizes.h3).toBeGreaterThanOrEqual(1.25);
          expect(sizes.h3 / sizes.body).toBeGreaterThanOrEqual(1.25);
        });
    });
