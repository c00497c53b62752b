// A real build with a broken content copy must stop with the content check's message.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { ContentFixture, ROOT } from '../helpers/fixture.ts';

const fixture = new ContentFixture();
after(() => fixture.cleanup());

describe('astro build', () => {
  it('fails on an unknown source reference, naming the file, the field and the id', () => {
    fixture.edit('estimates/araji-hundreds.yaml', 'source: noonpost-prosecutions', 'source: noon-post-article');
    const outDir = join(fixture.dir, 'dist');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: fixture.dir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const output = run.stdout + run.stderr;
    assert.notEqual(run.status, 0, 'the build should fail');
    assert.match(output, /estimates\/araji-hundreds\.yaml/);
    assert.match(output, /source: "noon-post-article" is not a known source/);
    assert.match(output, /Fix: correct the id, or add content\/sources\/noon-post-article\.yaml/);
    assert.equal(existsSync(join(outDir, 'index.html')), false, 'no site should be written');
  });
});
