import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  COMMON_HEADERS,
  CROSS_ORIGIN,
  cspFromHtml,
  formatHeadersFile,
  headerPolicy,
  headerRules,
  headersFor,
  parseHeadersFile,
  withOwnScriptHashes,
} from '../../../src/build/headers.ts';
import { createHash } from 'node:crypto';
import { renderNginxConf } from '../../../deploy/nginx-conf.ts';

const page = (csp: string | null) =>
  `<!DOCTYPE html><html><head>${csp === null ? '' : `<meta http-equiv="content-security-policy" content="${csp}">`}</head><body></body></html>`;
const META = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-abc='";

describe('cspFromHtml(html)', () => {
  it('reads the policy of the <meta http-equiv> tag, decoding entities', () => {
    assert.equal(cspFromHtml(page('default-src &#39;self&#39;')), "default-src 'self'");
  });
  it('returns null when the page has none', () => assert.equal(cspFromHtml(page(null)), null));
});

describe('withOwnScriptHashes(html)', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const RUN = 'document.documentElement.className = "js";';
  const OTHER = 'console.log("another page\'s script");';
  const withScripts = (csp: string, body: string) =>
    `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;
  const scriptSrc = (html: string) => /script-src([^;"]*)/.exec(cspFromHtml(html)!)![1].trim();

  it("keeps the hashes of the page's own inline scripts and drops the others", () => {
    const html = withScripts(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(OTHER)} ${sha(RUN)}; style-src 'self' ${sha('a{}')}`,
      `<script>${RUN}</script>`,
    );
    const out = withOwnScriptHashes(html);
    assert.equal(scriptSrc(out), `'self' 'wasm-unsafe-eval' ${sha(RUN)}`);
    assert.match(
      cspFromHtml(out)!,
      new RegExp(`style-src 'self' ${sha('a{}').replace(/[+/]/g, '\\$&')}`),
      'style-src as it was',
    );
    assert.equal(out.replace(/<meta[^>]*>/, ''), html.replace(/<meta[^>]*>/, ''), 'nothing outside the policy changes');
  });

  it('does not count a script loaded from a file or JSON-LD data as a script of the page', () => {
    const html = withScripts(
      `script-src 'self' ${sha('x()')} ${sha('{}')}`,
      `<script type="module" src="/a.js">x()</script><script type="application/ld+json">{}</script>`,
    );
    assert.equal(scriptSrc(withOwnScriptHashes(html)), "'self'");
  });

  it('reads hashes quoted as entities', () => {
    const html = withScripts(
      `script-src &#39;self&#39; ${sha(RUN).replace(/'/g, '&#39;')} ${sha(OTHER).replace(/'/g, '&#39;')}`,
      `<script>${RUN}</script>`,
    );
    assert.equal(scriptSrc(withOwnScriptHashes(html)), `'self' ${sha(RUN)}`);
  });
});

describe('headerPolicy(metaPolicy, embed)', () => {
  it("adds frame-ancestors 'none' to an ordinary page and normalises spacing", () => {
    assert.equal(
      headerPolicy(META, false),
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
    );
  });
  it('lets any site frame an embed, replacing any frame-ancestors already there', () => {
    assert.equal(
      headerPolicy("default-src 'self'; frame-ancestors 'self'", true),
      "default-src 'self'; frame-ancestors *",
    );
  });
});

describe('headerRules(pages, base)', () => {
  const rules = headerRules(
    [
      { urlPath: '/s/x/', html: page(META) },
      { urlPath: '/s/embed/figures-chart/', html: page(META) },
    ],
    '/s/',
  );
  it('gives every path the common headers and each page its own policy and framing rule', () => {
    assert.deepEqual(rules[0], { path: '/s/*', headers: COMMON_HEADERS });
    assert.deepEqual(headersFor(rules, '/s/x/index.html'), {
      ...COMMON_HEADERS,
      'Content-Security-Policy': headerPolicy(META, false),
      'X-Frame-Options': 'DENY',
    });
    const embed = headersFor(rules, '/s/embed/figures-chart/');
    assert.equal(embed['X-Frame-Options'], undefined);
    assert.match(embed['Content-Security-Policy'], /frame-ancestors \*$/);
  });
  it('lets other sites load the embed pages and the embed script, and only those', () => {
    const corp = (path: string) => headersFor(rules, path)['Cross-Origin-Resource-Policy'];
    assert.deepEqual(['/s/embed/figures-chart/', '/s/embed.js', '/s/x/', '/s/_astro/a.js', '/s/data/x.csv'].map(corp), [
      'cross-origin',
      'cross-origin',
      'same-origin',
      'same-origin',
      'same-origin',
    ]);
  });
  it('keeps the strict policy of an embed page, adding only the framing rule', () => {
    assert.equal(
      headersFor(rules, '/s/embed/figures-chart/index.html')['Content-Security-Policy'],
      headerPolicy(META, true),
    );
  });
  it('refuses a page without a policy, naming it and the fix', () => {
    assert.throws(
      () => headerRules([{ urlPath: '/s/bare/', html: page(null) }], '/s/'),
      /\/s\/bare\/ has no Content-Security-Policy <meta> tag.*Fix: keep security\.csp enabled/,
    );
  });
  it('survives a round trip through the _headers format', () => {
    assert.deepEqual(parseHeadersFile(formatHeadersFile(rules)), rules);
  });
});

describe('renderNginxConf(options)', () => {
  const rules = headerRules(
    [
      { urlPath: '/s/x/', html: page(META) },
      { urlPath: '/s/embed/c/', html: page(META) },
    ],
    '/s/',
  );
  const conf = renderNginxConf({ port: 4445, base: '/s/', webroot: '/w/', tmp: '/t', rules });
  it('maps each page, by both of its URIs, to its own policy', () => {
    assert.ok(
      conf.includes(
        `    "/s/x/" "${headerPolicy(META, false)}";\n    "/s/x/index.html" "${headerPolicy(META, false)}";`,
      ),
    );
  });
  it('adds the common headers at server level and serves the 404 page for unknown addresses', () => {
    for (const [k, v] of Object.entries(COMMON_HEADERS))
      if (!(k in CROSS_ORIGIN)) assert.ok(conf.includes(`add_header ${k} "${v}" always;`), k);
    assert.match(conf, /error_page 404 \/s\/404\.html;/);
    assert.match(conf, /listen 127\.0\.0\.1:4445;/);
    assert.doesNotMatch(conf, /\{\{/);
  });
  it('sends a common header that some paths replace once, from a map whose default is the common value', () => {
    assert.match(conf, /add_header Cross-Origin-Resource-Policy \$common_cross_origin_resource_policy always;/);
    assert.match(
      conf,
      /map \$uri \$common_cross_origin_resource_policy \{\n {4}default "same-origin";\n {4}"\/s\/embed\/c\/" "cross-origin";\n {4}"\/s\/embed\/c\/index\.html" "cross-origin";\n {4}"\/s\/embed\.js" "cross-origin";\n {2}\}/,
    );
    assert.doesNotMatch(conf, /add_header Cross-Origin-Resource-Policy "/);
  });
  it('rejects a base path without its slashes', () => {
    assert.throws(
      () => renderNginxConf({ port: 1, base: '/s', webroot: '/w', tmp: '/t', rules }),
      /base must start and end with "\/"/,
    );
  });
});
