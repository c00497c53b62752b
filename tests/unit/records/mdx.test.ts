import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanMdx, uniqueIds, splitFrontmatter } from '../../../src/records/mdx.ts';

describe('scanMdx(body) attributes', () => {
  it('reads quoted and braced attributes as text', () => {
    assert.deepEqual(scanMdx(`<Cite id="a-b" level={3} by={true} x='y' s={"z"} />`).cites[0].attrs, {
      id: 'a-b',
      level: '3',
      by: 'true',
      x: 'y',
      s: 'z',
    });
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
    assert.deepEqual(
      scan.estimates.map((e) => [e.attrs.id, e.attrs.by, e.line]),
      [['est-1', 'true', 3]],
    );
    assert.deepEqual(uniqueIds(scan.charts), ['timeline']);
  });
  it('reports Markdown headings and headings without an id', () => {
    assert.deepEqual(scan.markdownHeadings, [{ text: 'A markdown heading', line: 7 }]);
    assert.deepEqual(scan.badHeadings, [{ line: 8, problem: 'has no id' }]);
  });
});

describe('splitFrontmatter(src)', () => {
  it('splits on the first two "---" lines and gives the line the body starts on', () => {
    assert.deepEqual(splitFrontmatter('---\ntitle: A\norder: 1\n---\nBody\n'), {
      frontmatter: 'title: A\norder: 1',
      body: 'Body\n',
      bodyLine: 5,
    });
  });
  it('keeps CRLF files apart the same way', () => {
    assert.deepEqual(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody'), {
      frontmatter: 'title: A',
      body: 'Body',
      bodyLine: 4,
    });
  });
  it('finds no frontmatter when the file does not open with "---"', () => {
    assert.deepEqual(splitFrontmatter('title: A\n---\nBody'), {
      frontmatter: null,
      body: 'title: A\n---\nBody',
      bodyLine: 1,
    });
  });
});

describe('scanMdx(body, firstLine) positions', () => {
  it('gives lines of the file when told where the body starts', () => {
    assert.deepEqual(
      scanMdx('\n<Cite id="a" />\n', 7).cites.map((c) => c.line),
      [8],
    );
  });
  it('reports a syntax error instead of throwing', () => {
    const scan = scanMdx('Text <Cite id="a">\n\nmore\n', 3);
    assert.equal(scan.error?.line, 3);
    assert.match(scan.error?.reason ?? '', /closing tag for `<Cite>`/);
  });
});
