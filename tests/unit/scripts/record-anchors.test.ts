import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildRecord, recordAnchors } from '../../../scripts/record-anchors.ts';
import { lostAnchors } from '../../../src/build/anchors.ts';

/** Markup as the Heading component writes it: an alias target before the heading, then its anchor. */
const heading = (id: string, aliases: string[] = []) =>
  `<div class="heading-wrap">${aliases.map((a) => `<span id="${a}" class="alias-target"></span>`).join('')}<h2 id="${id}" tabindex="-1">${id}</h2><a class="anchor" href="#${id}"><span aria-hidden="true">#</span></a></div>`;

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A build folder with these files. */
function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'anchors-'));
  dirs.push(dir);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}
const read = (dir: string) => (page: string) => {
  try {
    return readFileSync(join(dir, page === '' || page.endsWith('/') ? `${page}index.html` : page), 'utf8');
  } catch {
    return null;
  }
};

describe('buildRecord(dist)', () => {
  it('records every page but the 404, the downloads and the feed, and the targets each page offers', () => {
    const dir = build({
      'index.html': `<main id="main">${heading('channels')}</main>`,
      'sources/index.html': `<a href="#main">skip</a>`,
      '404.html': heading('lost'),
      'data/estimates.csv': 'id\n',
      'updates.xml': '<feed/>',
      '_astro/x.js': '',
      'og/x.png': '',
    });
    assert.deepEqual(buildRecord(dir), {
      '': ['channels'],
      'sources/': [],
      'data/estimates.csv': [],
      'updates.xml': [],
    });
  });
});

describe('recordAnchors(dist, recordFile) and the published-anchor guard', () => {
  it('keeps a renamed heading working through its alias, and names the page and id of one renamed without', async () => {
    const before = build({ 'themes/index.html': heading('who-is-targeted') + heading('on-arrival') });
    const recordFile = join(before, 'record.json');
    assert.deepEqual(recordAnchors(before, recordFile).added, ['/themes/#on-arrival', '/themes/#who-is-targeted']);
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    // The next build renames both: one keeps its old id as an alias, the other does not.
    const after = build({
      'themes/index.html': heading('targeted-recruits', ['who-is-targeted']) + heading('arrival-in-russia'),
    });
    assert.deepEqual(await lostAnchors(record, read(after)), [{ page: 'themes/', id: 'on-arrival' }]);
    // Recording the new build adds the new ids and never drops the old ones.
    recordAnchors(after, recordFile);
    assert.deepEqual(JSON.parse(readFileSync(recordFile, 'utf8'))['themes/'], [
      'arrival-in-russia',
      'on-arrival',
      'targeted-recruits',
      'who-is-targeted',
    ]);
  });
});
