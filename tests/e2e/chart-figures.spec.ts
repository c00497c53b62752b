// The figures chart as rendered, on a 360-px phone and a 1366-px laptop in both editions, with the faces a
// phone has: its text reads at 12 px (English) and 13 px (Arabic) or more, measured from the rendered
// drawing (it scales with its container); no two of its labels overlap; in Arabic the labels sit on
// the right of the plot, right-aligned (decision 0002); and the key comes before the marks.
import { test, expect, type Page } from '@playwright/test';
import { MIN_TEXT_PX } from '../../src/charts/shared/text-size.ts';
import { sharedVisit } from '../helpers/shared-visit.ts';

const EDITIONS = [
  { lang: 'en', path: 'charts/figures-chart/' },
  { lang: 'ar', path: 'ar/charts/figures-chart/' },
] as const;
const WIDTHS = [360, 1366];
const SVG = '#figures-chart svg.chart-svg:visible';

/** Opens the chart's page and waits for the visible drawing. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator(SVG)).toHaveCount(1);
}

for (const { lang, path } of EDITIONS) {
  for (const width of WIDTHS) {
    // The checks only read the drawing as laid out: they share one visit (sharedVisit).
    test.describe(`figures chart, ${lang} at ${width} px`, () => {
      const shared = sharedVisit((p) => open(p, path), { viewport: { width, height: width < 600 ? 740 : 900 } });
      test(`draws every text at ${MIN_TEXT_PX[lang]} px or more, as rendered`, async () => {
        const page = shared();
        const sizes = await page.locator(SVG).evaluate((svg) =>
          [...svg.querySelectorAll('text')].map((t) => ({
            text: t.textContent!.slice(0, 40),
            // The drawing scales: its font size times the scale from SVG units to screen pixels.
            px: (t as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize),
          })),
        );
        expect(sizes.length).toBeGreaterThan(40);
        const small = sizes.filter((s) => s.px < MIN_TEXT_PX[lang]);
        expect(small, `text under ${MIN_TEXT_PX[lang]} px`).toEqual([]);
        // The key above the drawing is HTML text: the same minimum.
        const key = await page
          .locator('#figures-chart .chart-legend li')
          .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
        expect(key.length).toBeGreaterThan(8);
        for (const px of key) expect(px).toBeGreaterThanOrEqual(MIN_TEXT_PX[lang]);
      });

      test('draws no label over another (rendered boxes)', async () => {
        const page = shared();
        const overlaps = await page.locator(SVG).evaluate((svg) => {
          const texts = [...svg.querySelectorAll('text')];
          const boxes = texts.map((t) => t.getBoundingClientRect());
          const out: string[] = [];
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i], boxes[j]];
              const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              // Half a pixel of rounding is not an overlap.
              if (x > 0.5 && y > 0.5) out.push(`"${texts[i].textContent}" × "${texts[j].textContent}"`);
            }
          return { count: texts.length, out };
        });
        expect(overlaps.count).toBeGreaterThan(40);
        expect(overlaps.out).toEqual([]);
      });

      test('puts the key above the marks it explains', async () => {
        const page = shared();
        const legend = await page.locator('#figures-chart .chart-legend').boundingBox();
        const drawing = await page.locator(SVG).boundingBox();
        expect(legend!.y + legend!.height).toBeLessThanOrEqual(drawing!.y);
      });

      if (lang === 'ar') {
        test('puts the labels on the right of the plot, right-aligned', async () => {
          const page = shared();
          const g = await page.locator(SVG).evaluate((svg) => {
            const right = svg.getBoundingClientRect().right;
            const labels = [...svg.querySelectorAll('.figure-label, .group-label, .panel-title')].map((t) => {
              const r = t.getBoundingClientRect();
              return { text: t.textContent!.slice(0, 30), left: r.left, right: r.right };
            });
            const axes = [...svg.querySelectorAll('.panel-people .axis')].map((a) => a.getBoundingClientRect());
            const marks = [...svg.querySelectorAll('.figure :is(circle, rect, path)')].map((m) =>
              m.getBoundingClientRect(),
            );
            return {
              right,
              labels,
              axisLeft: Math.min(...axes.map((a) => a.left)),
              marksRight: Math.max(...marks.map((m) => m.right)),
            };
          });
          // Every label ends at the same right edge, a padding in from the drawing's.
          const edges = g.labels.map((l) => l.right);
          expect(Math.max(...edges) - Math.min(...edges), 'labels are right-aligned').toBeLessThan(3);
          expect(g.right - Math.max(...edges)).toBeLessThan(16);
          // The scale still rises to the right: it starts at the left.
          expect(g.axisLeft).toBeLessThan(g.right - 200);
          // Wide, the labels are a column beside the plot: every label starts right of every mark.
          if (width >= 1000) {
            const rows = g.labels.filter((l) => l.right - l.left < 300);
            for (const l of rows) expect(l.left, l.text).toBeGreaterThan(g.marksRight);
          }
        });
      }
    });
  }
}
