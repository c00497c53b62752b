// Invented quotes only: the articles' text never enters the repository.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXACT_MAX_CHARS,
  EXACT_MAX_WORDS,
  RANGE_WORDS,
  encodeTextDirective,
  textDirective,
  textFragmentUrl,
} from '../../../src/format/text-fragment.ts';

/** What a browser reads back from a term: the spec percent-decodes each term after splitting on "," and "&". */
const decode = (term: string) => decodeURIComponent(term);

describe('encodeTextDirective(term)', () => {
  it('encodes the three characters of the directive syntax: "&", "," and "-"', () =>
    assert.equal(encodeTextDirective('a&b,c-d'), 'a%26b%2Cc%2Dd'));
  it('encodes everything encodeURIComponent encodes (spaces, "#", "%", "?", "=")', () =>
    assert.equal(encodeTextDirective('50% of #1 = ? ok'), '50%25%20of%20%231%20%3D%20%3F%20ok'));
  it('encodes curly quotes and apostrophes as their UTF-8 bytes', () =>
    assert.equal(encodeTextDirective('“an invented” town’s'), '%E2%80%9Can%20invented%E2%80%9D%20town%E2%80%99s'));
  it('encodes en and em dashes as well as the hyphen', () =>
    assert.equal(encodeTextDirective('east–west — well-known'), 'east%E2%80%93west%20%E2%80%94%20well%2Dknown'));
  it('encodes a number with thousands separators, whose comma would otherwise split the directive', () =>
    assert.equal(encodeTextDirective('some 1,200 invented'), 'some%201%2C200%20invented'));
  it('leaves no character of the syntax unencoded', () => {
    const out = encodeTextDirective('x-y,z&w');
    assert.doesNotMatch(out, /[-,&]/);
    assert.equal(decode(out), 'x-y,z&w');
  });
  it('round-trips Arabic text, written as percent-encoded UTF-8 and decoded unchanged', () => {
    const arabic = 'عبارة مخترعة عن ألف ومئتي مجنَّد';
    const out = encodeTextDirective(arabic);
    assert.match(out, /^[A-Za-z0-9%]+$/);
    assert.equal(decode(out), arabic);
  });
});

describe('textDirective(quote)', () => {
  it('gives a short quote in full', () =>
    assert.equal(textDirective('an invented phrase of six words'), 'text=an%20invented%20phrase%20of%20six%20words'));
  it(`keeps a quote of exactly ${EXACT_MAX_WORDS} words in full`, () => {
    const quote = 'one two three four five six seven eight nine ten';
    assert.equal(textDirective(quote), `text=${encodeTextDirective(quote)}`);
  });
  it(`links a quote of more than ${EXACT_MAX_WORDS} words by its first and last ${RANGE_WORDS} words`, () =>
    assert.equal(
      textDirective('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda'),
      'text=alpha%20beta%20gamma%20delta%20epsilon,eta%20theta%20iota%20kappa%20lambda',
    ));
  it('separates textStart and textEnd by the one unencoded comma', () => {
    const d = textDirective('an invented, long-winded sentence of some twelve words, with commas and dashes');
    const terms = d.slice('text='.length).split(',');
    assert.equal(terms.length, 2);
    assert.equal(decode(terms[0]), 'an invented, long-winded sentence of');
    assert.equal(decode(terms[1]), 'twelve words, with commas and dashes'.split(' ').slice(-RANGE_WORDS).join(' '));
  });
  it(`links a quote of few but very long words (over ${EXACT_MAX_CHARS} characters) as a range`, () => {
    const long = Array.from({ length: 6 }, (_, i) => `${'x'.repeat(60)}${i}`).join(' ');
    assert.ok(long.length > EXACT_MAX_CHARS);
    const terms = textDirective(long).slice('text='.length).split(',');
    assert.equal(terms.length, 2);
    assert.equal(terms[0], long.split(' ').slice(0, 3).join('%20'));
    assert.equal(terms[1], long.split(' ').slice(-3).join('%20'));
  });
  it('matches words, not spacing: runs of whitespace become one space and the ends are trimmed', () =>
    assert.equal(textDirective('  an \n invented\tphrase '), 'text=an%20invented%20phrase'));
  it('refuses an empty quote with a fix', () => assert.throws(() => textDirective('  '), /Fix: give the quoted words/));
});

describe('textFragmentUrl(url, quote)', () => {
  it('appends the fragment directive to an address without a fragment', () =>
    assert.equal(
      textFragmentUrl('https://news.test/story/1', 'an invented phrase'),
      'https://news.test/story/1#:~:text=an%20invented%20phrase',
    ));
  it('keeps an existing fragment and adds the directive after it', () =>
    assert.equal(
      textFragmentUrl('https://news.test/story/1#part', 'an invented phrase'),
      'https://news.test/story/1#part:~:text=an%20invented%20phrase',
    ));
  it('gives a URL the WHATWG parser keeps as written', () => {
    const href = textFragmentUrl('https://news.test/a', '“Twelve” recruits – some 1,200 – said so');
    assert.equal(new URL(href).href, href);
  });
});
