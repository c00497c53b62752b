import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rehypeBaseLinks, linkWithBase } from '../../../src/build/rehype-base-links.ts';

describe('linkWithBase(href, base)', () => {
  it('puts the base path in front of root-relative site addresses', () => {
    assert.equal(linkWithBase('/sources/', '/sub/path/'), '/sub/path/sources/');
    assert.equal(linkWithBase('/#contents', '/sub/path'), '/sub/path/#contents');
  });
  it('leaves fragments, other sites, already-based addresses and the root base alone', () => {
    for (const href of ['#x', 'https://example.org/', '//example.org/', '/sub/path/sources/'])
      assert.equal(linkWithBase(href, '/sub/path/'), href);
    assert.equal(linkWithBase('/sources/', '/'), '/sources/');
  });
});

describe('rehypeBaseLinks({ base })', () => {
  it('rewrites the href of every link in the tree, however deep', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'element', tagName: 'a', properties: { href: '/legal-response/#najaf-verdict' }, children: [] },
          ],
        },
      ],
    };
    rehypeBaseLinks({ base: '/sub/' })(tree);
    assert.equal(
      (tree.children[0].children[0].properties as { href: string }).href,
      '/sub/legal-response/#najaf-verdict',
    );
  });
});
