// WOFF (version 1) to sfnt (TrueType/OpenType): resvg reads only sfnt fonts, and the bundled faces
// (@fontsource) come as .woff and .woff2. WOFF 1 is an sfnt whose tables are each zlib-compressed
// (when that saves bytes) behind a header and a table directory; unpacking it needs only node:zlib.
// Spec: https://www.w3.org/TR/WOFF/
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/**
 * Unpacks a WOFF 1 font into the sfnt it wraps. Throws, saying what is wrong, when the bytes are not
 * WOFF 1 (a .woff2 file, say) or a table does not unpack to its stated length.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < WOFF_HEADER || src.readUInt32BE(0) !== WOFF_SIGNATURE)
    throw new Error(
      src.length >= 4 && src.toString('latin1', 0, 4) === 'wOF2'
        ? 'a WOFF 2 file, which needs Brotli and glyph-table reconstruction; give the .woff (WOFF 1) face'
        : 'not a WOFF file (no wOFF signature)',
    );
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  if (WOFF_HEADER + numTables * WOFF_ENTRY > src.length) throw new Error('WOFF table directory runs past the file');

  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const tag = src.readUInt32BE(at);
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    const checksum = src.readUInt32BE(at + 16);
    if (offset + compLength > src.length) throw new Error(`WOFF table ${tagName(tag)} runs past the file`);
    const raw = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength)
      throw new Error(`WOFF table ${tagName(tag)} unpacks to ${data.length} bytes, not the ${origLength} it states`);
    tables.push({ tag, checksum, data });
  }
  // The sfnt's table records are sorted by tag; the tables follow, each padded to 4 bytes.
  tables.sort((a, b) => a.tag - b.tag);
  const pad = (n: number) => (n + 3) & ~3;
  const size = SFNT_HEADER + numTables * SFNT_ENTRY + tables.reduce((s, t) => s + pad(t.data.length), 0);
  const out = Buffer.alloc(size);
  // searchRange: the largest power of two ≤ numTables, times 16; entrySelector its log2.
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * SFNT_ENTRY;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * SFNT_ENTRY - searchRange, 10);
  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

const tagName = (tag: number) =>
  JSON.stringify(String.fromCharCode(tag >>> 24, (tag >>> 16) & 255, (tag >>> 8) & 255, tag & 255));

/** The sfnt's version and table tags, to check a converted font: 0x00010000 (TrueType) or 'OTTO' (CFF). */
export function sfntTables(sfnt: Uint8Array): { version: number; tags: string[] } {
  const b = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const n = b.readUInt16BE(4);
  const tags = Array.from({ length: n }, (_, i) =>
    b.toString('latin1', SFNT_HEADER + i * SFNT_ENTRY, SFNT_HEADER + i * SFNT_ENTRY + 4),
  );
  return { version: b.readUInt32BE(0), tags };
}

/**
 * The characters an sfnt maps to glyphs, read from its Unicode cmap subtable (format 4 or 12): what
 * the share cards check their text against, since a character missing from its face is drawn as a box.
 */
export function sfntCharacters(sfnt: Uint8Array): Set<number> {
  const b = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const n = b.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < n; i++)
    if (b.toString('latin1', SFNT_HEADER + i * SFNT_ENTRY, SFNT_HEADER + i * SFNT_ENTRY + 4) === 'cmap')
      cmap = b.readUInt32BE(SFNT_HEADER + i * SFNT_ENTRY + 8);
  if (cmap < 0) throw new Error('the font has no cmap table');
  const chars = new Set<number>();
  const subtables = b.readUInt16BE(cmap + 2);
  // Prefer the full-repertoire subtable (format 12) when there is one.
  const offsets = Array.from({ length: subtables }, (_, i) => cmap + b.readUInt32BE(cmap + 4 + i * 8 + 4));
  const at = offsets.find((o) => b.readUInt16BE(o) === 12) ?? offsets.find((o) => b.readUInt16BE(o) === 4);
  if (at === undefined) throw new Error('the font has no Unicode cmap subtable of format 4 or 12');
  if (b.readUInt16BE(at) === 12) {
    const groups = b.readUInt32BE(at + 12);
    for (let g = 0; g < groups; g++) {
      const start = b.readUInt32BE(at + 16 + g * 12);
      const end = b.readUInt32BE(at + 20 + g * 12);
      for (let c = start; c <= end; c++) chars.add(c);
    }
  } else {
    const segs = b.readUInt16BE(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const ranges = deltas + segs * 2;
    for (let s = 0; s < segs; s++) {
      const end = b.readUInt16BE(ends + s * 2);
      const start = b.readUInt16BE(starts + s * 2);
      const delta = b.readInt16BE(deltas + s * 2);
      const range = b.readUInt16BE(ranges + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        const glyph = range ? b.readUInt16BE(ranges + s * 2 + range + (c - start) * 2) : (c + delta) & 0xffff;
        if (glyph !== 0) chars.add(c);
      }
    }
  }
  return chars;
}
