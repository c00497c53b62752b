import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartPng, chartSvg, inlineStyles, rtlText, splitLines } from '../../../src/build/chart-image.ts';
import { pngSize } from '../../../src/build/share-image.ts';
import { LIGHT } from '../../../src/charts/export/svg-styles.ts';

/** A page drawing as the chart components write it: classes only, a link, a mark inside a kind. */
const page =
  '<svg class="chart-svg chart-wide" viewBox="0 0 640 100" width="640" height="100" aria-hidden="true" focusable="false">' +
  '<g class="figure kind-russian" data-estimate="x"><a href="/figures/x/" tabindex="-1">' +
  '<text class="figure-label" x="10" y="20"><tspan x="10" dy="0"><tspan class="figure-value">around 5,000</tspan> · someone</tspan><tspan x="10" dy="16">second line</tspan></text>' +
  '<circle class="mark-exact" cx="300" cy="20" r="5"></circle></a></g></svg>';
const text = {
  title: 'Every figure on one scale',
  takeaway: 'Counts run from two to 50,000.',
  sources: 'Sources: Noon Post.',
  credit: 'Iraq’s Recruits',
  licence: 'CC BY 4.0',
  address: 'https://news.test/charts/figures-chart/',
  dir: 'ltr' as const,
};

describe('inlineStyles(svg)', () => {
  it('turns the classes into the light scheme’s attributes, with the kind colour of the group around', () => {
    const { body } = inlineStyles(page);
    assert.match(body, new RegExp(`<circle cx="300" cy="20" r="5" fill="${LIGHT.russian}" stroke="${LIGHT.russian}"`));
  });
  it('drops classes, links and page-only attributes', () => {
    assert.doesNotMatch(inlineStyles(page).body, /class=|<a[ >]|href=|data-|tabindex|aria-/);
  });
});

describe('splitLines(body)', () => {
  it('writes each line of a label as its own <text> at its own y', () => {
    assert.equal(
      splitLines(
        '<text x="10" y="20" font-size="13"><tspan x="10" dy="0">one</tspan><tspan x="10" dy="16">two</tspan></text>',
      ),
      '<text x="10" y="20" font-size="13">one</text><text x="10" y="36" font-size="13">two</text>',
    );
  });
});

describe('rtlText(body)', () => {
  it('draws a right-to-left label as pieces of one face each, in visual order', () => {
    const out = rtlText('<text x="10" y="5" font-size="13">علاوي: CC BY</text>');
    assert.deepEqual(
      [...out.matchAll(/font-family="([^"]+)">([^<]*)</g)].map((m) => [m[1], m[2]]),
      [
        ['Noto Sans', 'CC BY'],
        ['Noto Sans', ':'],
        ['Noto Sans Arabic', 'علاوي'],
      ],
    );
  });
});

describe('chartPng(svg)', () => {
  it('draws the image at twice its size with the bundled faces', () => {
    const svg = chartSvg(page, text);
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    assert.deepEqual(pngSize(chartPng(svg)), { width: 2 * w, height: 2 * h });
  });
});
