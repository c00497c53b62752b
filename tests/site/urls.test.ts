// Addresses in the built files, read without a browser. dist/ is built without a public address and
// must hold no made-up host; dist-sub/ is built with SITE_URL=https://news.test BASE_PATH=/sub/path/
// and every URL that refers to the site must use that address (see src/urls.ts, content/site.yaml).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { csvParse } from 'd3-dsv';
import { ROOT } from '../helpers/fixture.ts';

/** The address dist-sub/ is built with (scripts/test.mjs sets SITE_URL and BASE_PATH). */
const SITE = 'https://news.test/sub/path/';
/** Files whose text readers or machines get: pages, feeds, robots, downloads, scripts, the manifest, _headers. */
const TEXT = new Set(['.html', '.xml', '.txt', '.csv', '.json', '.js', '.mjs', '.webmanifest', '.css', '.svg', '']);

function textFiles(outDir: string): { file: string; text: string }[] {
  const dir = join(ROOT, outDir);
  assert.ok(existsSync(dir), `${outDir}/ does not exist: build it first (npm run build)`);
  const out: { file: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (TEXT.has(extname(f))) out.push({ file: relative(dir, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}
const read = (outDir: string, path: string) => readFileSync(join(ROOT, outDir, path), 'utf8');
/** Undoes the escapes Astro writes in text and attribute values. */
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** The first capture of a pattern in a built file, decoded; fails naming the file when absent. */
function pick(text: string, pattern: RegExp, where: string): string {
  const m = pattern.exec(text);
  assert.ok(m, `${where}: no match for ${pattern}`);
  return decode(m[1]);
}
/** Lines of files under dir that match a pattern, as "file: …excerpt…". */
const hits = (files: { file: string; text: string }[], pattern: RegExp) =>
  files.flatMap(({ file, text }) =>
    [...text.matchAll(new RegExp(pattern, 'g'))].map(
      (m) => `${file}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`,
    ),
  );

describe('dist/ (built without a public address)', () => {
  const files = textFiles('dist');
  it('names no localhost in any file', () => assert.deepEqual(hits(files, /localhost/i), []));
  it('names no 127.0.0.1 in any file', () => assert.deepEqual(hits(files, /127\.0\.0\.1/), []));
  it("names no example.* host in any file, but for the search library's private parsing base", () => {
    // Pagefind's bundle parses result paths against new URL(`https://example.com${path}`) and strips the
    // host again (.replace(/^https:\/\/example.com/, "")): it never reaches a reader or the network.
    const parsingBase =
      /^pagefind\/pagefind(-worker)?\.js: .*(new URL\(`https:\/\/example\.com\$\{|replace\(\/\^https:\\\/\\\/example\.com\/)/;
    const found = hits(files, /example\.[a-z]{2,}/i).filter((h) => !parsingBase.test(h));
    assert.deepEqual(found, []);
  });
  it('has no canonical link, og:url or og:image, which must be absolute', () => {
    const html = read('dist', 'overview/index.html');
    assert.doesNotMatch(html, /rel="canonical"|property="og:url"|property="og:image"|name="twitter:image"/);
  });
  it('has no sitemap and no sitemap line in robots.txt', () => {
    assert.equal(existsSync(join(ROOT, 'dist', 'sitemap-index.xml')), false);
    assert.doesNotMatch(read('dist', 'robots.txt'), /Sitemap:/);
  });
  it('gives the feed absolute urn:uuid ids and site-relative links, and no self link', () => {
    const xml = read('dist', 'updates.xml');
    assert.match(
      pick(xml, /<feed[^>]*>\s*<id>([^<]+)<\/id>/, 'updates.xml'),
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    assert.doesNotMatch(xml, /rel="self"/);
    assert.equal(
      pick(xml, /<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/, 'updates.xml').startsWith(
        '/updates/#update-',
      ),
      true,
    );
  });
  it('writes site-relative paths in the CSV link column', () => {
    const rows = csvParse(read('dist', 'data/sources.csv').replace(/^\uFEFF/, ''));
    assert.match(rows[0].link!, /^\/sources\/#/);
  });
  it("writes citations without a URL and hands the page's script the citation to complete", () => {
    const html = read('dist', 'overview/index.html');
    assert.match(pick(html, /<p class="citation" id="cite-text">([^<]*)<\/p>/, 'overview/'), /updated \d+ \w+ \d{4}$/);
    assert.match(html, /<details class="cite-this" id="cite" data-citation="/);
  });
});

describe(`dist-sub/ (built with SITE_URL=https://news.test BASE_PATH=/sub/path/)`, () => {
  const page = 'overview/index.html';
  const html = () => read('dist-sub', page);
  const canonical = () => pick(html(), /<link rel="canonical" href="([^"]+)"/, page);
  const ld = () => JSON.parse(pick(html(), /<script type="application\/ld\+json">([^<]+)<\/script>/, page));
  it('gives a page its canonical URL under the address', () =>
    assert.equal(canonical(), `${SITE}overview/`, 'build dist-sub with SITE_URL=https://news.test'));
  it('gives og:url the canonical URL', () =>
    assert.equal(pick(html(), /<meta property="og:url" content="([^"]+)"/, page), `${SITE}overview/`));
  it('gives og:image and twitter:image the share card under the address', () => {
    assert.equal(pick(html(), /<meta property="og:image" content="([^"]+)"/, page), `${SITE}og/overview.png`);
    assert.equal(pick(html(), /<meta name="twitter:image" content="([^"]+)"/, page), `${SITE}og/overview.png`);
  });
  it('uses the address in JSON-LD', () => {
    const d = ld();
    assert.deepEqual(
      [d.url, d.mainEntityOfPage, d.image.url, d.publisher.url],
      [`${SITE}overview/`, `${SITE}overview/`, `${SITE}og/overview.png`, SITE],
    );
  });
  it('lists the pages in the sitemap under the address', () => {
    assert.match(read('dist-sub', 'sitemap-index.xml'), new RegExp(`<loc>${SITE}sitemap-0\\.xml</loc>`));
    assert.match(read('dist-sub', 'sitemap-0.xml'), new RegExp(`<loc>${SITE}overview/</loc>`));
  });
  it('names the sitemap in robots.txt by its URL under the address', () =>
    assert.match(read('dist-sub', 'robots.txt'), new RegExp(`^Sitemap: ${SITE}sitemap-index\\.xml$`, 'm')));
  it("uses the address for the feed's id, self link and entries", () => {
    const xml = read('dist-sub', 'updates.xml');
    assert.equal(
      pick(xml, /<link rel="self" type="application\/atom\+xml" href="([^"]+)"/, 'updates.xml'),
      `${SITE}updates.xml`,
    );
    assert.equal(pick(xml, /<entry>\s*<id>([^<]+)<\/id>/, 'updates.xml').startsWith(`${SITE}updates/#update-`), true);
  });
  it('uses the address in the CSV link column', () => {
    const rows = csvParse(read('dist-sub', 'data/figures-chart.csv').replace(/^\uFEFF/, ''));
    assert.match(rows[0].link!, new RegExp(`^${SITE}charts/figures-chart/#`));
  });
  it('puts the canonical URL in the citation, BibTeX and CSL-JSON', () => {
    const h = html();
    // The address follows the words in a span of its own, which reads left to right in an Arabic citation.
    assert.equal(
      pick(
        h,
        /<p class="citation" id="cite-text">[^<]*<span class="citation-url" dir="ltr">([^<]*)<\/span><\/p>/,
        page,
      ),
      `${SITE}overview/`,
    );
    assert.match(
      pick(h, /<pre id="cite-bibtex"[^>]*>([^<]*)<\/pre>/, page),
      new RegExp(`\\n {2}url = \\{${SITE}overview/\\},`),
    );
    assert.equal(JSON.parse(pick(h, /<pre id="cite-csl"[^>]*>([^<]*)<\/pre>/, page))[0].URL, `${SITE}overview/`);
  });
  it('gives the embed code the embed page under the address', () => {
    const code = pick(
      read('dist-sub', 'charts/figures-chart/index.html'),
      /<pre class="embed-code" id="embed-code"[^>]*>([^<]*)<\/pre>/,
      'charts/figures-chart/',
    );
    assert.match(code, new RegExp(`^<iframe src="${SITE}embed/figures-chart/"`));
  });
  it("prints the page's URL under the address", () =>
    assert.equal(pick(html(), /<p class="print-only print-url"[^>]*>([^<]*)<\/p>/, page), `${SITE}overview/`));
});
