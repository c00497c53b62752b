// Share-card images (Open Graph, 1200×630 PNG) drawn at build time from a page's title and key
// figure. The card is written here as SVG text and resvg shapes and rasterises it: resvg shapes with
// a HarfBuzz port, so Arabic letters join, take their contextual forms and ligatures, and Latin words
// (an outlet's name) are drawn in a Latin face beside them. Each run of one face is its own <text>,
// ordered right to left or left to right by ./share-bidi.ts (which says why). resvg reads only
// TrueType/OpenType (sfnt) fonts, so the bundled .woff faces are unpacked to sfnt (./woff.ts) into
// .cache/share-fonts/ and named to it as files, with the system's fonts turned off: every machine
// draws the same card, and a missing face stops the build instead of falling back to whatever is
// installed. Lines are broken from the ink of the words as resvg draws them. No network.
// Images are cached by a hash of everything that goes into them, so unchanged cards cost nothing.
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sfntCharacters, woffToSfnt } from './woff.ts';
import { visualPieces, type Script } from './share-bidi.ts';

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

// ── Fonts ──────────────────────────────────────────────────────────────────────────────────────────

/** The faces a card is drawn with: Noto Sans for Latin script, Noto Sans Arabic for Arabic script. */
export const FACES = [
  { family: 'Noto Sans', weight: 400, pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-400-normal.woff' },
  { family: 'Noto Sans', weight: 700, pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-700-normal.woff' },
  {
    family: 'Noto Sans Arabic',
    weight: 400,
    pkg: '@fontsource/noto-sans-arabic',
    file: 'noto-sans-arabic-arabic-400-normal.woff',
  },
  {
    family: 'Noto Sans Arabic',
    weight: 700,
    pkg: '@fontsource/noto-sans-arabic',
    file: 'noto-sans-arabic-arabic-700-normal.woff',
  },
] as const;
export type Face = (typeof FACES)[number];
const LATIN = 'Noto Sans';
const ARABIC = 'Noto Sans Arabic';

const require = createRequire(import.meta.url);

/**
 * Reads one face and unpacks it to sfnt. Throws, naming the face, the file and the fix, when the file
 * is missing or does not unpack: a card must never be drawn in a font nobody chose.
 */
export function loadFace(face: Face, resolve: (id: string) => string = require.resolve): Buffer {
  const id = `${face.pkg}/files/${face.file}`;
  const name = `the ${face.family} ${face.weight} face of the share cards`;
  let path: string;
  try {
    path = resolve(id);
  } catch {
    throw new Error(
      `Share cards: ${name} is missing: ${id} was not found. Fix: run \`npm install\` (${face.pkg} is a devDependency), or name a .woff file that the package ships in FACES in src/build/share-image.ts.`,
    );
  }
  try {
    return woffToSfnt(readFileSync(path));
  } catch (e) {
    throw new Error(
      `Share cards: ${name} cannot be read from ${path}: ${(e as Error).message}. Fix: reinstall ${face.pkg} (\`npm install\`), or name a WOFF 1 (.woff) file of it in FACES in src/build/share-image.ts.`,
      { cause: e },
    );
  }
}

/**
 * Where the unpacked faces are written: resvg loads font files lazily and almost for free, while font
 * buffers are parsed on every render (tens of milliseconds each). Named by a hash of the .woff, so a
 * new version of a package writes new files.
 */
export const FONT_DIR = join(process.cwd(), '.cache', 'share-fonts');
/**
 * A bundled face as a TrueType file under FONT_DIR, named by a hash of its bytes (so a new version writes
 * a new file), written once: the share cards and the chart images both give resvg these files.
 */
export function faceFile(face: Face, sfnt: Buffer = loadFace(face)): string {
  const hash = createHash('sha256').update(sfnt).digest('hex').slice(0, 12);
  const file = join(FONT_DIR, `${face.file.replace(/\.woff$/, '')}.${hash}.ttf`);
  if (!existsSync(file)) {
    mkdirSync(FONT_DIR, { recursive: true });
    // Written under another name first, so a build running beside this one never reads half a file.
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, sfnt);
    renameSync(part, file);
  }
  return file;
}

let faces: Map<string, string> | undefined;
/** The characters each face draws, by face name. */
const repertoire = new Map<string, Set<number>>();
/** The files of the faces named "<family> <weight>" (as `faceName` names them), unpacked once. */
function fontFiles(names: Set<string>): string[] {
  faces ??= new Map(
    FACES.map((f) => {
      const sfnt = loadFace(f);
      repertoire.set(faceName(f.family, f.weight), sfntCharacters(sfnt));
      return [faceName(f.family, f.weight), faceFile(f, sfnt)];
    }),
  );
  return [...names].sort().map((n) => faces!.get(n)!);
}

/**
 * Stops the build when a piece holds a character its face does not draw: with no system fonts, resvg
 * would draw a box in its place. Names the character, the text and the face, and what to do.
 */
function checkCoverage(text: string, script: Script, weight: Weight, line: string): void {
  fontFiles(new Set());
  const name = faceName(familyOf(script), weight);
  const chars = repertoire.get(name)!;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x20 || chars.has(cp)) continue;
    const face = FACES.find((f) => faceName(f.family, f.weight) === name)!;
    throw new Error(
      `Share cards: “${ch}” (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) in “${line}” is not in the ${name} face (${face.pkg}/files/${face.file}), so the card would show a box for it. Fix: write the text without it, or add a face that draws it to FACES in src/build/share-image.ts.`,
    );
  }
}
const faceName = (family: string, weight: number) => `${family} ${weight}`;

/** Arabic script: letters, marks, Arabic-Indic digits, Arabic punctuation, presentation forms. */
export const hasArabic = (s: string) => /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u.test(s);

const familyOf = (script: Script) => (script === 'arabic' ? ARABIC : LATIN);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One piece as an SVG <text> in one face (see ./share-bidi.ts for why never two). */
const pieceSvg = (
  text: string,
  script: Script,
  o: { x: number; y: number; size: number; weight: Weight; fill: string; anchor?: 'end' },
) =>
  `<text x="${round(o.x)}" y="${round(o.y)}" font-family="${familyOf(script)}" font-size="${o.size}" font-weight="${o.weight}" fill="${o.fill}"${o.anchor ? ` text-anchor="${o.anchor}"` : ''}>${esc(text)}</text>`;
const round = (n: number) => Math.round(n * 10) / 10;

/** Render options with only the named faces and no system font: every machine draws the same card. */
const renderOptions = (names: Set<string>, fitTo: ResvgRenderOptions['fitTo']): ResvgRenderOptions => ({
  fitTo,
  font: { fontFiles: fontFiles(names), loadSystemFonts: false, defaultFontFamily: LATIN },
});

// ── Measuring ──────────────────────────────────────────────────────────────────────────────────────

type Weight = 400 | 700;
/** Size the pieces are measured at; their ink scales with the type size (resvg does not hint). */
const MEASURE_SIZE = 50;
/** Ink of a piece at MEASURE_SIZE: where it starts right of the point it is drawn from, and its width. */
interface Ink {
  left: number;
  width: number;
}
const measured = new Map<string, Ink>();
const inkKey = (text: string, script: Script, weight: Weight) => `${weight} ${script} ${text}`;

/**
 * Measures the ink of pieces as resvg shapes them, to a pixel at 50 px (under 1.5 px at the largest
 * size a card uses). The pieces not measured yet are drawn in one image,
 * one per row, and each row's inked columns are read back: one render for many pieces.
 */
function measure(items: { text: string; script: Script; weight: Weight }[]): void {
  const todo = [...new Map(items.map((i) => [inkKey(i.text, i.script, i.weight), i])).entries()].filter(
    ([k]) => !measured.has(k),
  );
  if (!todo.length) return;
  const row = MEASURE_SIZE * 1.8;
  const x0 = MEASURE_SIZE / 2;
  const width = MEASURE_SIZE * (2 + Math.max(...todo.map(([, i]) => [...i.text].length)));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${row * todo.length}">` +
    todo
      .map(([, i], n) =>
        pieceSvg(i.text, i.script, {
          x: x0,
          y: n * row + MEASURE_SIZE * 1.2,
          size: MEASURE_SIZE,
          weight: i.weight,
          fill: '#000',
        }),
      )
      .join('') +
    '</svg>';
  const names = new Set(todo.map(([, i]) => faceName(familyOf(i.script), i.weight)));
  const img = new Resvg(svg, renderOptions(names, { mode: 'original' })).render();
  const { pixels, width: w } = img;
  todo.forEach(([key], n) => {
    let left = Infinity;
    let right = -Infinity;
    for (let y = n * row; y < (n + 1) * row; y++)
      for (let x = 0; x < w; x++)
        if (pixels[(y * w + x) * 4 + 3] > 0) {
          if (x < left) left = x;
          if (x > right) right = x;
        }
    measured.set(key, right < left ? { left: 0, width: 0 } : { left: left - x0, width: right - left + 1 });
  });
}

// ── Layout ─────────────────────────────────────────────────────────────────────────────────────────

const PAD_X = 72;
const PAD_Y = 64;
const BORDER = 16;
const INNER = CARD_WIDTH - 2 * PAD_X;
const GAP = 28;
/** Ink-to-ink distance between words (a space and two side bearings), and between pieces of one word. */
const WORD_GAP = 0.3;
const PIECE_GAP = 0.06;

/** Shrinks the title's type as it grows, so long titles still fit in three lines. */
export function titleSize(title: string): number {
  return title.length <= 40 ? 68 : title.length <= 70 ? 56 : title.length <= 110 ? 46 : 38;
}

interface Block {
  text: string;
  size: number;
  weight: Weight;
  fill: string;
  /** Line height, as a multiple of the size. */
  lh: number;
  /** Widest a line may be. */
  max: number;
  /** Paragraph direction of the lines (an address is left to right in both editions). */
  rtl: boolean;
}

/** A line's pieces in visual order with their ink at the block's size, and the line's width. */
function lineLayout(line: string, b: Block) {
  const pieces = visualPieces(line, b.rtl);
  measure(pieces.map((p) => ({ text: p.text, script: p.script, weight: b.weight })));
  const k = b.size / MEASURE_SIZE;
  let width = 0;
  const placed = pieces.map((p, i) => {
    if (i > 0) width += (p.space ? WORD_GAP : PIECE_GAP) * b.size;
    const ink = measured.get(inkKey(p.text, p.script, b.weight))!;
    const at = width;
    width += ink.width * k;
    return { ...p, at, left: ink.left * k };
  });
  return { placed, width };
}

/**
 * Share of a line's room that the estimate may fill: words joined into running text can come out a
 * little wider than the sum of their measured ink and the word gaps (Arabic spaces especially).
 */
const WRAP_MARGIN = 0.96;
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const piecesToMeasure = (text: string, b: Block) =>
  visualPieces(text, b.rtl).map((p) => ({ text: p.text, script: p.script, weight: b.weight }));

/**
 * Breaks a block's text into lines no wider than its `max`, a word at a time. A line's width is
 * estimated from its words (measured beforehand) and a word gap; lines are drawn from their own pieces.
 */
function wrap(b: Block): string[] {
  const k = b.size / MEASURE_SIZE;
  const wordWidth = (w: string) =>
    visualPieces(w, b.rtl).reduce(
      (sum, p, i) => sum + (i ? PIECE_GAP * b.size : 0) + measured.get(inkKey(p.text, p.script, b.weight))!.width * k,
      0,
    );
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const w of wordsOf(b.text)) {
    const ww = wordWidth(w);
    if (line && width + WORD_GAP * b.size + ww > b.max * WRAP_MARGIN) {
      lines.push(line);
      line = w;
      width = ww;
    } else {
      width = line ? width + WORD_GAP * b.size + ww : ww;
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Bumped when the layout changes, so cached images are redrawn. */
const LAYOUT_VERSION = '5';

/** The card as SVG: each piece of text in one face, laid out in lines measured with the same fonts. */
export function cardSvg(c: CardText): string {
  const rtl = c.dir === 'rtl';
  // Arabic script needs taller lines than Latin for its marks above and below.
  const lh = (latin: number) => (rtl ? latin + 0.2 : latin);
  const block = (text: string, o: Partial<Block> & Pick<Block, 'size'>): Block => ({
    text,
    weight: 400,
    fill: '#1b1b1b',
    lh: lh(1.3),
    max: INNER,
    rtl,
    ...o,
  });
  const site = block(c.site, { size: 30, weight: 700, fill: '#1d4e89' });
  const address = block(c.address ?? '', { size: 26, fill: '#555', rtl: false });
  const top = BORDER + PAD_Y;
  const bottom = CARD_HEIGHT - PAD_Y;
  const room = bottom - top - site.size * site.lh - address.size * address.lh - 2 * 24;

  // The middle: title, subtitle, figure, who gives it. The title's type shrinks until it fits in three
  // lines and the middle fits the room; the smallest size is kept if nothing fits.
  const sizes = [68, 56, 46, 38, 32].filter((s) => s <= titleSize(c.title));
  // Every word of the card measured in one render (widths do not depend on the size).
  const texts: [string | undefined, Weight][] = [
    [c.site, 700],
    [c.title, 700],
    [c.figure, 700],
    [c.subtitle, 400],
    [c.figureBy, 400],
  ];
  measure(
    texts.flatMap(([t, weight]) => wordsOf(t ?? '').flatMap((w) => piecesToMeasure(w, { ...site, weight, rtl }))),
  );
  type Part = { b: Block; lines: string[]; figure: boolean };
  let middle: Part[] = [];
  let height = 0;
  for (const [i, size] of sizes.entries()) {
    const parts: [Block, boolean][] = [
      [block(c.title, { size, weight: 700, lh: lh(1.15) }), false],
      ...(c.subtitle ? [[block(c.subtitle, { size: i >= 2 ? 28 : 32, fill: '#333' }), false] as [Block, boolean]] : []),
      ...(c.figure
        ? [
            [block(c.figure, { size: 44, weight: 700, fill: '#1d4e89', lh: lh(1.2), max: INNER - 40 }), true] as [
              Block,
              boolean,
            ],
          ]
        : []),
      ...(c.figureBy ? [[block(c.figureBy, { size: 28, fill: '#555' }), false] as [Block, boolean]] : []),
    ];
    middle = parts.map(([b, figure]) => ({ b, figure, lines: wrap(b) }));
    height =
      middle.reduce((h, m) => h + m.lines.length * m.b.size * m.b.lh + (m.figure ? 16 : 0), 0) +
      GAP * (middle.length - 1);
    if (middle[0].lines.length <= 3 && height <= room) break;
  }

  // A line of one piece is drawn from the margin (text-anchor), which needs no measure. A line of
  // several pieces is placed piece by piece, from the pieces' own ink: those not measured yet (words
  // joined into running text) are measured in one more render. So is the figure, for its box.
  const several = (l: string, b: Block) => visualPieces(l, b.rtl).length > 1;
  measure(
    [
      { b: site, lines: [site.text], figure: false },
      { b: address, lines: [address.text], figure: false },
      ...middle,
    ].flatMap((m) => m.lines.filter((l) => m.figure || several(l, m.b)).flatMap((l) => piecesToMeasure(l, m.b))),
  );
  const out: string[] = [];
  // A line's baseline within its line box, for Noto's ascent (1.069 em) and descent (0.293 em).
  const baseline = (lineTop: number, b: Block) => lineTop + (b.lh * b.size - 1.362 * b.size) / 2 + 1.069 * b.size;
  /** Draws a block's lines from the top `y`, aligned to the card's reading side; returns the bottom. */
  const draw = (b: Block, lines: string[], y: number, inset = 0) => {
    lines.forEach((l, i) => {
      const yy = baseline(y + i * b.size * b.lh, b);
      const style = { y: yy, size: b.size, weight: b.weight, fill: b.fill };
      const pieces = visualPieces(l, b.rtl);
      for (const p of pieces) checkCoverage(p.text, p.script, b.weight, l);
      if (pieces.length === 1) {
        const x = rtl ? CARD_WIDTH - PAD_X - inset : PAD_X + inset;
        out.push(
          pieceSvg(pieces[0].text, pieces[0].script, { ...style, x, ...(rtl ? { anchor: 'end' as const } : {}) }),
        );
        return;
      }
      const { placed, width } = lineLayout(l, b);
      const start = rtl ? CARD_WIDTH - PAD_X - inset - width : PAD_X + inset;
      for (const p of placed)
        out.push(
          pieceSvg(p.text, p.script, { x: start + p.at - p.left, y: yy, size: b.size, weight: b.weight, fill: b.fill }),
        );
    });
    return y + lines.length * b.size * b.lh;
  };
  draw(site, [site.text], top);
  if (address.text) draw(address, [address.text], bottom - address.size * address.lh);
  let y =
    top +
    site.size * site.lh +
    Math.max(24, (bottom - top - site.size * site.lh - address.size * address.lh - height) / 2);
  for (const [i, m] of middle.entries()) {
    if (i > 0) y += GAP;
    if (m.figure) {
      // The figure on a tinted box as wide as its widest line, with 20 px either side.
      const w = Math.ceil(Math.max(...m.lines.map((l) => lineLayout(l, m.b).width))) + 40;
      const h = m.lines.length * m.b.size * m.b.lh + 16;
      const x = rtl ? CARD_WIDTH - PAD_X - w : PAD_X;
      out.push(`<rect x="${x}" y="${Math.round(y)}" width="${w}" height="${Math.round(h)}" rx="8" fill="#eef3f9"/>`);
      y = draw(m.b, m.lines, y + 8, 20) + 8;
    } else y = draw(m.b, m.lines, y);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fdfcf9"/>` +
    `<rect width="${CARD_WIDTH}" height="${BORDER}" fill="#1d4e89"/>` +
    out.join('') +
    '</svg>'
  );
}

/** Draws one share card as a 1200×630 PNG. */
export async function renderCard(c: CardText): Promise<Buffer> {
  const svg = cardSvg(c);
  // Only the faces the card uses are loaded: an English card does without the Arabic ones.
  const names = new Set(
    [...svg.matchAll(/font-family="([^"]+)" font-size="[^"]+" font-weight="(\d+)"/g)].map((m) =>
      faceName(m[1], Number(m[2])),
    ),
  );
  return new Resvg(svg, renderOptions(names, { mode: 'width', value: CARD_WIDTH })).render().asPng();
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
    .update(JSON.stringify([LAYOUT_VERSION, FACES, c]))
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

/**
 * Decodes a PNG to RGBA pixels, by drawing it with resvg at its own size (no PNG decoder is bundled):
 * what the golden image test compares.
 */
export function pngPixels(png: Uint8Array): { width: number; height: number; pixels: Buffer } {
  const { width, height } = pngSize(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  const img = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { width: img.width, height: img.height, pixels: img.pixels };
}
