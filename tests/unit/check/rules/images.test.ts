import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkImageAlt } from '../../../../src/check/rules/images.ts';
import { scanMdx } from '../../../../src/records/mdx.ts';
import { validateContent, formatProblems } from '../../../../src/check/index.ts';
import { CHART_IDS } from '../../../../src/charts/ids.ts';
import { ContentFixture } from '../../../helpers/fixture.ts';

const body = (text: string) => [{ file: 'content/themes/en/x.mdx', scan: scanMdx(text, 6) }];

describe('checkImageAlt(themes)', () => {
  it('accepts images that describe what they show', () => {
    assert.deepEqual(
      checkImageAlt(body('Text.\n\n![Map of Iraq](map.png)\n\n<img src="a.png" alt="A chart" />\n')),
      [],
    );
  });
  it('reports a Markdown image with empty alt text, with the file line and the fix', () => {
    assert.deepEqual(checkImageAlt(body('Text.\n\n![ ](/images/map.png)\n')), [
      {
        file: 'content/themes/en/x.mdx',
        field: 'image /images/map.png',
        line: 8,
        message: 'has no alt text',
        fix: 'describe what the image shows between the brackets: ![Map of the recruitment routes](map.png)',
      },
    ]);
  });
  it('reports an <img> without alt, and one with an empty alt', () => {
    const p = checkImageAlt(body('<img src="a.png" />\n<img src={"b.png"} alt="" />\n'));
    assert.deepEqual(
      p.map((x) => [x.field, x.line, x.message, x.fix]),
      [
        ['<img src="a.png">', 6, 'has no alt attribute', 'add alt="..." describing what the image shows'],
        ['<img src="b.png">', 7, 'has an empty alt attribute', 'add alt="..." describing what the image shows'],
      ],
    );
  });
  it('ignores examples in code', () => {
    assert.deepEqual(checkImageAlt(body('```\n![](a.png)\n```\nand `<img src="b.png">`\n')), []);
  });
});

describe('validateContent with an image without alt text', () => {
  const f = new ContentFixture();
  after(() => f.cleanup());
  it('names the file, its line, the image and the fix', () => {
    f.append('themes/en/legal-response.mdx', '\n![](/images/court.jpg)\n');
    const { problems } = validateContent({ root: f.dir, contentDir: f.dir, charts: CHART_IDS });
    assert.equal(problems.length, 1, formatProblems(problems));
    assert.match(
      formatProblems(problems),
      /themes\/en\/legal-response\.mdx:\d+\n {4}image \/images\/court\.jpg: has no alt text\n {4}Fix: describe what the image shows between the brackets/,
    );
  });
});
