// The maintainer's live preview tells the truth: in `astro dev`, a record broken while the server is
// up gets the content check's own report in the browser (file, field, fix) instead of a crash in a
// component, and the page comes back once the file is fixed, without a restart. Runs `astro dev` on a
// copy of the content, on a free port, with its own Astro and Vite caches (.cache/astro and
// node_modules/.vite are untouched; see tests/dev/astro.config.mjs).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RECORD = 'estimates/allawi-around-5000.yaml';
/** A busy machine (two cores shared with other work) can take this long to start the dev server. */
const START_MS = 120_000;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('astro dev with a record broken while it runs', { timeout: START_MS + 120_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'live-preview-'));
  const contentDir = join(tmp, 'content');
  let server: ChildProcess | undefined;
  let base = '';
  let log = '';
  let original = '';

  const page = async () => {
    const res = await fetch(`${base}/disputed-figures/`);
    return { status: res.status, text: await res.text() };
  };

  before(async () => {
    cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
    original = readFileSync(join(contentDir, RECORD), 'utf8');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--root',
        ROOT,
        '--config',
        'tests/dev/astro.config.mjs',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          ASTRO_CACHE_DIR: join(tmp, 'cache'),
          VITE_CACHE_DIR: join(tmp, 'vite'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    const deadline = Date.now() + START_MS;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`astro dev exited with ${server.exitCode}:\n${log}`);
      try {
        if ((await fetch(`${base}/`)).status < 500) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`astro dev did not answer within ${START_MS / 1000} s:\n${log}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  after(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    rmSync(tmp, { recursive: true, force: true });
  });

  it('renders the page while the content is good', async () => {
    const { status, text } = await page();
    assert.equal(status, 200, log);
    assert.match(text, /<h1[^>]*>/);
  });

  it("answers with the content check's message, naming the file, the field and the fix, once a source id is mistyped", async () => {
    writeFileSync(join(contentDir, RECORD), original.replace(/^source: .*$/m, 'source: noon-post'));
    const { status, text } = await page();
    assert.equal(status, 500);
    assert.match(text, /estimates\/allawi-around-5000\.yaml/);
    assert.match(text, /<strong>source<\/strong>: &quot;noon-post&quot; is not a known source/);
    assert.match(text, /Fix: correct the id, or add content\/sources\/noon-post\.yaml/);
    assert.doesNotMatch(text, /Cannot read properties/);
  });

  it('renders the page again once the file is fixed, without a restart', async () => {
    writeFileSync(join(contentDir, RECORD), original);
    // Astro's own store follows the file watcher; give it a moment on a busy machine.
    let last = { status: 0, text: '' };
    for (let i = 0; i < 40; i++) {
      last = await page();
      if (last.status === 200) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.equal(last.status, 200, last.text.slice(0, 2000));
    assert.doesNotMatch(last.text, /The content has \d+ problem/);
  });
});
