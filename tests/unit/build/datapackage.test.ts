// The data package's shape (data/datapackage.json), from a small dataset: the Frictionless
// profile cannot be fetched offline, so the structure it requires is checked here.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { dataPackage, packageName, tableSchema } from '../../../src/build/datapackage.ts';
import type { Dataset } from '../../../src/build/downloads.ts';
import type { SiteConfig } from '../../../src/schema/site.ts';

const site: SiteConfig = {
  publisher: { name: 'Test’s Desk', ar: { name: 'مكتب الاختبار' } },
  corrections: { contact: '/methodology/#corrections' },
  licence: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    text: 'Reuse under CC BY 4.0. Quotations and headlines stay their authors’.',
    ar: { text: 'إعادة الاستخدام بموجب CC BY 4.0. أما الاقتباسات والعناوين فتبقى لأصحابها.' },
  },
};
const dataset: Dataset = {
  id: 'things',
  lang: 'en',
  title: 'Things',
  fields: [
    { key: 'id', about: 'The thing’s id.' },
    { key: 'value', type: 'number', about: 'How many.' },
    { key: 'day', type: 'date', about: 'When.' },
  ],
  columns: ['id', 'value', 'day'],
  rows: [{ id: 'a', value: 1, day: '2025-01-02' }],
};
const input = {
  lang: 'en' as const,
  site,
  datasets: [dataset],
  figures: [{ ...dataset, id: 'a' }],
  sources: [{ outlet: 'Outlet', headline: 'Headline', url: 'https://news.test/a' }],
  firstPublished: '2026-01-01',
  lastUpdated: '2026-02-03',
  homepage: '/sub/data/',
};

describe('dataPackage()', () => {
  const p = dataPackage(input);
  it('is a tabular data package with a valid name', () => {
    assert.equal(p.profile, 'tabular-data-package');
    assert.match(p.name, /^[a-z0-9._-]+$/);
    assert.equal(p.name, 'tests-desk-data');
  });
  it('carries the licence of content/site.yaml and its note on quotations and headlines', () => {
    assert.deepEqual(p.licenses, [
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' },
    ]);
    assert.ok(p.description.endsWith(site.licence.text));
  });
  it('lists the source articles with title and address', () => {
    assert.deepEqual(p.sources, [{ title: 'Outlet: Headline', path: 'https://news.test/a' }]);
  });
  it('takes its dates from the records, not the clock', () => {
    assert.equal(p.created, '2026-01-01T00:00:00Z');
    assert.equal(p.updated, '2026-02-03');
  });
  it('has one CSV resource per dataset and per figure file, with paths relative to the package', () => {
    assert.deepEqual(
      p.resources.map((r) => [r.name, r.path]),
      [
        ['things', 'things.csv'],
        ['figure-a', 'figures/a.csv'],
      ],
    );
    for (const r of p.resources) {
      assert.equal(r.format, 'csv');
      assert.equal(r.mediatype, 'text/csv');
      assert.equal(r.encoding, 'utf-8');
    }
  });
});

test('dataPackage() for the Arabic edition names it apart and uses the Arabic licence sentence', () => {
  const p = dataPackage({ ...input, lang: 'ar' });
  assert.equal(p.name, 'tests-desk-data-ar');
  assert.equal(p.language, 'ar');
  assert.ok(p.description.endsWith(site.licence.ar.text));
  assert.equal(p.contributors[0]?.title, 'مكتب الاختبار');
});

test('tableSchema() gives the columns in order with their types (string when unsaid) and descriptions', () => {
  assert.deepEqual(tableSchema(dataset), {
    fields: [
      { name: 'id', type: 'string', description: 'The thing’s id.' },
      { name: 'value', type: 'number', description: 'How many.' },
      { name: 'day', type: 'date', description: 'When.' },
    ],
    primaryKey: 'id',
  });
});

test('packageName() writes a title as the spec’s lower-case name', () => {
  assert.equal(packageName('Iraq’s Recruits'), 'iraqs-recruits');
});
