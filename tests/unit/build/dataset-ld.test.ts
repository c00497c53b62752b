// schema.org Dataset JSON-LD for the data page and a chart page: licence and publisher from
// content/site.yaml, and download addresses that respect the base path and the public address.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { chartPageJsonLd, dataPageJsonLd } from '../../../src/build/dataset-ld.ts';
import type { SiteConfig } from '../../../src/schema/site.ts';

const site: SiteConfig = {
  publisher: { name: 'Test Desk', ar: { name: 'مكتب الاختبار' } },
  corrections: { contact: '/methodology/#corrections' },
  licence: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    text: 'Reuse under CC BY 4.0. Quotations and headlines stay their authors’.',
    ar: { text: 'إعادة الاستخدام. أما الاقتباسات والعناوين فتبقى لأصحابها.' },
  },
};
const sub = { site: 'https://news.test/', base: '/sub/path/' };

describe('dataPageJsonLd()', () => {
  const ld = dataPageJsonLd({ site, lang: 'en', datasets: ['estimates'], dateModified: '2026-02-03', served: sub });
  it('is a schema.org Dataset with the site’s licence, creator and publisher', () => {
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'Dataset');
    assert.equal(ld.license, site.licence.url);
    assert.equal(ld.creditText, site.licence.text);
    assert.equal(ld.creator.name, 'Test Desk');
    assert.deepEqual(ld.publisher, ld.creator);
    assert.equal(ld.dateModified, '2026-02-03');
    assert.ok(ld.name && ld.description);
  });
  it('lists every download as CSV and JSON, and the data package, under the base path', () => {
    assert.equal(ld.url, 'https://news.test/sub/path/data/');
    assert.deepEqual(
      ld.distribution.map((d) => [d.encodingFormat, d.contentUrl]),
      [
        ['text/csv', 'https://news.test/sub/path/data/estimates.csv'],
        ['application/json', 'https://news.test/sub/path/data/estimates.json'],
        ['application/json', 'https://news.test/sub/path/data/datapackage.json'],
      ],
    );
  });
});

test('chartPageJsonLd() points at the chart’s page and its own files', () => {
  const chart = { id: 'map-chart', title: 'Where', takeaway: 'Places the sources name.' };
  const ld = chartPageJsonLd({ site, lang: 'en', chart, served: sub });
  assert.equal(ld.url, 'https://news.test/sub/path/charts/map-chart/');
  assert.equal(ld.description, 'Places the sources name.');
  assert.deepEqual(
    ld.distribution.map((d) => d.contentUrl),
    ['https://news.test/sub/path/data/map-chart.csv', 'https://news.test/sub/path/data/map-chart.json'],
  );
});

test('the Arabic edition’s Dataset links to the Arabic files and names the Arabic publisher', () => {
  const ld = dataPageJsonLd({ site, lang: 'ar', datasets: ['events'], served: sub });
  assert.equal(ld.inLanguage, 'ar');
  assert.equal(ld.creator.name, 'مكتب الاختبار');
  assert.equal(ld.creditText, site.licence.ar.text);
  assert.equal(ld.distribution[0]?.contentUrl, 'https://news.test/sub/path/ar/data/events.csv');
});

test('without a public address the links are paths from the host root, never a made-up host', () => {
  const ld = dataPageJsonLd({ site, lang: 'en', datasets: ['events'], served: { base: '/' } });
  assert.equal(ld.url, '/data/');
  assert.equal(ld.distribution[0]?.contentUrl, '/data/events.csv');
  assert.equal('dateModified' in ld, false);
});
