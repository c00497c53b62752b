import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanMdx, uniqueIds, splitFrontmatter } from '../../../src/records/mdx.ts';

describe('scanMdx(body) attributes', () => {
  it('reads quoted and braced attributes as text', () => {
    assert.deepEqual(scanMdx(`<Cite id="a-b" level={3} by={true} x='y' s={"z"} />`).cites[0].attrs, { id: 'a-b', level: '3', by: 'true', x: 'y', s: 'z' });
  });
});

describe('scanMdx(body)', () => {
  const body = [
    '<Heading id="channels">The *channels*</Heading>',
    '',
    'Text<Cite id="src-a" /> and <Estimate id="est-1" by={true} />.',
    '',
    '{/* <Cite id="commented-out" /> */}',
    '<Heading id="sub" level={3}>Sub</Heading>',
    '## A markdown heading',
    '<Heading>No id</Heading>',
    '<Chart id="timeline" />',
  ].join('\n');
  const scan = scanMdx(body);
  it('finds headings with ids, levels, text and lines', () => {
    assert.deepEqual(scan.headings, [
      { id: 'channels', aliases: [], level: 2, text: 'The channels', line: 1 },
      { id: 'sub', aliases: [], level: 3, text: 'Sub', line: 6 },
    ]);
  });
  it('finds citations, estimates and charts, skipping comments', () => {
    assert.deepEqual(uniqueIds(scan.cites), ['src-a']);
    assert.deepEqual(scan.estimates.map((e) => [e.attrs.id, e.attrs.by, e.line]), [['est-1', 'true', 3]]);
    assert.deepEqual(uniqueIds(scan.charts), ['timeline']);
  });
  it('reports Markdown headings and headings without an id', () => {
    assert.deepEqual(scan.markdownHeadings, [{ text: 'A markdown heading', line: 7 }]);
    assert.deepEqual(scan.badHeadings, [{ line: 8, problem: 'has no id' }]);
  });
});
