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
