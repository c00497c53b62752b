import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  exactMatch,
  normalise,
  quotationFound,
  quotedSpans,
  typographicDifferences,
  wordsOf,
} from '../../../../src/check/sources/text.ts';

const ARTICLE =
  'The town’s “fishing families” — all of them — voted on Tuesday.\nThe work would cost closer to 40,000 crowns.';

describe('normalise(text)', () => {
  it('makes quotes, apostrophes, dashes and whitespace one, and maps back to the original', () => {
    const n = normalise('a’s “b” –  c\n d');
    assert.equal(n.text, 'a\'s "b"-c d');
    assert.equal(n.at.length, n.text.length);
  });
});

describe('quotationFound(quotation, article)', () => {
  it('finds a quotation with straight apostrophes, quotes and dashes in an article with typographic ones', () => {
    assert.ok(quotationFound('town\'s "fishing families" - all', ARTICLE));
  });
  it('lets the first letter take either case, and nothing else', () => {
    assert.ok(quotationFound('Fishing families', ARTICLE));
    assert.ok(!quotationFound('fishing Families', ARTICLE));
  });
  it('lets a line break stand for a space, and drops punctuation that ends the sentence', () => {
    assert.ok(quotationFound('Tuesday. The work,', ARTICLE));
  });
  it('reads an ellipsis as words left out, the pieces in order', () => {
    assert.ok(quotationFound('voted on … closer to 40,000', ARTICLE));
    assert.ok(!quotationFound('closer to 40,000 … voted on', ARTICLE));
  });
  it('does not find words the article does not have', () => {
    assert.ok(!quotationFound('about 40,000 crowns', ARTICLE));
  });
});

describe('exactMatch(text, article)', () => {
  it('is exact when the characters are the article’s', () => {
    assert.deepEqual(exactMatch('The town’s “fishing families”', ARTICLE), { kind: 'exact' });
  });
  it('gives the article’s own characters when only typographic characters differ', () => {
    assert.deepEqual(exactMatch('The town\'s "fishing families"', ARTICLE), {
      kind: 'typographic',
      original: 'The town’s “fishing families”',
    });
  });
  it('is null when the words are not there', () => assert.equal(exactMatch('The city’s', ARTICLE), null));
});

describe('typographicDifferences(record, original)', () => {
  it('names each character to copy, with its code point', () => {
    assert.deepEqual(typographicDifferences("town's", 'town’s'), [
      'the article writes "’" (U+2019) where the record has "\'" (U+0027)',
    ]);
  });
});

describe('wordsOf(text)', () => {
  it('case-folds, strips punctuation, keeps numbers, and splits at dashes and slashes', () => {
    assert.deepEqual(
      wordsOf('The town’s 40,000 “crowns” — Al Arabiya/Al Hadath, high-level.').map((w) => w.word),
      ['the', 'towns', '40000', 'crowns', 'al', 'arabiya', 'al', 'hadath', 'high', 'level'],
    );
  });
});

describe('quotedSpans(text)', () => {
  it('finds “…” and "…" passages, and leaves an unpaired mark alone', () => {
    const t = 'a “b c” d "e" f "g';
    assert.deepEqual(
      quotedSpans(t).map(([s, e]) => t.slice(s, e)),
      ['b c', 'e'],
    );
  });
  it('keeps straight quotes inside a typographic quotation part of it', () => {
    const t = '“he said "no" twice” and "yes"';
    assert.deepEqual(
      quotedSpans(t).map(([s, e]) => t.slice(s, e)),
      ['he said "no" twice', 'yes'],
    );
  });
});
