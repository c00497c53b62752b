// Text measurement without a browser: the charts are laid out at build time, so label widths are
// estimated from average glyph widths of the system sans-serif fonts the site uses (generous, so that
// a label estimated to fit really does).

const NARROW = /[iljtfrI.,:;'’|!() ]/;
const WIDE = /[mwMW@%—]/;
const CAPS = /[A-Z0-9$]/;

/** Estimated width in pixels of `text` set at `size` px in the UI font. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += NARROW.test(ch) ? 0.32 : WIDE.test(ch) ? 0.9 : CAPS.test(ch) ? 0.66 : 0.56;
  // Calibrated against DejaVu Sans, the widest common fallback for system-ui (Roboto on phones is narrower).
  return em * size * 1.1;
}

/** Estimated width of bold text: about a tenth wider than regular. */
export const boldWidth = (text: string, size: number) => textWidth(text, size) * 1.1;

/** Breaks `text` into lines no wider than `maxWidth` at `size` px, at spaces; a single long word keeps its own line. */
export function wrapText(text: string, maxWidth: number, size: number, measure = textWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Rounds a coordinate to one decimal, which is finer than a screen pixel and keeps the SVG small. */
export const r1 = (n: number) => Math.round(n * 10) / 10;
