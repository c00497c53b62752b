// A real build after a heading is renamed: with its old id kept as an alias the published link still
// works; without it, the record check names the page and the id.
import { describe, it, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFixture, ROOT } from '../helpers/fixture.ts';
import { lostAnchors, publishedIds, type AnchorRecord } from '../../src/build/anchors.ts';

const record: AnchorRecord = JSON.parse(readFileSync(join(ROOT, 'tests/published-anchors.json'), 'utf8'));
const fixture = new ContentFixture();
const outDir = join(fixture.dir, 'dist');
after(() => fixture.cleanup());

describe('published link targets after a rename', () => {
  before(() => {
    // Sections no chart or event points at, so the rename breaks nothing but links. Both editions share
    // their ids, so a rename is made in both (the content check insists).
    for (const lang of ['en', 'ar']) {
      fixture.edit(`themes/${lang}/recruitment-tactics.mdx`, '<Heading id="who-is-targeted">', '<Heading id="targeted-recruits" aliases={["who-is-targeted"]}>');
      fixture.edit(`themes/${lang}/recruitment-tactics.mdx`, '<Heading id="on-arrival">', '<Heading id="arrival-in-russia">');
    }
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: fixture.dir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(fixture.dir, '.astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
  const read = (page: string) => {
    const f = join(outDir, page.endsWith('/') || page === '' ? `${page}index.html` : page);
    return existsSync(f) ? readFileSync(f, 'utf8') : null;
  };

  it('reports the id renamed without an alias, on every page that published it, and nothing else', async () => {
    assert.ok(record['recruitment-tactics/']?.includes('on-arrival'), 'the record should hold recruitment-tactics/#on-arrival');
    const lost = await lostAnchors(record, read);
    assert.deepEqual(lost, [
      { page: '', id: 'on-arrival' },
      { page: 'ar/', id: 'on-arrival' },
      { page: 'ar/recruitment-tactics/', id: 'on-arrival' },
      { page: 'recruitment-tactics/', id: 'on-arrival' },
    ]);
  });

  it('keeps the old id as a target beside the new heading', () => {
    const html = read('recruitment-tactics/')!;
    assert.match(html, /<span id="who-is-targeted" class="alias-target"><\/span><h2 id="targeted-recruits"/);
    assert.ok(publishedIds(html).includes('who-is-targeted'));
    assert.ok(publishedIds(html).includes('targeted-recruits'));
  });
});
