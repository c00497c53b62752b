import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sitePages } from '../../../src/records/pages.ts';

describe('sitePages(pagesDir)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  it('lists static pages and stands a folder of generated pages for all pages under it', () => {
    for (const f of [
      'index.astro',
      '404.astro',
      '[theme].astro',
      'sources.astro',
      'charts/[id].astro',
      'charts/index.astro',
      'feed.xml.ts',
    ]) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    assert.deepEqual(sitePages(dir), ['', 'charts/', 'charts/*', 'feed.xml', 'sources/']);
  });
});
