// Golden images of the share cards: one English and one Arabic card drawn from fixed text and compared,
// pixel by pixel, with tests/golden/expected/share-cards/*.png. The faces are the bundled ones and the
// system's fonts are off, so a card draws the same on every machine; a small tolerance absorbs
// anti-aliasing that may differ between processors. Expected files follow the rules of ./golden.ts:
// written by `GOLDEN_UPDATE=1` (npm run golden:update) or, outside CI, when missing; never in CI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ACTUAL, EXPECTED, IN_CI, ROOT, UPDATING } from './golden.ts';
import { pngPixels, renderCard, type CardText } from '../../src/build/share-image.ts';

const CARDS: Record<string, CardText> = {
  en: {
    site: 'Iraq’s Recruits',
    title: 'Why nobody agrees on the numbers',
    figure: 'around 5,000',
    figureBy: 'Hussein Allawi, adviser to the prime minister (contested)',
    address: 'news.test/disputed-figures/',
  },
  // Joined letters, a Latin outlet name in the Latin face, Arabic-Indic digits, brackets and the
  // Arabic comma in a right-to-left line, and a left-to-right address.
  ar: {
    site: 'مجنَّدو العراق',
    title: 'لماذا لا يتفق أحد على الأرقام في تقرير Reuters عن المجندين العراقيين',
    figure: 'نحو ٥٬٠٠٠',
    figureBy: 'حسين علاوي، مستشار رئيس الوزراء (موضع خلاف)',
    address: 'news.test/ar/disputed-figures/',
    dir: 'rtl',
  },
};

/** A pixel differs when a channel is off by more than this (of 255)… */
const CHANNEL = 24;
/** …and a card matches when at most this share of its pixels differ. */
const SHARE = 0.001;

for (const [name, card] of Object.entries(CARDS)) {
  test(`the ${name} share card matches tests/golden/expected/share-cards/${name}.png`, async (t) => {
    const png = await renderCard(card);
    const expectedPath = join(EXPECTED, 'share-cards', `${name}.png`);
    const shown = relative(ROOT, expectedPath);
    const write = (path: string) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, png);
    };
    if (!existsSync(expectedPath) || UPDATING) {
      if (IN_CI)
        assert.fail(
          `${shown} does not exist, and CI never generates expected files. Fix: run \`npm run golden:update\` locally, look at the image and commit it.`,
        );
      if (!existsSync(expectedPath) || !readFileSync(expectedPath).equals(png)) {
        write(expectedPath);
        t.diagnostic(`wrote ${shown}: look at it and commit it`);
      }
      return;
    }
    const a = pngPixels(readFileSync(expectedPath));
    const b = pngPixels(png);
    assert.deepEqual([b.width, b.height], [a.width, a.height], 'size');
    let differ = 0;
    for (let i = 0; i < a.pixels.length; i += 4)
      for (let c = 0; c < 4; c++)
        if (Math.abs(a.pixels[i + c] - b.pixels[i + c]) > CHANNEL) {
          differ++;
          break;
        }
    if (differ > SHARE * a.width * a.height) {
      const actualPath = join(ACTUAL, 'share-cards', `${name}.png`);
      write(actualPath);
      assert.fail(
        `${differ} of ${a.width * a.height} pixels of the ${name} card differ from ${shown}. The new card is ${relative(ROOT, actualPath)}: look at both. If the change is intended, run \`npm run golden:update\` and commit the new image.`,
      );
    }
  });
}
