import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedCard, pngSize, renderCard, titleSize, CARD_WIDTH, CARD_HEIGHT } from '../../../src/build/share-image.ts';

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
  it('draws Arabic text right to left', async () => {
    const png = await renderCard({
      site: 'مجندو العراق',
      title: 'لماذا لا يتفق أحد على الأرقام',
      address: 'news.test/ar/',
      dir: 'rtl',
    });
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
  });
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
