import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { scanMdx } from '../../../../src/records/mdx.ts';
import { checkInternalLinks, type LinkTheme } from '../../../../src/check/rules/links.ts';
import { validateContent, formatProblems } from '../../../../src/check/index.ts';
import { CHART_IDS } from '../../../../src/charts/ids.ts';
import { ContentFixture } from '../../../helpers/fixture.ts';

const theme = (id: string, headings: string[], body = ''): LinkTheme => ({
  id,
  headings,
  charts: [],
  file: `content/themes/en/${id}.mdx`,
  scan: scanMdx(body, 6),
});
const site = {
  sources: ['shafaq-willing-to-enlist'],
  estimates: ['allawi-around-5000'],
  events: ['najaf-life-sentence'],
  pages: ['charts/*'],
};
/** Problems for one link written in the "legal" theme. */
const check = (link: string) => {
  const themes = [theme('legal', ['najaf-verdict', 'laws'], `Text.\n\nSee ${link}.\n`), theme('tactics', ['channels'])];
  return checkInternalLinks(themes, site).map((p) => `${p.field} (line ${p.line}): ${p.message}. Fix: ${p.fix}`);
};

describe('checkInternalLinks(themes, site)', () => {
  it('accepts links that resolve', () => {
    for (const ok of [
      '[the verdict](#najaf-verdict)',
      '[x](/tactics/#channels)',
      '[x](/#channels)',
      '[x](/sources/#shafaq-willing-to-enlist)',
      '<a href="/">home</a>',
      '[x](#ref-shafaq-willing-to-enlist)',
      '[x](/legal/#estimate-allawi-around-5000)',
      '[x](/charts/figures-chart/)',
      '[x](https://example.org/#nowhere)',
      '[x](mailto:a@b.org)',
    ]) {
      assert.deepEqual(check(ok), [], ok);
    }
  });
  it('reports a fragment that is on no page, listing the ids it could be', () => {
    assert.deepEqual(check('[x](#najaf)'), [
      'link #najaf (line 8): "#najaf" is not a section id of this theme. Fix: use the id of one of its <Heading>s (najaf-verdict, laws)',
    ]);
  });
  it('reports a fragment of another theme written as if it were on this page, with the address to use', () => {
    assert.deepEqual(check('[x](#channels)'), [
      'link #channels (line 8): "#channels" is a section of another theme (tactics), not of this page. Fix: write the link as /tactics/#channels',
    ]);
  });
  it('reports a page that does not exist', () => {
    assert.deepEqual(check('<a href="/tacticks/">x</a>'), [
      'link /tacticks/ (line 8): "/tacticks/" is not a page of this site. Fix: link to one of: /, /sources/, /legal/, /tactics/, /charts/*',
    ]);
  });
  it('reports a fragment missing from the page it names', () => {
    assert.deepEqual(check('[x](/tactics/#promises)'), [
      'link /tactics/#promises (line 8): "#promises" is not an id on /tactics/. Fix: use one of its section ids (tactics, channels)',
    ]);
  });
  it('reports relative addresses and a missing trailing slash', () => {
    assert.match(check('[x](../sources/)')[0], /is a relative address.*Fix: write site links from the site root/);
    assert.match(check('[x](/sources)')[0], /has no trailing slash.*Fix: write \/sources\/$/);
  });
});

describe('validateContent with a broken internal link', () => {
  const f = new ContentFixture();
  after(() => f.cleanup());
  it('names the file, its line, the link and the fix', () => {
    f.append('themes/en/legal-response.mdx', '\nAs shown in [the channels](/recruitment-tactics/#channel).\n');
    const { problems } = validateContent({ root: f.dir, contentDir: f.dir, charts: CHART_IDS });
    assert.equal(problems.length, 1, formatProblems(problems));
    assert.match(
      formatProblems(problems),
      /themes\/en\/legal-response\.mdx:\d+\n {4}link \/recruitment-tactics\/#channel: "#channel" is not an id on \/recruitment-tactics\/\n {4}Fix: use one of its section ids \(recruitment-tactics, .*\bchannels\b/,
    );
  });
});
