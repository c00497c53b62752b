// The charts in Arabic: the same rows and anchors as in English, Arabic words and digits, and every
// chart and place translated (the content check names the missing field).
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chartRows, chartDef } from '../../../src/charts/registry.ts';
import { CHART_IDS } from '../../../src/charts/ids.ts';
import { timeTicks } from '../../../src/charts/timeline/layout.ts';
import { layoutFigures } from '../../../src/charts/figures/layout.ts';
import { loadChartContent } from '../../../src/records/charts.ts';
import { ui } from '../../../src/i18n/ui.ts';
import { validateContent, formatProblems } from '../../../src/check/index.ts';
import { ContentFixture, ROOT } from '../../helpers/fixture.ts';

const content = join(ROOT, 'content');
const LATIN_DIGIT = /[0-9]/;

describe('chartRows(id, dir, "ar")', () => {
  for (const id of CHART_IDS) {
    it(`${id}: the same rows, in the same order, with the same anchors and links as in English`, () => {
      const en = chartRows(id, content, 'en');
      const ar = chartRows(id, content, 'ar');
      assert.deepEqual(
        ar.map((r) => r.id),
        en.map((r) => r.id),
      );
      assert.deepEqual(
        ar.map((r) => r.link),
        en.map((r) => r.link),
      );
      assert.deepEqual(
        ar.map((r) => r.sources.map((s) => s.id)),
        en.map((r) => r.sources.map((s) => s.id)),
      );
    });
  }
  it('writes figures with Arabic-Indic digits and the same numbers', () => {
    const ar = chartRows('figures-chart', content, 'ar');
    const en = chartRows('figures-chart', content, 'en');
    ar.forEach((r, i) => {
      assert.doesNotMatch(r.cells.figure, LATIN_DIGIT, r.id);
      const digits = (s: string) =>
        (
          s
            .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
            .replace(/[٬,]/g, '')
            .match(/\d+/g) ?? []
        ).join(' ');
      assert.equal(digits(r.cells.figure), digits(en[i].cells.figure), r.id);
    });
  });
});

describe('chartDef(id, dir, "ar")', () => {
  it('gives every chart its Arabic title, takeaway and column headings', () => {
    for (const id of CHART_IDS) {
      const en = chartDef(id, content, 'en');
      const ar = chartDef(id, content, 'ar');
      assert.notEqual(ar.title, en.title);
      assert.match(ar.title, /[\u0600-\u06FF]/);
      assert.match(ar.takeaway, /[\u0600-\u06FF]/);
      for (const c of ar.columns) assert.match(c.label, /[\u0600-\u06FF]/, `${id} column ${c.key}`);
    }
  });
});

describe('layouts in Arabic', () => {
  it('timeTicks(domain, width, "ar") names the months as in Iraq, with Arabic-Indic years', () => {
    // Every second month at phone and column widths: Arabic month names are long.
    assert.deepEqual(
      timeTicks(['2025-09-01', '2026-01-31'], 640, 'ar').map((t) => t.label),
      ['أيلول ٢٠٢٥', 'تشرين الثاني', 'كانون الثاني ٢٠٢٦'],
    );
    assert.deepEqual(
      timeTicks(['2025-09-01', '2026-01-31'], 900, 'ar').map((t) => t.label),
      ['أيلول ٢٠٢٥', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول', 'كانون الثاني ٢٠٢٦'],
    );
  });
  it('layoutFigures(…, { lang: "ar" }) writes Arabic panel titles and ticks without Latin digits', () => {
    const c = loadChartContent(content, 'ar');
    const l = layoutFigures(c.estimates, { width: 640, outlets: new Map(), measureLabels: ui.ar.measures, lang: 'ar' });
    for (const p of l.panels) {
      assert.match(p.title, /[\u0600-\u06FF]/);
      for (const t of p.ticks) assert.doesNotMatch(t.label, LATIN_DIGIT, t.label);
    }
  });
});

describe('translated chart and place records', () => {
  const fixtures: ContentFixture[] = [];
  after(() => fixtures.forEach((f) => f.cleanup()));
  const problemsAfter = (change: (f: ContentFixture) => void) => {
    const f = new ContentFixture();
    fixtures.push(f);
    change(f);
    return validateContent({ root: f.dir, contentDir: f.dir, charts: CHART_IDS }).problems;
  };
  it('reports a chart whose takeaway has no Arabic translation', () => {
    const problems = problemsAfter((f) => f.edit('charts/timeline-chart.yaml', /\n {2}takeaway: .*/, ''));
    assert.deepEqual(
      problems.map((p) => `${p.file} ${p.field}`),
      ['charts/timeline-chart.yaml ar.takeaway'],
      formatProblems(problems),
    );
  });
  it('reports a place without its Arabic name', () => {
    const problems = problemsAfter((f) => f.edit('places/najaf.yaml', /\n {2}name: .*/, ''));
    assert.deepEqual(
      problems.map((p) => `${p.file} ${p.field}`),
      ['places/najaf.yaml ar.name'],
      formatProblems(problems),
    );
  });
});
