// A parsed view of built HTML (parse5, the parser browsers' spec describes) for checks that read pages without a browser.
import { parse } from 'parse5';

/** An element with its attributes under their HTML names, as written in the page. */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  parent: El | null;
  /** Text of the element and everything inside it. */
  text: string;
  /** The element's own text nodes, without its children's. */
  texts: string[];
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string; prefix?: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

function convert(n: P5Node, parent: El | null): El {
  const el: El = { tag: n.tagName ?? n.nodeName, attrs: {}, children: [], parent, text: '', texts: [] };
  for (const a of n.attrs ?? []) el.attrs[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
  const kids = n.content?.childNodes ?? n.childNodes ?? [];
  for (const k of kids) {
    if (k.nodeName === '#text') {
      el.text += k.value ?? '';
      el.texts.push(k.value ?? '');
    } else if (k.tagName) {
      const child = convert(k, el);
      el.children.push(child);
      el.text += child.text;
    }
  }
  return el;
}

/** The document as a tree of elements (the root is a "#document" node). */
export function parseHtml(html: string): El {
  return convert(parse(html) as unknown as P5Node, null);
}

/** Every element below `root` (document order) for which `match` holds. */
export function findAll(root: El, match: (el: El) => boolean): El[] {
  const out: El[] = [];
  const visit = (el: El) => {
    for (const c of el.children) {
      if (match(c)) out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}

export const byTag = (root: El, tag: string) => findAll(root, (e) => e.tag === tag);
export const hasClass = (el: El, cls: string) => (el.attrs.class ?? '').split(/\s+/).includes(cls);
/** The content of <meta property|name="key">, or undefined. */
export const metaContent = (doc: El, key: string) =>
  findAll(doc, (e) => e.tag === 'meta' && (e.attrs.property === key || e.attrs.name === key))[0]?.attrs.content;
/** Every id in the page. */
export const ids = (doc: El) => findAll(doc, (e) => e.attrs.id !== undefined).map((e) => e.attrs.id);
