import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { sfntCharacters, sfntTables, woffToSfnt } from '../../../src/build/woff.ts';
import { FACES, loadFace, renderCard } from '../../../src/build/share-image.ts';

const require = createRequire(import.meta.url);

/** A WOFF 1 file wrapping the given tables (compressed when that saves bytes), to test the unpacking. */
function woff(tables: Record<string, Buffer>): Buffer {
  const tags = Object.keys(tables).sort().reverse(); // out of order: the sfnt must sort them
  const header = Buffer.alloc(44 + tags.length * 20);
  header.writeUInt32BE(0x774f4646, 0);
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt16BE(tags.length, 12);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables[tag];
    const z = deflateSync(data);
    const stored = z.length < data.length ? z : data;
    const at = 44 + i * 20;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(offset, at + 4);
    header.writeUInt32BE(stored.length, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    header.writeUInt32BE(0x12345678 + i, at + 16);
    const padded = Buffer.concat([stored, Buffer.alloc((4 - (stored.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

describe('woffToSfnt(woff)', () => {
  const head = Buffer.alloc(54, 7);
  const name = Buffer.from('a name table that compresses well '.repeat(20));
  const post = Buffer.from([1, 2, 3]);
  const sfnt = woffToSfnt(woff({ head, name, post }));

  it('writes an sfnt header with the table count and binary-search fields', () => {
    assert.equal(sfnt.readUInt32BE(0), 0x00010000);
    assert.equal(sfnt.readUInt16BE(4), 3);
    // searchRange = 16 × the largest power of two ≤ 3 (2), entrySelector = log2(2), rangeShift = 48 − 32.
    assert.deepEqual([sfnt.readUInt16BE(6), sfnt.readUInt16BE(8), sfnt.readUInt16BE(10)], [32, 1, 16]);
  });
  it('sorts the table records by tag and unpacks each table, compressed or not, on 4-byte boundaries', () => {
    assert.deepEqual(sfntTables(sfnt).tags, ['head', 'name', 'post']);
    for (const [i, data] of [head, name, post].entries()) {
      const at = 12 + i * 16;
      const offset = sfnt.readUInt32BE(at + 8);
      assert.equal(offset % 4, 0);
      assert.equal(sfnt.readUInt32BE(at + 12), data.length);
      assert.deepEqual(sfnt.subarray(offset, offset + data.length), data);
    }
  });
  it('keeps each table checksum', () => assert.ok(sfnt.readUInt32BE(12 + 4) >= 0x12345678));
  it('refuses a WOFF 2 file and bytes that are not WOFF, saying which', () => {
    assert.throws(() => woffToSfnt(Buffer.from('wOF2'.padEnd(60, '\0'))), /WOFF 2/);
    assert.throws(() => woffToSfnt(Buffer.alloc(60)), /not a WOFF file/);
  });
  it('refuses a table that does not unpack to its stated length', () => {
    const bad = woff({ name });
    bad.writeUInt32BE(name.length + 1, 44 + 12);
    assert.throws(() => woffToSfnt(bad), /unpacks to .* bytes, not the/);
  });
});

describe('the bundled card faces', () => {
  for (const face of FACES)
    it(`${face.family} ${face.weight} unpacks to a TrueType font with the tables resvg needs`, () => {
      const sfnt = loadFace(face);
      const { version, tags } = sfntTables(sfnt);
      assert.ok(version === 0x00010000 || version === 0x4f54544f, `sfnt version ${version.toString(16)}`);
      for (const t of ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'glyf', 'loca', 'GSUB'])
        assert.ok(tags.includes(t), `table ${t}`);
      // Same bytes as a WOFF 1 file should give: the unpacked tables add up to at least the file's size.
      assert.ok(sfnt.length >= readFileSync(require.resolve(`${face.pkg}/files/${face.file}`)).length);
    });
  it('a missing face stops with the face, the file and the fix', () =>
    assert.throws(
      () =>
        loadFace(FACES[2], () => {
          throw new Error('not found');
        }),
      (e: Error) =>
        /Noto Sans Arabic 400/.test(e.message) &&
        e.message.includes('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff') &&
        /Fix: run `npm install`/.test(e.message),
    ));
  it('a face that does not unpack stops with the reason', () =>
    assert.throws(
      () => loadFace(FACES[0], () => require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2')),
      /cannot be read from .*woff2: a WOFF 2 file/,
    ));
});

describe('sfntCharacters(sfnt) and the coverage check', () => {
  const latin = sfntCharacters(loadFace(FACES[0]));
  const arabic = sfntCharacters(loadFace(FACES[2]));
  it('reads the characters each face draws from its cmap', () => {
    for (const ch of 'Az09,.’“”–') assert.ok(latin.has(ch.codePointAt(0)!), ch);
    assert.ok(!latin.has('ب'.codePointAt(0)!));
    for (const ch of 'ابتثلىي٠٩،٬\u200c') assert.ok(arabic.has(ch.codePointAt(0)!), ch);
    assert.ok(!arabic.has('A'.codePointAt(0)!));
  });
  it('stops a card whose text holds a character its face does not draw, naming it', () =>
    assert.rejects(
      renderCard({ site: 'x', title: 'A snowman ☃ here' }),
      /“☃” \(U\+2603\) in “A snowman ☃ here” is not in the Noto Sans 700 face .*Fix:/,
    ));
});
