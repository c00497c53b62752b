// Golden test of the build: builds the frozen fixture content (tests/fixtures/content/, both editions)
// once, and compares selected outputs with their stored copies in tests/golden/expected/build/: the
// <main> of each theme page and of the sources and updates pages in both editions, the <head> of one
// theme page per edition, every CSV and JSON under data/, the _headers file, the feed, robots.txt and
// the sitemap. One test per file. `npm run golden:update` rewrites the copies; CI never does.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, EXPECTED, FIXTURE, UPDATING, compareGolden, compareFileSet, expectedFiles } from './golden.ts';

/** The fixture build's own output and cache folders, so the real build's content store is never touched. */
const OUT = join(ROOT, '.cache/golden/dist');
const CACHE = join(ROOT, '.cache/golden/astro');
/**
 * A public address for the fixture build, on the reserved .test domain, so canonical links, the feed,
 * the sitemap and the CSV link column are pinned with a real-looking address that can never be reached.
 */
const SITE_URL = 'https://golden-fixture.test';

/**
 * What is normalised before comparing HTML, and why. Nothing else is: every other byte of the
 * fragment is compared.
 *  1. Asset names under /_astro/ lose their content hash (Base.D18tpVsT.css → Base.[hash].css): the
 *     hash changes with any edit to a stylesheet or script, which these files do not pin.
 *  2. The body of an inline <script> (other than JSON-LD, which is content) becomes "[inline script]":
 *     it is the minified bundle of src/client/, whose code has its own tests and whose minified text
 *     changes with the bundler.
 *  3. CSP hashes ('sha256-…') become 'sha256-[hash]': they are hashes of those scripts and styles. How
 *     many there are, and in which directive, is still compared.
 *  4. A line break is put before every opening tag, so that the stored file has about one element per
 *     line and a change shows as a readable diff. (A line break the build itself wrote just before an
 *     opening tag is therefore not told apart from none: that whitespace is the only thing this hides.)
 */
/** Normalisation 1 alone: asset names under /_astro/ without their content hash (also for _headers). */
export const normaliseAssetNames = (text: string) =>
  text.replace(
    /\/_astro\/([\w-]+(?:\.[\w-]+)*?)\.[\w-]{8}\.(css|js|mjs|woff2?|svg|png|jpe?g|webp|avif)\b/g,
    '/_astro/$1.[hash].$2',
  );

export function normaliseHtml(html: string): string {
  return normaliseHashes(
    normaliseAssetNames(html).replace(
      /<script\b(?![^>]*application\/ld\+json)([^>]*)>[\s\S]+?<\/script>/g,
      '<script$1>[inline script]</script>',
    ),
  ).replace(/(?<!^|\n)<(?=[a-zA-Z!])/g, '\n<');
}

/** Normalisation 3 alone (for _headers, which repeats the pages' CSP). */
export const normaliseHashes = (text: string) => text.replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'/g, "'sha$1-[hash]'");

/** The one <tag …>…</tag> element of a page, e.g. its <main>; fails when there is not exactly one. */
function element(html: string, tag: string, page: string): string {
  const open = html.match(new RegExp(`<${tag}\\b`, 'g'))?.length ?? 0;
  assert.equal(open, 1, `${page} should have exactly one <${tag}>, found ${open}`);
  const start = html.search(new RegExp(`<${tag}\\b`));
  const end = html.indexOf(`</${tag}>`, start);
  assert.ok(end > start, `${page}: <${tag}> is not closed`);
  return html.slice(start, end + tag.length + 3);
}

const read = (rel: string) => {
  const path = join(OUT, rel);
  assert.ok(existsSync(path), `the fixture build wrote no ${rel}`);
  return readFileSync(path);
};

/** HTML fragments: [page in the build, element]. The expected file is build/<page without .html>.<element>.html. */
const FRAGMENTS: [string, 'main' | 'head'][] = [
  ['findings/index.html', 'main'],
  ['ar/findings/index.html', 'main'],
  ['methodology/index.html', 'main'],
  ['ar/methodology/index.html', 'main'],
  ['sources/index.html', 'main'],
  ['ar/sources/index.html', 'main'],
  ['updates/index.html', 'main'],
  ['ar/updates/index.html', 'main'],
  ['findings/index.html', 'head'],
  ['ar/findings/index.html', 'head'],
];

/** Whole text files compared as written (only CSP hashes and asset names normalised in _headers). */
const FILES = ['_headers', 'updates.xml', 'robots.txt', 'sitemap-0.xml', 'sitemap-index.xml'];

/** The downloads: every CSV and JSON under data/ (data/index.html is a page, not a download). */
const isDownload = (f: string) => /\.(csv|json)$/.test(f);
/** The expected file of an HTML fragment. */
const fragmentFile = (page: string, tag: string) => `build/${page.replace(/\.html$/, '')}.${tag}.html`;
const downloads = () =>
  new Map(
    readdirSync(join(OUT, 'data'))
      .filter(isDownload)
      .sort()
      .map((f) => [f, readFileSync(join(OUT, 'data', f))] as const),
  );

describe('the fixture build matches tests/golden/expected/build/', () => {
  before(
    async () => {
      rmSync(OUT, { recursive: true, force: true });
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        CONTENT_DIR: FIXTURE,
        OUT_DIR: OUT,
        ASTRO_CACHE_DIR: CACHE,
        SITE_URL,
        ASTRO_TELEMETRY_DISABLED: '1',
      };
      delete env.BASE_PATH;
      try {
        await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
          cwd: ROOT,
          env,
          maxBuffer: 64 * 1024 * 1024,
          timeout: 9 * 60_000,
        });
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string; message: string };
        throw new Error(
          `the build of tests/fixtures/content failed:\n${(err.stdout ?? '').slice(-4000)}\n${(err.stderr ?? err.message).slice(-4000)}`,
          { cause: e },
        );
      }
    },
    // One build of a small fixture takes about 10 s on a quiet machine; a busy one can take many times that.
    { timeout: 10 * 60_000 },
  );

  for (const [page, tag] of FRAGMENTS) {
    it(`<${tag}> of ${page}`, (t) => {
      const html = read(page).toString('utf8');
      compareGolden(
        t,
        fragmentFile(page, tag),
        `${normaliseHtml(element(html, tag, page))}\n`,
        `the <${tag}> of ${page} in the fixture build`,
      );
    });
  }

  for (const file of FILES) {
    it(file, (t) => {
      const bytes = read(file);
      compareGolden(
        t,
        `build/${file}`,
        file === '_headers' ? normaliseAssetNames(normaliseHashes(bytes.toString('utf8'))) : bytes,
        `${file} of the fixture build`,
      );
    });
  }

  // One test per download known to the expected files, compared byte for byte (the CSVs' byte order
  // mark and CRLF line ends included: spreadsheets need them for Arabic).
  for (const f of expectedFiles('build/data')) {
    it(`data/${f}`, (t) => compareGolden(t, `build/data/${f}`, read(`data/${f}`), `data/${f} of the fixture build`));
  }

  it('data/ holds exactly the downloads that have expected files', (t) =>
    compareFileSet(t, 'build/data', downloads(), 'the fixture build'));

  it('expected/build/ holds no file that is no longer compared', () => {
    const compared = new Set([
      ...FRAGMENTS.map(([page, tag]) => fragmentFile(page, tag)),
      ...FILES.map((f) => `build/${f}`),
    ]);
    const stale = expectedFiles('build')
      .map((f) => `build/${f}`)
      .filter((f) => !f.startsWith('build/data/') && !compared.has(f));
    if (UPDATING) {
      for (const f of stale) rmSync(join(EXPECTED, f));
      return;
    }
    assert.deepEqual(
      stale,
      [],
      `tests/golden/expected/ holds files this test no longer compares: ${stale.join(', ')}. Run \`npm run golden:update\` and review the diff.`,
    );
  });
});
