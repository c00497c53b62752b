// A link an author writes from the site root in a theme ([x](/sources/)) works under a sub-path.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFixture, ROOT } from '../helpers/fixture.ts';

const fixture = new ContentFixture();
after(() => fixture.cleanup());

describe('astro build with BASE_PATH', () => {
  it('puts the base path in front of root-relative links in theme prose', () => {
    fixture.append('themes/en/legal-response.mdx', '\nSee [every source](/sources/#shafaq-willing-to-enlist).\n');
    const outDir = join(fixture.dir, 'dist');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: fixture.dir, OUT_DIR: outDir, BASE_PATH: '/sub/', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const html = readFileSync(join(outDir, 'legal-response/index.html'), 'utf8');
    assert.match(html, /<a href="\/sub\/sources\/#shafaq-willing-to-enlist">every source<\/a>/);
  });
});
