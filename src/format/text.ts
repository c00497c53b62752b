// Plain text out of rendered HTML, for accessible names and share-card text that must not carry markup.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Strips tags from a fragment of rendered HTML and decodes its character references, so that
 * `Who&#39;s <em>targeted</em>` reads "Who's targeted". Whitespace runs collapse to one space.
 */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (m, dec, hex, name) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (ENTITIES[name.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}
