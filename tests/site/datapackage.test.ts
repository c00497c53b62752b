// data/datapackage.json and ar/data/datapackage.json, as built: a Frictionless Tabular Data Package
// whose resources are exactly the CSV downloads, each with the file's header as its fields (in order,
// each described), the licence of content/site.yaml and the source articles. The profile cannot be
// fetched offline, so the structure it requires is checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';
import { readCsv, records } from '../helpers/records.ts';
import { BUILDS } from '../helpers/site.ts';
import { loadSite } from '../../src/records/site.ts';

const CONTENT = process.env.CONTENT_DIR ?? join(ROOT, 'content');
const site = loadSite(CONTENT);
const EDITIONS = [
  { prefix: '', licenceText: site.licence.text },
  { prefix: 'ar/', licenceText: site.licence.ar.text },
];

interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  encoding: string;
  schema: { fields: { name: string; type: string; description: string }[] };
}

/** Every CSV under a folder, relative to it. */
const csvFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv'))
    .map((f) => relative(dir, join(dir, f)))
    .sort();
const header = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!
    .split(',');

for (const { outDir } of BUILDS) {
  for (const { prefix, licenceText } of EDITIONS) {
    const dir = join(ROOT, outDir, prefix, 'data');
    const file = join(dir, 'datapackage.json');
    const pkg = () => JSON.parse(readFileSync(file, 'utf8'));
    const where = `${outDir}/${prefix}data/datapackage.json`;

    test(`${where}: a tabular data package with a name, title and description`, () => {
      const p = pkg();
      assert.equal(p.profile, 'tabular-data-package');
      assert.match(p.name, /^[a-z0-9._-]+$/);
      assert.ok(p.title && p.description);
    });

    test(`${where}: the licence of content/site.yaml, with its note that quotations and headlines stay their authors'`, () => {
      const p = pkg();
      assert.deepEqual(p.licenses, [
        { name: site.licence.name.replace(/\s+/g, '-'), path: site.licence.url, title: site.licence.name },
      ]);
      assert.ok(p.description.includes(licenceText), 'the description carries the licence sentence');
    });

    test(`${where}: the sources are the source articles, each with a title and its address`, () => {
      const p = pkg();
      const urls = [...records('sources').values()].map((s) => s.url).sort();
      assert.deepEqual(p.sources.map((s: { path: string }) => s.path).sort(), urls);
      for (const s of p.sources) assert.ok(s.title, s.path);
    });

    test(`${where}: its dates come from the updates log`, () => {
      const p = pkg();
      const days = [...records('updates').values()]
        .map((u) => String(u.date instanceof Date ? u.date.toISOString().slice(0, 10) : u.date))
        .sort();
      assert.equal(p.created, `${days[0]}T00:00:00Z`);
      assert.ok(p.updated >= days.at(-1)!, p.updated);
    });

    test(`${where}: the resources are exactly the CSV downloads`, () => {
      const paths = (pkg().resources as Resource[]).map((r) => r.path).sort();
      assert.deepEqual(paths, csvFiles(dir));
    });

    test(`${where}: every resource is a UTF-8 CSV file with a unique name`, () => {
      const rs: Resource[] = pkg().resources;
      assert.equal(new Set(rs.map((r) => r.name)).size, rs.length);
      for (const r of rs) {
        assert.match(r.name, /^[a-z0-9._-]+$/, r.name);
        assert.deepEqual([r.format, r.mediatype, r.encoding], ['csv', 'text/csv', 'utf-8'], r.name);
        assert.ok(existsSync(join(dirname(file), r.path)), `${r.path} exists`);
      }
    });

    test(`${where}: each resource's fields are its CSV's header, in order`, () => {
      for (const r of pkg().resources as Resource[])
        assert.deepEqual(
          r.schema.fields.map((f) => f.name),
          header(join(dir, r.path)),
          r.path,
        );
    });

    test(`${where}: every field has a type and a description`, () => {
      for (const r of pkg().resources as Resource[])
        for (const f of r.schema.fields) {
          assert.ok(['string', 'number', 'integer', 'boolean', 'date'].includes(f.type), `${r.name}.${f.name} type`);
          assert.ok(f.description?.trim(), `${r.name}.${f.name} description`);
        }
    });

    test(`${where}: the values of typed fields are of their type`, () => {
      const ok: Record<string, RegExp> = {
        number: /^-?\d+(\.\d+)?$/,
        integer: /^-?\d+$/,
        boolean: /^(true|false)$/,
        date: /^\d{4}-\d{2}-\d{2}$/,
      };
      for (const r of pkg().resources as Resource[]) {
        const rows = readCsv(join(dir, r.path));
        for (const f of r.schema.fields) {
          const re = ok[f.type];
          if (!re) continue;
          for (const row of rows) if (row[f.name]) assert.match(row[f.name]!, re, `${r.path} ${row.id} ${f.name}`);
        }
      }
    });
  }
}
