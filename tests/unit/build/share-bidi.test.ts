import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { visualPieces } from '../../../src/build/share-bidi.ts';

/** The pieces of a line as seen, left to right, each as its text. */
const seen = (line: string, rtl: boolean) => visualPieces(line, rtl).map((p) => p.text);

describe('visualPieces(line, rtl)', () => {
  it('keeps an English line, with its punctuation, as one Latin piece', () => {
    assert.deepEqual(visualPieces('Hussein Allawi, adviser (contested)', false), [
      { text: 'Hussein Allawi, adviser (contested)', script: 'latin', level: 0, space: false },
    ]);
  });
  it('keeps Arabic words with the Arabic comma between them as one right-to-left piece', () => {
    assert.deepEqual(visualPieces('حسين علاوي، مستشار', true), [
      { text: 'حسين علاوي، مستشار', script: 'arabic', level: 1, space: false },
    ]);
  });
  it('orders a Latin word inside an Arabic line right to left, in the Latin face', () => {
    const pieces = visualPieces('تقرير Reuters عن المجندين', true);
    assert.deepEqual(
      pieces.map((p) => [p.text, p.script]),
      [
        ['عن المجندين', 'arabic'],
        ['Reuters', 'latin'],
        ['تقرير', 'arabic'],
      ],
    );
    assert.deepEqual(
      pieces.map((p) => p.space),
      [false, true, true],
    );
  });
  it('keeps a run of Latin words left to right inside an Arabic line', () =>
    assert.deepEqual(seen('قالت Noon Post إن', true), ['إن', 'Noon Post', 'قالت']));
  it('keeps numbers whole and left of the word before them, in the face of their digits', () => {
    assert.deepEqual(
      visualPieces('نحو ٥٬٠٠٠', true).map((p) => [p.text, p.script]),
      [
        ['٥٬٠٠٠', 'arabic'],
        ['نحو', 'arabic'],
      ],
    );
    assert.deepEqual(
      visualPieces('نحو 5,000', true).map((p) => [p.text, p.script]),
      [
        ['5,000', 'latin'],
        ['نحو', 'arabic'],
      ],
    );
  });
  it('mirrors brackets around Arabic words, drawn in the Latin face', () => {
    const pieces = visualPieces('الوزراء (موضع خلاف)', true);
    assert.deepEqual(
      pieces.map((p) => p.text),
      ['(', 'موضع خلاف', ')', 'الوزراء'],
    );
    assert.equal(pieces[0].script, 'latin');
  });
  it('keeps an address whole in a left-to-right line', () =>
    assert.deepEqual(seen('news.test/ar/disputed-figures/', false), ['news.test/ar/disputed-figures/']));
  it('orders an Arabic name right to left inside an English line', () =>
    assert.deepEqual(seen('said حسين علاوي today', false), ['said', 'حسين علاوي', 'today']));
  it('keeps the two runs of a Latin word and a number apart in an Arabic line', () =>
    assert.deepEqual(seen('Reuters ٥٬٠٠٠ news', true), ['news', '٥٬٠٠٠', 'Reuters']));
});
