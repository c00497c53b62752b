import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cachedCard,
  cardSvg,
  pngPixels,
  pngSize,
  renderCard,
  titleSize,
  CARD_WIDTH,
  CARD_HEIGHT,
} from '../../../src/build/share-image.ts';

const dir = mkdtempSync(join(tmpdir(), 'cards-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const card = {
  site: 'Iraq’s Recruits',
  title: 'Why nobody agrees on the numbers',
  figure: 'around 5,000',
  figureBy: 'Hussein Allawi',
  address: 'news.test/disputed-figures/',
};

describe('renderCard(text)', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderCard(card);
    assert.deepEqual(pngSize(png), { width: CARD_WIDTH, height: CARD_HEIGHT });
    assert.deepEqual({ width: CARD_WIDTH, height: CARD_HEIGHT }, { width: 1200, height: 630 });
  });
  it('draws different text as a different image', async () => {
    assert.notDeepEqual(await renderCard(card), await renderCard({ ...card, figure: 'fewer than 5,000' }));
  });
  it('draws Arabic text right to left, from the right margin', async () => {
    const png = await renderCard(arabic);
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
    const ink = inkColumns(png, 150, 320);
    assert.ok(ink.right > CARD_WIDTH - 72 - 8 && ink.right <= CARD_WIDTH - 72 + 2, `title ink ends at ${ink.right}`);
    const en = inkColumns(await renderCard(card), 150, 320);
    assert.ok(en.left >= 72 - 4 && en.left < 72 + 8, `English title ink starts at ${en.left}`);
  });
});

const arabic = {
  site: 'مجنَّدو العراق',
  title: 'الأرقام في تقرير Reuters',
  figure: 'نحو ٥٬٠٠٠',
  address: 'news.test/ar/',
  dir: 'rtl' as const,
};

/** The leftmost and rightmost columns with text-coloured pixels between two rows of a card. */
function inkColumns(png: Buffer, top: number, bottom: number) {
  const { width, pixels } = pngPixels(png);
  let left = Infinity;
  let right = -Infinity;
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < width; x++)
      if (pixels[(y * width + x) * 4] < 128) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
  return { left, right };
}

describe('cardSvg(text)', () => {
  const texts = [...cardSvg(arabic).matchAll(/<text x="([\d.]+)"[^>]*font-family="([^"]+)"[^>]*>([^<]*)<\/text>/g)].map(
    (m) => ({ x: Number(m[1]), family: m[2], text: m[3] }),
  );
  it('draws each run of text in one face, never a <tspan> (resvg can drop mixed-face text)', () => {
    assert.ok(texts.length >= 4);
    assert.doesNotMatch(cardSvg(arabic), /<tspan/);
    for (const t of texts) assert.ok(['Noto Sans', 'Noto Sans Arabic'].includes(t.family), t.family);
  });
  it('draws a Latin word of an Arabic line in the Latin face, left of the Arabic word before it', () => {
    const latin = texts.find((t) => t.text === 'Reuters')!;
    assert.equal(latin.family, 'Noto Sans');
    const before = texts.find((t) => t.text.endsWith('تقرير'))!;
    assert.equal(before.family, 'Noto Sans Arabic');
    assert.ok(latin.x < before.x, `Reuters at ${latin.x}, تقرير at ${before.x}`);
  });
  it('draws Arabic-Indic digits as the text gives them, in the Arabic face', () =>
    assert.ok(texts.some((t) => t.text === '٥٬٠٠٠' && t.family === 'Noto Sans Arabic')));
  it('keeps the address left to right in an Arabic card', () =>
    assert.ok(texts.some((t) => t.text === 'news.test/ar/' && t.family === 'Noto Sans')));
});

describe('cachedCard(text, cacheDir)', () => {
  it('stores a drawn card and reads the same text back from the cache', async () => {
    const first = await cachedCard(card, dir);
    const files = readdirSync(dir);
    assert.equal(files.length, 1);
    // Overwrite the cached file: a cache hit must return these bytes rather than drawing again.
    writeFileSync(join(dir, files[0]), Buffer.from('cached'));
    assert.equal((await cachedCard(card, dir)).toString(), 'cached');
    assert.ok(first.length > 1000);
  });
  it('draws anew when the text changes', async () => {
    await cachedCard({ ...card, title: 'Another title' }, dir);
    assert.equal(readdirSync(dir).length, 2);
  });
});

describe('titleSize(title)', () => {
  it('shrinks as titles grow', () => assert.ok(titleSize('x'.repeat(30)) > titleSize('x'.repeat(100))));
});

describe('pngSize(bytes)', () => {
  it('rejects bytes that are not a PNG', () => assert.throws(() => pngSize(new Uint8Array(30)), /not a PNG/));
});
