// Every page carries a strict Content-Security-Policy <meta> tag (the nginx headers repeat it), and every
// inline script it holds is allowed by its hash, not by 'unsafe-inline', and no other script's hash is listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { findAll } from '../helpers/html.ts';
import { BUILDS, builtPages, readPage } from '../helpers/site.ts';

/** The directives of a policy, by name. */
const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k, v] as const),
  );

for (const { outDir } of BUILDS) {
  for (const page of builtPages(outDir)) {
    test(`${outDir}: /${page} has one strict Content-Security-Policy, which allows its inline scripts by hash`, () => {
      const doc = readPage(outDir, page);
      const metas = findAll(
        doc,
        (e) => e.tag === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'content-security-policy',
      );
      assert.equal(metas.length, 1, 'one Content-Security-Policy <meta> tag');
      const d = directives(metas[0].attrs.content);
      assert.deepEqual(d.get('default-src'), ["'self'"]);
      assert.deepEqual(d.get('object-src'), ["'none'"]);
      assert.deepEqual(d.get('base-uri'), ["'self'"]);
      for (const name of ['script-src', 'style-src', 'default-src']) {
        for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'])
          assert.ok(!(d.get(name) ?? []).includes(unsafe), `${name} must not allow ${unsafe}`);
      }
      const inline = findAll(
        doc,
        (e) => e.tag === 'script' && !e.attrs.src && (e.attrs.type ?? 'module') !== 'application/ld+json',
      );
      for (const s of inline) {
        const hash = `'sha256-${createHash('sha256').update(s.text).digest('base64')}'`;
        assert.ok(
          (d.get('script-src') ?? []).includes(hash),
          `script-src allows the inline script "${s.text.slice(0, 60)}…" by its hash ${hash}`,
        );
      }
    });

    test(`${outDir}: /${page} allows by hash only the inline scripts it holds (withOwnScriptHashes)`, () => {
      const doc = readPage(outDir, page);
      const policy = findAll(
        doc,
        (e) => e.tag === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'content-security-policy',
      )[0].attrs.content;
      const own = findAll(
        doc,
        (e) => e.tag === 'script' && !e.attrs.src && (e.attrs.type ?? 'module') !== 'application/ld+json',
      ).map((s) => `'sha256-${createHash('sha256').update(s.text).digest('base64')}'`);
      const listed = (directives(policy).get('script-src') ?? []).filter((v) => v.startsWith("'sha256-"));
      assert.ok(listed.length > 0, 'the page has an inline script, so its hash is listed (the check is not vacuous)');
      assert.deepEqual(
        listed.filter((h) => !own.includes(h)),
        [],
        'hashes of scripts this page does not hold: each would let an injected copy of that script run here',
      );
    });
  }
}
