import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { embedCode } from '../../../src/format/embed.ts';

describe('embedCode(input)', () => {
  const code = embedCode({
    src: 'https://example.org/embed/figures-chart/',
    title: 'Every figure on "one" scale & more',
  });
  it('is one iframe pointing at the embed page, titled for screen readers', () => {
    assert.match(code, /^<iframe src="https:\/\/example\.org\/embed\/figures-chart\/" /);
    assert.match(code, / title="Every figure on &quot;one&quot; scale &amp; more" /);
    assert.match(code, /<\/iframe>$/);
  });
  it('loads lazily, sends no referrer and is sandboxed', () => {
    assert.match(code, / loading="lazy" /);
    assert.match(code, / referrerpolicy="no-referrer" /);
    assert.match(code, / sandbox="allow-scripts allow-popups allow-top-navigation-by-user-activation" /);
  });
  it('takes a height', () =>
    assert.match(embedCode({ src: 'https://x.org/', title: 't', height: 500 }), / height="500" /));
});
