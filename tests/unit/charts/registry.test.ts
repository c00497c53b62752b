import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { charts, getChart, chartDef, rowAnchor } from '../../../src/charts/registry.ts';
import { CHART_IDS } from '../../../src/charts/ids.ts';
import { loadChartContent } from '../../../src/records/charts.ts';
import { compareFuzzyDates } from '../../../src/schema/dates.ts';
import { ROOT } from '../../helpers/fixture.ts';

const content = loadChartContent(`${ROOT}/content`);

describe('charts', () => {
  it('has one entry per chart id, in CHART_IDS order, with its words from content/charts/', () => {
    assert.deepEqual(
      charts.map((c) => c.id),
      [...CHART_IDS],
    );
    for (const c of charts) {
      const text = content.charts.get(c.id)!;
      assert.equal(c.title, text.title);
      assert.equal(c.takeaway, text.takeaway);
      assert.equal(c.description, text.description);
      assert.equal(c.section, text.section);
      assert.equal(c.theme, content.sectionTheme.get(c.section));
    }
  });
  it('gives every chart rows with a value for each column and at least one source with outlet, date and URL', async () => {
    for (const c of charts) {
      const rows = await c.rows();
      assert.ok(rows.length > 0, c.id);
      assert.equal(new Set(rows.map((r) => r.id)).size, rows.length, `${c.id} has duplicate row ids`);
      for (const r of rows) {
        for (const col of c.columns) assert.equal(typeof r.cells[col.key], 'string', `${c.id}/${r.id}/${col.key}`);
        assert.ok(r.sources.length > 0);
        for (const s of r.sources) assert.ok(s.outlet && s.date && s.url.startsWith('https://'), `${c.id}/${r.id}`);
      }
    }
  });
});

describe('chartDef(id, dir).rows()', () => {
  it('lists every estimate in the figures chart once', async () => {
    const rows = await chartDef('figures-chart').rows();
    assert.deepEqual(rows.map((r) => r.id).sort(), content.estimates.map((e) => e.id).sort());
    assert.ok(rows.every((r) => r.record === 'estimate' && r.cells.figure.length > 0));
  });
  it('links each timeline event to the theme page and section that explains it', async () => {
    const rows = await chartDef('timeline-chart').rows();
    assert.equal(rows.find((r) => r.id === 'najaf-life-sentence')!.link, 'legal-response/#najaf-verdict');
    assert.equal(rows.find((r) => r.id === 'najaf-life-sentence')!.cells.date, 'September 2025');
    assert.equal(rows.length, content.events.length);
  });
  it('leaves out of the responses chart the kinds it does not draw and the events it excludes', async () => {
    const rows = await chartDef('responses-chart').rows();
    const kinds = new Set(rows.map((r) => r.cells.kind));
    assert.deepEqual([...kinds].sort(), ['Diplomatic', 'Executive', 'Judicial', 'Legislative']);
    assert.ok(!rows.some((r) => r.id === 'us-list-six-groups'));
  });
  for (const id of ['timeline-chart', 'responses-chart'] as const)
    it(`${id}: rows in date order, undated last, with who acted in words`, async () => {
      const rows = await chartDef(id).rows();
      const dates = rows.map((r) => content.events.find((e) => e.id === r.id)!.date);
      for (let i = 1; i < dates.length; i++) assert.ok(compareFuzzyDates(dates[i - 1], dates[i]) <= 0, rows[i].id);
      for (const r of rows) assert.match(r.cells.kind, /^[A-Z]/, 'a word, not the record’s code');
    });
  it('writes a date something began as "since" that year, in both editions', async () => {
    const row = (await chartDef('timeline-chart').rows()).find((r) => r.id === 'reports-since-2024')!;
    assert.equal(row.cells.date, 'since 2024');
    const ar = (await chartDef('timeline-chart', undefined, 'ar').rows()).find((r) => r.id === 'reports-since-2024')!;
    assert.equal(ar.cells.date, 'منذ ٢٠٢٤');
  });
  it('names each salary offer in the pipeline with its own source', async () => {
    const rows = await chartDef('pipeline-chart').rows();
    const salary = (id: string) => rows.find((r) => r.id === id)!;
    assert.equal(salary('recruiters-salary-up-to-2500').sources[0].id, 'noonpost-prosecutions');
    assert.equal(salary('intermediaries-salary-up-to-3000').sources[0].id, 'shafaq-willing-to-enlist');
    assert.equal(rows.at(-1)!.id, 'intelligence-fewer-than-5-percent-returned');
  });
});

describe('rowAnchor(chart, row)', () => {
  it('prefixes the row id with the chart id, so rows of different charts never share an id', () => {
    assert.equal(rowAnchor('figures-chart', 'allawi-around-5000'), 'figures-chart-allawi-around-5000');
    assert.notEqual(rowAnchor('figures-chart', 'x'), rowAnchor('pipeline-chart', 'x'));
  });
});

describe('getChart(id)', () => {
  it('throws with a fix for an unknown id', () => {
    assert.throws(() => getChart('pie-chart'), /no such chart\. Fix: use one of figures-chart/);
  });
});

describe('loadChartContent(contentDir)', () => {
  it('returns the same parse while nothing changes, and reads a changed file again', async () => {
    const { ContentFixture } = await import('../../helpers/fixture.ts');
    const f = new ContentFixture();
    try {
      const first = loadChartContent(f.dir);
      assert.equal(loadChartContent(f.dir), first);
      // Sub-second edits must still be seen: wait for the file system's clock to move on.
      await new Promise((r) => setTimeout(r, 20));
      f.edit('charts/map-chart.yaml', 'title: The places the sources name', 'title: Where it happens');
      assert.equal(loadChartContent(f.dir).charts.get('map-chart')!.title, 'Where it happens');
    } finally {
      f.cleanup();
    }
  });
});

describe('importing the registry', () => {
  it('reads no content until a chart is asked for', () => {
    // With no content at all, building any entry throws; importing must not.
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "await import('./src/charts/registry.ts'); console.log('imported')"],
      {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: '/nonexistent-content' },
        encoding: 'utf8',
      },
    );
    assert.equal(r.stdout.trim(), 'imported', r.stderr);
  });
});
