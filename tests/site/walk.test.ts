// The guided walk as built, on each page that carries it: its steps are grouped by what each figure
// counts (one measure per group, each measure in one group, a heading per group), the pinned viewer is
// decoration drawn at build time (one compact chart per group, hidden from assistive technology, no
// copy of the figures chart), and every step keeps its own static chart for readers without scripts.
// Measures are read from the raw estimate records, not from the code that groups them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { findAll, hasClass, type El } from '../helpers/html.ts';
import { records } from '../helpers/records.ts';
import { BUILDS, pageFile, readPage } from '../helpers/site.ts';

const estimates = records('estimates');
/** The pages with the walk, and the level of its group headings there (the long page nests one deeper). */
const PAGES = [
  { page: '', heading: 'h4' },
  { page: 'ar/', heading: 'h4' },
  { page: 'disputed-figures/', heading: 'h3' },
  { page: 'ar/disputed-figures/', heading: 'h3' },
] as const;

const byClass = (root: El, cls: string) => findAll(root, (e) => hasClass(e, cls));
const walkOf = (outDir: string, page: string) => {
  const [walk] = byClass(readPage(outDir, page), 'walk');
  assert.ok(walk, `${outDir}/${page}: a .walk section`);
  return walk;
};

for (const { outDir } of BUILDS)
  for (const { page, heading } of PAGES) {
    const where = `${outDir}/${page || '(home)'}`;
    const built = existsSync(pageFile(outDir, page));

    test(
      `${where}: the walk's steps are grouped by measure, one heading per group`,
      { skip: !built && 'not built' },
      () => {
        const groups = byClass(walkOf(outDir, page), 'walk-group');
        assert.ok(groups.length >= 2, 'at least two groups');
        const seen = new Set<string>();
        for (const g of groups) {
          const measures = new Set(
            byClass(g, 'walk-step').map((s) => estimates.get(s.attrs['data-estimate'])?.measure as string),
          );
          assert.equal(measures.size, 1, `group ${g.attrs['data-group']}: one measure, found ${[...measures]}`);
          const [measure] = measures;
          assert.equal(g.attrs['data-group'], measure);
          assert.ok(!seen.has(measure), `the measure ${measure} has one group, not two`);
          seen.add(measure);
          const [h] = findAll(g, (e) => /^h[2-6]$/.test(e.tag));
          assert.equal(h?.tag, heading, `group ${measure}: its heading is an ${heading}`);
          assert.ok(h.text.trim().length > 0);
        }
      },
    );

    test(
      `${where}: the walk's pinned viewer is decoration with one compact chart per group`,
      { skip: !built && 'not built' },
      () => {
        const walk = walkOf(outDir, page);
        const [viewer] = byClass(walk, 'walk-viewer');
        assert.equal(viewer.attrs['aria-hidden'], 'true');
        assert.ok('inert' in viewer.attrs, 'the viewer is inert');
        assert.deepEqual(
          findAll(viewer, (e) => e.attrs.id !== undefined).map((e) => e.attrs.id),
          [],
          'no ids inside the viewer',
        );
        assert.equal(byClass(walk, 'chart-graphic').length, 0, 'no copy of a chart graphic in the walk');
        const groups = byClass(walk, 'walk-group');
        const pins = byClass(viewer, 'walk-pin');
        assert.deepEqual(
          pins.map((p) => p.attrs['data-group']),
          groups.map((g) => g.attrs['data-group']),
        );
        for (const [i, pin] of pins.entries()) {
          const marks = byClass(pin, 'walk-mark').map((m) => m.attrs['data-estimate']);
          const steps = byClass(groups[i], 'walk-step').map((s) => s.attrs['data-estimate']);
          assert.deepEqual(
            marks,
            steps,
            `pin ${pin.attrs['data-group']}: a mark for each of its group's steps, and no other`,
          );
          assert.equal(byClass(pin, 'is-active').length, 0, 'nothing lit before the script runs');
        }
      },
    );

    test(
      `${where}: every walk step has its own static chart, lighting its figure, and counts as a step`,
      { skip: !built && 'not built' },
      () => {
        const steps = byClass(walkOf(outDir, page), 'walk-step');
        const counter = page.startsWith('ar/') ? /^الخطوة [٠-٩]+ من / : /^Step \d+ of \d+$/;
        for (const [i, s] of steps.entries()) {
          const id = s.attrs['data-estimate'];
          const strips = byClass(s, 'walk-strip');
          assert.equal(strips.length, 1, `${id}: one static chart`);
          assert.deepEqual(
            byClass(strips[0], 'is-active').map((m) => m.attrs['data-estimate']),
            [id],
          );
          const [count] = byClass(s, 'walk-count');
          assert.match(count.text.trim(), counter, `${id}: "${count.text.trim()}"`);
          if (!page.startsWith('ar/')) assert.equal(count.text.trim(), `Step ${i + 1} of ${steps.length}`);
        }
      },
    );
  }
