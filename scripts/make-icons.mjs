// Renders the home-screen PNG icons from public/favicon.svg (run once after changing the icon:
// `node scripts/make-icons.mjs`); the PNGs are committed, so the build needs no image tools.
import sharp from 'sharp';
import { readFileSync } from 'node:fs';

const svg = readFileSync('public/favicon.svg', 'utf8');
// Maskable icons are cropped to a circle by some launchers: the letters must sit in the middle 80%.
const maskable = svg
  .replace('viewBox="0 0 32 32"', 'viewBox="-4 -4 40 40"')
  .replace(/<rect [^>]*\/>/, '<rect x="-4" y="-4" width="40" height="40" fill="#1d3557"/>');
for (const [name, source, size] of [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', maskable, 512],
]) {
  await sharp(Buffer.from(source), { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toFile(`public/${name}`);
  console.log(`public/${name}`);
}
