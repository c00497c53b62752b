// Share-card images (Open Graph, 1200×630 PNG) drawn at build time from a page's title and key
// figure: satori lays the text out as SVG with a bundled font, resvg turns it into PNG. No network.
// Images are cached by a hash of everything that goes into them, so unchanged cards cost nothing.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Size of every share card: what Open Graph and Twitter's large card expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a share card shows. */
export interface CardText {
  /** The site's name, printed small at the top. */
  site: string;
  /** The page's title, printed large. */
  title: string;
  /** The key figure, printed large under the title (optional). */
  figure?: string;
  /** A sentence under the title, such as a chart's takeaway (optional). */
  subtitle?: string;
  /** Who gives the figure, printed under it (optional). */
  figureBy?: string;
  /** The page's public address without protocol, printed at the foot; left blank when the site's address is not known. */
  address?: string;
  /** Writing direction of the card's language. */
  dir?: 'ltr' | 'rtl';
}

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** Noto Sans for Latin and Noto Sans Arabic for the Arabic edition, as .woff (satori cannot read woff2). */
const loadFonts = () =>
  (fonts ??= [
    {
      name: 'Noto Sans',
      data: font('@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Noto Sans',
      data: font('@fontsource/noto-sans', 'noto-sans-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
    {
      name: 'Noto Sans Arabic',
      data: font('@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Noto Sans Arabic',
      data: font('@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
  ]);

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style, children },
});

/** Shrinks the title's type as it grows, so long titles still fit in three lines. */
export function titleSize(title: string): number {
  return title.length <= 40 ? 68 : title.length <= 70 ? 56 : title.length <= 110 ? 46 : 38;
}

/** The card's layout as satori elements. */
function layout(c: CardText): Node {
  const align = c.dir === 'rtl' ? 'flex-end' : 'flex-start';
  // Explicit widths: satori lets a flex child grow past the padding otherwise.
  const text = {
    display: 'flex',
    width: CARD_WIDTH - 144,
    textAlign: c.dir === 'rtl' ? 'right' : 'left',
    justifyContent: align,
  } as const;
  return el(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      alignItems: align,
      padding: '64px 72px',
      background: '#fdfcf9',
      color: '#1b1b1b',
      fontFamily: 'Noto Sans, Noto Sans Arabic',
      borderTop: '16px solid #1d4e89',
    },
    [
      el({ ...text, fontSize: 30, fontWeight: 700, color: '#1d4e89' }, c.site),
      el({ display: 'flex', flexDirection: 'column', alignItems: align, gap: 28 }, [
        el({ ...text, fontSize: titleSize(c.title), fontWeight: 700, lineHeight: 1.15 }, c.title),
        ...(c.subtitle ? [el({ ...text, fontSize: 32, lineHeight: 1.3, color: '#333' }, c.subtitle)] : []),
        ...(c.figure
          ? [
              el(
                {
                  display: 'flex',
                  maxWidth: CARD_WIDTH - 144,
                  fontSize: 44,
                  fontWeight: 700,
                  color: '#1d4e89',
                  background: '#eef3f9',
                  padding: '8px 20px',
                  borderRadius: 8,
                },
                c.figure,
              ),
            ]
          : []),
        ...(c.figureBy ? [el({ ...text, fontSize: 28, color: '#555' }, c.figureBy)] : []),
      ]),
      el({ ...text, fontSize: 26, color: '#555' }, c.address ?? ''),
    ],
  );
}

/** Bumped when the layout changes, so cached images are redrawn. */
const LAYOUT_VERSION = '2';

/** Draws one share card as a 1200×630 PNG. */
export async function renderCard(c: CardText): Promise<Buffer> {
  const svg = await satori(layout(c) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}

/**
 * Draws a card, or reads it from the cache folder when the same text was drawn before with the same
 * layout. The cache key is a hash of the text and the layout version.
 */
export async function cachedCard(
  c: CardText,
  cacheDir = join(process.cwd(), '.cache', 'share-cards'),
): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([LAYOUT_VERSION, c]))
    .digest('hex')
    .slice(0, 20);
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderCard(c);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, png);
  return png;
}

/** Reads the width and height from a PNG's header (its IHDR chunk). Throws if the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
