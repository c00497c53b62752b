import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_EMBED_HEIGHT,
  EMBED_HEIGHT,
  EMBED_MEASURE,
  EMBED_FALLBACK_HEIGHTS,
  embedCode,
  embedScriptSrc,
  withoutPageControls,
} from '../../../src/format/embed.ts';
import { CHART_IDS } from '../../../src/charts/ids.ts';

describe('embedCode(input)', () => {
  const code = embedCode({
    src: 'https://example.org/embed/figures-chart/',
    title: 'Every figure on "one" scale & more',
  });
  it('is one iframe pointing at the embed page, titled for screen readers, then the resize script', () => {
    assert.match(code, /^<iframe src="https:\/\/example\.org\/embed\/figures-chart\/" /);
    assert.match(code, / title="Every figure on &quot;one&quot; scale &amp; more" /);
    assert.match(code, /<\/iframe>\n<script src="https:\/\/example\.org\/embed\.js" async><\/script>$/);
  });
  it('loads lazily, sends no referrer and is sandboxed, without the clipboard', () => {
    assert.match(code, / loading="lazy" /);
    assert.match(code, / referrerpolicy="no-referrer" /);
    assert.match(code, / sandbox="allow-scripts allow-popups allow-top-navigation-by-user-activation" /);
    assert.doesNotMatch(code, /clipboard/);
  });
  it("starts at the chart's fallback height, for hosts that strip the script", () =>
    assert.match(
      embedCode({ src: '/s/ar/embed/map-chart/', title: 't' }),
      new RegExp(` height="${EMBED_FALLBACK_HEIGHTS['map-chart']}" `),
    ));
  it('takes a height', () =>
    assert.match(embedCode({ src: 'https://x.org/embed/c/', title: 't', height: 500 }), / height="500" /));
  it('falls back to the default height for a chart not in the table', () =>
    assert.match(
      embedCode({ src: '/embed/new-chart/', title: 't' }),
      new RegExp(` height="${DEFAULT_EMBED_HEIGHT}" `),
    ));
  it('escapes the addresses it writes', () =>
    assert.match(
      embedCode({ src: 'https://x.org/a"b&c/embed/c/', title: 't' }),
      /<script src="https:\/\/x\.org\/a&quot;b&amp;c\/embed\.js"/,
    ));
});

describe('embedScriptSrc(src)', () => {
  it('puts the script at the site root beside either edition, under the base path, absolute or not', () =>
    assert.deepEqual(
      ['https://n.test/sub/path/embed/x/', 'https://n.test/sub/path/ar/embed/x/', '/sub/ar/embed/x/', '/embed/x/'].map(
        embedScriptSrc,
      ),
      ['https://n.test/sub/path/embed.js', 'https://n.test/sub/path/embed.js', '/sub/embed.js', '/embed.js'],
    ));
  it("refuses an address that is not an embed page's", () =>
    assert.throws(() => embedScriptSrc('https://n.test/charts/x/'), /not an embed page's address/));
});

describe('EMBED_FALLBACK_HEIGHTS', () => {
  it('has a height for every chart, and for no chart that does not exist', () =>
    assert.deepEqual(Object.keys(EMBED_FALLBACK_HEIGHTS).sort(), [...CHART_IDS].sort()));
});

describe('withoutPageControls(html)', () => {
  it('drops the share links, copy buttons and the chart licence notes, and keeps everything else', () =>
    assert.equal(
      withoutPageControls(
        '<span class="t">T</span><a class="anchor" href="#x"><span aria-hidden="true">#</span><span>Link</span></a><button type="button" class="copy-button" data-copy-url="#x" hidden><svg></svg><span>Copy</span></button><p class="licence-note">Reuse <a rel="license" href="#l">CC</a></p><a href="/s/">S</a>',
      ),
      '<span class="t">T</span><a href="/s/">S</a>',
    ));
});

describe('the messages between an embed page and embed.js', () => {
  const sources = ['src/client/embed-height.ts', 'public/embed.js'].map((f) =>
    readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8'),
  );
  it('are named alike by the embed page, the host script and the embed code', () =>
    assert.deepEqual(
      sources.map((s) => [s.includes(`'${EMBED_HEIGHT}'`), s.includes(`'${EMBED_MEASURE}'`)]),
      [
        [true, true],
        [true, true],
      ],
    ));
});
