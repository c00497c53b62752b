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
import {
  chartColumns,
  ESTIMATE_COLUMNS,
  EVENT_COLUMNS,
  SOURCE_RECORD_COLUMNS,
  type Column,
} from '../../src/build/columns.ts';
import { charts } from '../../src/charts/registry.ts';

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
      // The download is in date order (see the date-order tests), the table in the chart's: same rows.
      assert.deepEqual(rows.map((r) => `${id}-${r.id}`).sort(), table.map((r) => r.attrs.id).sort());
      for (const [i, row] of rows.entries()) {
        assert.match(row.source_url, /^https:\/\//, `${id} row ${row.id} names its source`);
        // The first cell of the table is the first of the chart's own columns.
        const tr = table.find((r) => r.attrs.id === `${id}-${row.id}`)!;
        const first = tr.children.filter((c) => c.tag === 'td')[0]?.text.trim();
        assert.equal(first, row[Object.keys(row)[2]], `${id} row ${row.id}: first cell`);
        assert.equal(objs[i].id, row.id);
      }
    });
  }
}

// ── Date order: by the reported date (a claim's as the tables print it, an event's, a source's
// publication), a fuzzy date by its first day, undated last, ties by id. Charts of steps or places
// keep the chart's own order (checked against the chart's table above).

/** The rows' order by date: start, then end, undated (empty) last, then id. */
const byDate = (rows: readonly Record<string, string>[], span: (r: Record<string, string>) => [string, string]) =>
  [...rows]
    .sort((a, b) => {
      const [as, ae] = span(a);
      const [bs, be] = span(b);
      const k = (s: string, e: string, id: string) => [s || '\uffff', e || '\uffff', id];
      const [x, y] = [k(as, ae, a.id), k(bs, be, b.id)];
      for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return 0;
    })
    .map((r) => r.id);

const RECORD_SPANS: Record<string, [string, string]> = {
  estimates: ['date_start', 'date_end'],
  events: ['date_start', 'date_end'],
  sources: ['published_start', 'published_end'],
};
for (const { outDir } of BUILDS) {
  for (const [id, [start, end]] of Object.entries(RECORD_SPANS)) {
    test(`${outDir}: ${id}: rows in date order, undated last, ties by id`, () => {
      const rows = csv(outDir, `${id}.csv`);
      assert.deepEqual(
        rows.map((r) => r.id),
        byDate(rows, (r) => [r[start], r[end]]),
      );
    });
  }
  /** A record's date span, from the estimates and events downloads. */
  const spans = () =>
    new Map<string, readonly [string, string]>(
      ['estimates', 'events'].flatMap((d) =>
        csv(outDir, `${d}.csv`).map((r): [string, readonly [string, string]] => [
          `${d === 'estimates' ? 'estimate' : 'event'}:${r.id}`,
          [r.date_start!, r.date_end!],
        ]),
      ),
    );
  for (const id of chartIds) {
    const rows = csv(outDir, `${id}.csv`);
    if (!rows.every((r) => r.record === 'estimate' || r.record === 'event')) continue;
    test(`${outDir}: ${id}: rows in date order of their records, undated last, ties by id`, () => {
      const s = spans();
      assert.deepEqual(
        rows.map((r) => r.id),
        byDate(rows, (r) => [...(s.get(`${r.record}:${r.id}`) ?? ['', ''])] as [string, string]),
      );
    });
  }
}

// ── The Arabic downloads (ar/data/): the English files' columns, and their machine values row by row;
// links lead to the same place in the Arabic edition; only the words are Arabic.

/** The columns of a download, as src/build/columns.ts declares them. */
const declared = (id: string): Column[] =>
  id === 'estimates'
    ? [...ESTIMATE_COLUMNS]
    : id === 'events'
      ? [...EVENT_COLUMNS]
      : id === 'sources'
        ? [...SOURCE_RECORD_COLUMNS]
        : chartColumns(
            id,
            charts.find((c) => c.id === id)!.columns.map((c) => c.key),
          );
const enHeader = (outDir: string, file: string) =>
  readFileSync(join(ROOT, outDir, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0];
const arData = (outDir: string, name: string) => readCsv(join(ROOT, outDir, 'ar', 'data', name));
const datasetIds = ['estimates', 'events', 'sources', ...chartIds];

for (const { outDir, base, siteUrl } of BUILDS) {
  /** The Arabic edition's address of an English link: the same path under ar/. */
  const root = `${siteUrl ?? ''}${base}`;
  const inArabic = (link: string) => (link ? `${root}ar/${link.slice(root.length)}` : link);

  for (const id of datasetIds) {
    test(`${outDir}: ar/data/${id}.csv has the English file's header`, () => {
      assert.equal(enHeader(outDir, `ar/data/${id}.csv`), enHeader(outDir, `data/${id}.csv`));
    });

    test(`${outDir}: ar/data/${id}: machine values are the English file's, row by row`, () => {
      const en = csv(outDir, `${id}.csv`);
      const ar = arData(outDir, `${id}.csv`);
      assert.equal(ar.length, en.length);
      const machine = declared(id).filter((c) => (c.kind ?? 'machine') === 'machine');
      assert.ok(machine.some((c) => c.key === 'id'));
      for (const [i, row] of en.entries())
        for (const c of machine) assert.equal(ar[i]![c.key], row[c.key], `${id} row ${row.id}: ${c.key}`);
    });

    test(`${outDir}: ar/data/${id}: links lead to the same place in the Arabic edition`, () => {
      const en = csv(outDir, `${id}.csv`);
      const ar = arData(outDir, `${id}.csv`);
      for (const c of declared(id).filter((x) => x.kind === 'link'))
        for (const [i, row] of en.entries()) {
          assert.ok(row[c.key] === '' || row[c.key]!.startsWith(root), `${id} ${row.id} ${c.key}: ${row[c.key]}`);
          assert.equal(ar[i]![c.key], inArabic(row[c.key]!), `${id} row ${row.id}: ${c.key}`);
        }
    });

    test(`${outDir}: ar/data/${id}: the words are in Arabic`, () => {
      const text = declared(id).filter((c) => c.kind === 'text');
      const cells = arData(outDir, `${id}.csv`).flatMap((r) => text.map((c) => r[c.key] ?? ''));
      assert.ok(
        cells.some((v) => /[\u0600-\u06FF]/.test(v)),
        'some text cell is Arabic',
      );
    });

    test(`${outDir}: ar/data/${id}.json holds the Arabic CSV's rows, with the English JSON's ids in order`, () => {
      const en = json(outDir, `${id}.json`) as { id: string }[];
      const ar = JSON.parse(readFileSync(join(ROOT, outDir, 'ar', 'data', `${id}.json`), 'utf8')) as { id: string }[];
      assert.deepEqual(
        ar.map((r) => r.id),
        en.map((r) => r.id),
      );
      assert.deepEqual(
        ar.map((r) => r.id),
        arData(outDir, `${id}.csv`).map((r) => r.id),
      );
    });
  }
}
