import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_TEXT_PX, SHOWN_MIN, TEXT_BOX, minTextSize, svgTextSize } from '../../../../src/charts/shared/text-size.ts';
import { WIDTHS } from '../../../../src/charts/shared/metrics.ts';

describe('svgTextSize(px, width, shown)', () => {
  it('scales the rendered size by the drawing width over the shown width, rounding up', () => {
    assert.equal(svgTextSize(12, 640, 640), 12);
    assert.equal(svgTextSize(12, 640, 320), 24);
    assert.equal(svgTextSize(13, 340, 328), 13.5);
  });
});

describe('minTextSize(lang, width)', () => {
  for (const lang of ['en', 'ar'] as const) {
    for (const [variant, width] of Object.entries(WIDTHS) as [keyof typeof WIDTHS, number][]) {
      it(`${lang}, ${variant} drawing: renders at least ${MIN_TEXT_PX[lang]} px at the narrowest width it is shown`, () => {
        const size = minTextSize(lang, width);
        const rendered = (size * SHOWN_MIN[variant]) / width;
        assert.ok(rendered >= MIN_TEXT_PX[lang], `${size} units render at ${rendered} px`);
        assert.ok(rendered < MIN_TEXT_PX[lang] + 0.1, `${size} units is more than the minimum needs`);
      });
    }
  }
  it('asks more of Arabic than of English', () => {
    assert.ok(minTextSize('ar', WIDTHS.narrow) > minTextSize('en', WIDTHS.narrow));
  });
});

describe('TEXT_BOX', () => {
  it('gives Arabic text a taller box than English, reaching further below the baseline', () => {
    assert.ok(TEXT_BOX.ar.descent > TEXT_BOX.en.descent);
    assert.ok(TEXT_BOX.ar.ascent + TEXT_BOX.ar.descent > TEXT_BOX.en.ascent + TEXT_BOX.en.descent);
  });
});
