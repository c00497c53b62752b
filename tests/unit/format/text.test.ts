import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { plainText } from '../../../src/format/text.ts';

describe('plainText(html)', () => {
  it('drops tags and decodes character references', () => {
    assert.equal(
      plainText('Who&#39;s <em>targeted</em> &amp; &#x2014; <a href="#x">how</a>'),
      "Who's targeted & — how",
    );
  });
  it('collapses whitespace', () => assert.equal(plainText('  a\n  b  '), 'a b'));
  it('leaves unknown references as written', () => assert.equal(plainText('&bogus;'), '&bogus;'));
});
