// The timeline and responses charts as a phone and a laptop draw them, in both editions (issue 17):
// labels that never overlap where events crowd, every dated event labelled, text large enough to read
// (Naskh needs more), Arabic titles in a right-hand column, and no claimant colour reused for events.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { chartData, charts, responseEvents } from '../../src/charts/registry.ts';
import { langPrefix, type Lang } from '../../src/i18n/locales.ts';
import { sharedVisit } from '../helpers/shared-visit.ts';

const CHARTS = ['timeline-chart', 'responses-chart'] as const;
type Id = (typeof CHARTS)[number];
const WIDTHS = [360, 1366];
const LANGS: Lang[] = ['en', 'ar'];
/** The smallest rendered text, in CSS px (decision 0002). */
const MIN_PX: Record<Lang, number> = { en: 12, ar: 13 };

const pageOf = (id: Id, lang: Lang) => `${langPrefix(lang)}${charts.find((c) => c.id === id)!.theme}/`;
/** The titles of the events a chart places (its dated events), in the edition's words. */
function datedTitles(id: Id, lang: Lang): string[] {
  const c = chartData(lang);
  const events = id === 'timeline-chart' ? c.events : responseEvents(c);
  return events.filter((e) => e.date.precision !== 'undated').map((e) => e.title);
}

async function open(page: Page, id: Id, lang: Lang, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(pageOf(id, lang));
  const svg = page.locator(`#${id} svg.chart-svg:visible`);
  await expect(svg).toHaveCount(1);
  await svg.scrollIntoViewIfNeeded();
  return svg;
}

for (const id of CHARTS)
  for (const lang of LANGS)
    for (const width of WIDTHS) {
      const where = `${id}, ${lang}, ${width} px`;

      // The checks share one visit to the chart's page (sharedVisit); the colour check, which switches
      // the colour scheme in place and back, comes last.
      test.describe(where, () => {
        let drawing: Locator;
        const shared = sharedVisit(async (p) => {
          await p.emulateMedia({ colorScheme: 'light' });
          drawing = await open(p, id, lang, width);
        });

        test(`no two labels overlap`, async () => {
          const svg = drawing;
          const overlaps = await svg.evaluate((s) => {
            const texts = [...s.querySelectorAll('text')];
            const boxes = texts.map((t) => t.getBoundingClientRect());
            const out: string[] = [];
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, b] = [boxes[i], boxes[j]];
                if (
                  a.left < b.right - 0.5 &&
                  b.left < a.right - 0.5 &&
                  a.top < b.bottom - 0.5 &&
                  b.top < a.bottom - 0.5
                )
                  out.push(`${texts[i].textContent} × ${texts[j].textContent}`);
              }
            return { count: texts.length, out };
          });
          expect(overlaps.count).toBeGreaterThan(10);
          expect(overlaps.out).toEqual([]);
        });

        test(`every dated event is labelled with its title and its date`, async () => {
          const svg = drawing;
          const titles = datedTitles(id, lang);
          expect(titles.length).toBeGreaterThan(4);
          const events = await svg.evaluate((s) =>
            [...s.querySelectorAll('a.event')].map((a) => ({
              title: [...a.querySelectorAll('.tl-title tspan')].map((t) => t.textContent).join(' '),
              date: a.querySelector('.tl-date')?.textContent ?? '',
              visible: [...a.querySelectorAll('text')].every((t) => t.getBoundingClientRect().width > 0),
            })),
          );
          expect(events.map((e) => e.title).sort()).toEqual([...titles].sort());
          for (const e of events) {
            expect(e.date.length, e.title).toBeGreaterThan(3);
            expect(e.visible, e.title).toBe(true);
          }
        });

        test(`every text renders at least ${MIN_PX[lang]} px`, async () => {
          const svg = drawing;
          const small = await svg.evaluate((s) =>
            [...s.querySelectorAll('text')].map((t) => ({
              text: t.textContent,
              px: (t as SVGGraphicsElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize),
            })),
          );
          expect(small.length).toBeGreaterThan(10);
          expect(small.filter((t) => t.px < MIN_PX[lang] - 0.01)).toEqual([]);
        });

        if (lang === 'ar')
          test(`titles and lanes sit in a column on the right, right-aligned`, async () => {
            const svg = drawing;
            const r = await svg.evaluate((s) => {
              const box = s.getBoundingClientRect();
              const labels = [...s.querySelectorAll('.tl-title, .tl-lane-label')].map((t) => t.getBoundingClientRect());
              const dates = [...s.querySelectorAll('.tl-dot, .tl-bar, .tl-bracket, .tl-since-tick')].map((m) =>
                m.getBoundingClientRect(),
              );
              return {
                width: box.width,
                rights: labels.map((b) => box.right - b.right),
                lefts: labels.map((b) => b.left - box.left),
                marks: dates.map((b) => b.left - box.left),
              };
            });
            expect(r.rights.length).toBeGreaterThan(4);
            const first = r.rights[0];
            // One right edge for every title (right-aligned), near the drawing's right edge.
            for (const d of r.rights) expect(Math.abs(d - first)).toBeLessThan(1.5);
            expect(first).toBeLessThan(r.width * 0.1);
            // On a wide screen the titles are a column of their own, the marks left of it.
            if (width > 1000) expect(Math.max(...r.marks)).toBeLessThan(Math.min(...r.lefts));
          });

        test(`no claimant colour is used for events, in light and dark`, async () => {
          const page = shared();
          for (const scheme of ['light', 'dark'] as const) {
            // The scheme changes in place (the stylesheets' media queries follow it): no second visit.
            await page.emulateMedia({ colorScheme: scheme });
            const found = await page.evaluate((chart) => {
              // The claimant colours as this scheme resolves them (src/styles/charts.css).
              const probe = document.createElement('span');
              document.body.append(probe);
              const claimant = new Set(
                ['--chart-gov', '--chart-russian', '--chart-ukrainian', '--chart-media', '--chart-investigation'].map(
                  (v) => {
                    probe.style.color = `var(${v})`;
                    return getComputedStyle(probe).color;
                  },
                ),
              );
              probe.remove();
              const fig = document.getElementById(chart)!;
              const painted = [...fig.querySelectorAll('svg *')].flatMap((el) => {
                const cs = getComputedStyle(el);
                return [cs.fill, cs.stroke, cs.stopColor]
                  .filter((c) => claimant.has(c))
                  .map((c) => `${el.tagName}.${el.getAttribute('class')} ${c}`);
              });
              return { claimant: claimant.size, painted };
            }, id);
            expect(found.claimant).toBe(5);
            expect(found.painted, scheme).toEqual([]);
          }
          await page.emulateMedia({ colorScheme: 'light' });
        });
      });
    }
