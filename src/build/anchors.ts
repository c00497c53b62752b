// Published link targets ("a link is a promise"): which ids of a built page readers are invited to
// link to, and which recorded ones a build has lost. Works on HTML text, so the same check runs on
// files in dist/ and on pages fetched from a server.

/** Site-relative page path ("" for the home page, "overview/") → ids readers may link to. */
export type AnchorRecord = Record<string, string[]>;

const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
/** Attributes of every opening tag with this name, in document order. */
function tags(html: string, name?: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = name ? new RegExp(`<${name}\\b([^>]*)>`, 'gi') : /<[a-z][\w-]*\b([^>]*)>/gi;
  for (const m of html.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(ATTR)) attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    out.push(attrs);
  }
  return out;
}

const hasClass = (attrs: Record<string, string>, c: string) => (attrs.class ?? '').split(/\s+/).includes(c);
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Every element id on the page. */
export function allIds(html: string): Set<string> {
  return new Set(
    tags(html)
      .map((a) => a.id)
      .filter((id): id is string => id !== undefined)
      .map(decode),
  );
}

/**
 * The ids a page publishes: targets of its own "link to this" anchors (`<a class="anchor" href="#id">`)
 * and former ids kept as aliases (`class="alias-target"`). Sorted, without repeats.
 */
export function publishedIds(html: string): string[] {
  const ids = new Set<string>();
  for (const a of tags(html, 'a'))
    if (hasClass(a, 'anchor') && a.href?.startsWith('#') && a.href.length > 1)
      ids.add(decodeURIComponent(decode(a.href.slice(1))));
  for (const t of tags(html)) if (hasClass(t, 'alias-target') && t.id) ids.add(decode(t.id));
  return [...ids].sort();
}

/** One broken promise: a recorded page or id the build no longer has. */
export interface LostAnchor {
  page: string;
  /** The id, or null when the whole page is gone. */
  id: string | null;
}

/**
 * Compares the record with a build: every recorded page must still exist, and every recorded id must
 * still be an element id on it (its own or an alias). `readPage` returns a page's HTML, or null when
 * the page does not exist.
 */
export async function lostAnchors(
  record: AnchorRecord,
  readPage: (path: string) => Promise<string | null> | string | null,
): Promise<LostAnchor[]> {
  const lost: LostAnchor[] = [];
  for (const [page, ids] of Object.entries(record)) {
    const html = await readPage(page);
    if (html === null) {
      lost.push({ page, id: null });
      continue;
    }
    const have = allIds(html);
    for (const id of ids) if (!have.has(id)) lost.push({ page, id });
  }
  return lost;
}

/** Explains lost anchors as instructions for the maintainer. */
export function describeLost(lost: LostAnchor[], recordFile = 'tests/published-anchors.json'): string {
  const lines = lost.map((l) =>
    l.id === null ? `  /${l.page}: the page is gone` : `  /${l.page}#${l.id}: no element has this id any more`,
  );
  return [
    `${lost.length} published link target${lost.length === 1 ? ' was' : 's were'} removed (recorded in ${recordFile}):`,
    ...lines,
    'Fix: links that readers have shared must keep working. Restore the id, or keep it as an alias of its new name:',
    '  <Heading id="new-id" aliases={["old-id"]}>…</Heading>',
  ].join('\n');
}

/** Adds a build's published ids to the record without ever removing one; returns the new record and what was added. */
export function mergeRecord(record: AnchorRecord, build: AnchorRecord): { record: AnchorRecord; added: string[] } {
  const out: AnchorRecord = {};
  const added: string[] = [];
  for (const page of [...new Set([...Object.keys(record), ...Object.keys(build)])].sort()) {
    const before = new Set(record[page] ?? []);
    for (const id of build[page] ?? []) if (!before.has(id)) added.push(`/${page}#${id}`);
    if (!(page in record) && (build[page] ?? []).length === 0) added.push(`/${page}`);
    out[page] = [...new Set([...before, ...(build[page] ?? [])])].sort();
  }
  return { record: out, added };
}
