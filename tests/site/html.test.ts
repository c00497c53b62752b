// Every built page is valid HTML and keeps the promises a strict Content-Security-Policy and the privacy
// rule make: no style attributes, no inline event handlers, one CSP <meta> tag, and links to other sites
// that carry rel="noopener noreferrer". Runs after the build (a step of `npm test`, or `npm run test:site`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { htmlValidateConfig } from '../../scripts/lint-html.ts';
import { builtPages } from '../helpers/site.ts';
import { ROOT } from '../helpers/fixture.ts';

const validator = new HtmlValidate(htmlValidateConfig);
const text = formatterFactory('text');

for (const outDir of ['dist', 'dist-sub']) {
  describe(`the pages built in ${outDir}/`, () => {
    const pages = builtPages(outDir);
    it('exist', () => assert.ok(pages.length > 0, `no pages in ${outDir}/: build first (npm run build)`));
    for (const page of pages) {
      it(`/${page} is valid HTML`, async () => {
        const file = join(ROOT, outDir, page.endsWith('.html') ? page : `${page}index.html`);
        const report = await validator.validateString(readFileSync(file, 'utf8'), file);
        assert.ok(report.valid, text(report.results));
      });
    }
  });
}
