import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ROOT } from '../../../helpers/fixture.ts';

type SetupHook = (options: { config: { root: URL }; command: string; logger: { warn: (m: string) => void } }) => void;

// The integration reads CONTENT_DIR when its module loads: point it at a copy of the frozen fixture
// with one mistake, then load it.
const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
let setup: SetupHook;

describe("contentCheck() hooks['astro:config:setup']", () => {
  before(async () => {
    cpSync(join(ROOT, 'tests/fixtures/content'), dir, { recursive: true });
    const file = join(dir, 'estimates/fixture-point.yaml');
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes('source: source-one'), 'the fixture estimate names source-one');
    writeFileSync(file, text.replace('source: source-one', 'source: no-such-source'));
    process.env.CONTENT_DIR = dir;
    const { contentCheck } = await import('../../../../src/build/integrations/content-check.ts');
    const integration: AstroIntegration = contentCheck();
    setup = integration.hooks['astro:config:setup'] as unknown as SetupHook;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stops a build with the content check report naming the file, the field and the fix', () => {
    assert.throws(
      () => setup({ config: { root: pathToFileURL(`${dir}/`) }, command: 'build', logger: { warn: () => {} } }),
      (e: Error) =>
        e.message.includes('estimates/fixture-point.yaml') &&
        e.message.includes('source') &&
        e.message.includes('"no-such-source" is not a known source') &&
        e.message.includes('Fix: correct the id, or add content/sources/no-such-source.yaml'),
    );
  });

  it('only warns in astro dev, where the browser gets the report instead', () => {
    const warnings: string[] = [];
    setup({ config: { root: pathToFileURL(`${dir}/`) }, command: 'dev', logger: { warn: (m) => warnings.push(m) } });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /no-such-source/);
  });
});
