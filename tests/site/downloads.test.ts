// The data downloads (CSV and JSON) hold the records, one row each, in both builds; each chart's
// download holds the rows of the chart's data table; the pages that show the records link to them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';
import { findAll, hasClass } from '../helpers/html.ts';
import { readCsv, records } from '../helpers/records.ts';
import { BUILDS, readPage } from '../helpers/site.ts';
import { contestedIds, disputeLinks } from '../../src/records/claims.ts';

const sources = records('sources');
const contested = contestedIds(records('estimates'));
/** The columns data/estimates.csv had before the claims model: kept in this order, new ones only after them. */
const FIRST_COLUMNS =
  'id,figure,measure,measure_label,measure_note,qualifier,value,low,high,unit,claimant_name,claimant_role,claimant_kind,date,date_start,date_end,date_note,contested,note,quote,quote_speaker,source_id,source_outlet,source_headline,source_date,source_url,link';
const json = (outDir: string, name: string) => JSON.parse(readFileSync(join(ROOT, outDir, 'data', name), 'utf8'));
const csv = (outDir: string, name: string) => readCsv(join(ROOT, outDir, 'data', name));
/** The charts with a page of their own (charts/<id>/), from the build. */
const chartIds = readdirSync(join(ROOT, BUILDS[0].outDir, 'charts')).sort();

for (const { outDir } of BUILDS) {
  test(`${outDir}: estimates: one row per estimate with its value, claimant and source`, () => {
    const estimates = records('estimates');
    const rows = csv(outDir, 'estimates.csv');
    const objs = json(outDir, 'estimates.json');
    assert.equal(rows.length, estimates.size);
    assert.equal(objs.length, estimates.size);
    for (const [id, e] of estimates) {
      const row = rows.find((r) => r.id === id);
      const obj = objs.find((r: { id: string }) => r.id === id);
      assert.ok(row && obj, `${id} is in both downloads`);
      assert.equal(row.value, e.value === undefined ? '' : String(e.value), `${id} value`);
      assert.equal(obj.value, e.value, `${id} value (JSON)`);
      assert.equal(row.qualifier, e.qualifier, `${id} qualifier`);
      assert.equal(row.claimant_name, e.claimant.name, `${id} claimant`);
      assert.equal(obj.contested, contested.has(id), `${id} contested, from the dispute links`);
      assert.equal(row.wording, e.wording, `${id} wording`);
      assert.equal(row.source_id, e.source, `${id} source`);
      assert.equal(row.source_outlet, sources.get(e.source)?.outlet, `${id} outlet`);
      assert.equal(row.source_url, sources.get(e.source)?.url, `${id} source URL`);
      assert.equal(obj.source_url, sources.get(e.source)?.url, `${id} source URL (JSON)`);
    }
  });

  test(`${outDir}: estimates: the dispute columns list the ids of the other claims, and nothing else`, () => {
    const links = disputeLinks(records('estimates'));
    const ids = (id: string, dir: string) => [
      ...new Set((links.get(id) ?? []).filter((l) => l.direction === dir && l.other).map((l) => l.other)),
    ];
    for (const row of csv(outDir, 'estimates.csv')) {
      assert.deepEqual(row.disputes ? row.disputes.split(' | ') : [], ids(row.id, 'disputes'), `${row.id} disputes`);
      assert.deepEqual(
        row.disputed_by ? row.disputed_by.split(' | ') : [],
        ids(row.id, 'disputed-by'),
        `${row.id} disputed_by`,
      );
    }
  });

  test(`${outDir}: estimates: every column published before is still there, in its place`, () => {
    const header = readFileSync(join(ROOT, outDir, 'data', 'estimates.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0];
    assert.ok(header.startsWith(`${FIRST_COLUMNS},`), header);
    // The JSON leaves out empty fields; those it has come in the CSV's column order.
    const columns = header.split(',');
    for (const obj of json(outDir, 'estimates.json')) {
      const keys = Object.keys(obj);
      assert.deepEqual(
        keys,
        columns.filter((c) => keys.includes(c)),
        `${obj.id}: fields in column order`,
      );
    }
  });

  test(`${outDir}: events: one row per event with all its sources`, () => {
    const events = records('events');
    const rows = csv(outDir, 'events.csv');
    const objs = json(outDir, 'events.json');
    assert.equal(rows.length, events.size);
    assert.equal(objs.length, events.size);
    for (const [id, ev] of events) {
      const row = rows.find((r) => r.id === id);
      assert.ok(row, id);
      assert.equal(row.title, ev.title);
      assert.deepEqual(
        row.source_url.split(' | '),
        ev.sources.map((s: string) => sources.get(s)?.url),
      );
      assert.equal(objs.find((r: { id: string }) => r.id === id)?.section, ev.section);
    }
  });

  test(`${outDir}: sources: one row per article with its outlet, date and URL`, () => {
    const rows = csv(outDir, 'sources.csv');
    assert.deepEqual(rows.map((r) => r.id).sort(), [...sources.keys()].sort());
    for (const row of rows) {
      assert.equal(row.url, sources.get(row.id)?.url);
      assert.equal(row.outlet, sources.get(row.id)?.outlet);
      assert.equal(row.published, String(sources.get(row.id)?.published));
    }
    assert.equal(json(outDir, 'sources.json').length, sources.size);
  });

  test(`${outDir}: the downloads are linked from the pages that show the records`, () => {
    const links = (page: string) =>
      findAll(readPage(outDir, page), (e) => e.tag === 'a' && e.attrs.href !== undefined).map((a) => a.attrs.href);
    const onSources = findAll(readPage(outDir, 'sources/'), (e) => hasClass(e, 'data-links')).flatMap((d) =>
      findAll(d, (e) => e.tag === 'a').map((a) => a.attrs.href),
    );
    assert.ok(
      onSources.some((h) => h.endsWith('data/sources.csv')),
      'the sources page links to sources.csv',
    );
    for (const d of ['estimates', 'events', 'sources'])
      assert.ok(
        links('data/').some((h) => h.endsWith(`data/${d}.json`)),
        `the data page links to ${d}.json`,
      );
  });

  for (const id of chartIds) {
    test(`${outDir}: the ${id} downloads hold one row per row of its data table, with sources`, () => {
      const fig = findAll(readPage(outDir, `charts/${id}/`), (e) => e.tag === 'figure' && e.attrs.id === id)[0];
      assert.ok(fig, `charts/${id}/ shows figure#${id}`);
      const table = findAll(fig, (e) => e.tag === 'details' && hasClass(e, 'chart-data'))
        .flatMap((d) => findAll(d, (e) => e.tag === 'tbody'))
        .flatMap((b) => b.children.filter((r) => r.tag === 'tr'));
      assert.ok(table.length > 0, 'the data table has rows');
      const rows = csv(outDir, `${id}.csv`);
      const objs = json(outDir, `${id}.json`);
      assert.equal(rows.length, table.length, `${id}.csv rows`);
      assert.equal(objs.length, table.length, `${id}.json rows`);
      assert.deepEqual(
        rows.map((r) => `${id}-${r.id}`),
        table.map((r) => r.attrs.id),
      );
      for (const [i, row] of rows.entries()) {
        assert.match(row.source_url, /^https:\/\//, `${id} row ${row.id} names its source`);
        // The first cell of the table is the first of the chart's own columns.
        const first = table[i].children.filter((c) => c.tag === 'td')[0]?.text.trim();
        assert.equal(first, row[Object.keys(row)[2]], `${id} row ${row.id}: first cell`);
        assert.equal(objs[i].id, row.id);
      }
    });
  }
}
