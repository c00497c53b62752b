import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { htmlValidateConfig } from '../../../scripts/lint-html.ts';

const validator = new HtmlValidate(htmlValidateConfig);
const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
const page = (body: string, head = CSP) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body><main><h1>T</h1>${body}</main></body></html>`;
/** The rule ids and messages the validator reports for a page. */
const errors = async (html: string) =>
  (await validator.validateString(html)).results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));

describe('htmlValidateConfig', () => {
  it('accepts a valid page with a policy and a well-behaved external link', async () => {
    assert.deepEqual(await errors(page('<p><a href="https://example.org/" rel="noopener noreferrer">x</a></p>')), []);
  });
  it('rejects an inline event handler, naming it', async () => {
    assert.deepEqual(await errors(page('<p><button type="button" onclick="go()">x</button></p>')), [
      'site/no-inline-handler: inline event handler "onclick" is blocked by the Content-Security-Policy; attach the listener in an Astro <script> instead',
    ]);
  });
  it('rejects a style attribute', async () => {
    const e = await errors(page('<p style="color: red">x</p>'));
    assert.equal(e.length, 1);
    assert.match(e[0], /^no-inline-style:/);
  });
  it('rejects an external link without rel="noopener noreferrer"', async () => {
    assert.deepEqual(await errors(page('<p><a href="https://example.org/" rel="noopener">x</a></p>')), [
      'site/external-link-rel: link to another site (https://example.org/) lacks rel="noreferrer"; write rel="noopener noreferrer"',
    ]);
  });
  it('rejects a page without a Content-Security-Policy <meta> tag', async () => {
    const e = await errors(page('<p>x</p>', ''));
    assert.deepEqual(e, [
      'site/csp-meta: expected one Content-Security-Policy <meta> tag, found 0; keep security.csp enabled in astro.config.mjs and render the page through src/layouts/Base.astro',
    ]);
  });
  it('rejects invalid HTML', async () => {
    const e = await errors(page('<p><div>x</div></p>'));
    assert.ok(e.length > 0);
  });
});
