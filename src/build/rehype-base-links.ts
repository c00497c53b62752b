// Lets authors write links to the site's own pages from the site root in Markdown and MDX
// ([the sources](/sources/)), as the content check requires (src/check/rules/links.ts), and still have them
// work when the site is served under a sub-path (BASE_PATH): each such href gets the base path in front.

import { withBase, withSlash } from '../urls.ts';

/** The little of a HAST node this plugin reads. */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/**
 * Prefixes a root-relative site address with the base path: ("/sources/", "/sub/") → "/sub/sources/".
 * Other links (fragments, other sites, already prefixed) are left as they are.
 */
export function linkWithBase(link: string, base: string): string {
  if (!link.startsWith('/') || link.startsWith('//')) return link;
  const b = withSlash(base);
  if (b === '/' || link.startsWith(b)) return link;
  return withBase(link, b);
}

/** Rehype plugin: every <a href="/..."> in Markdown and MDX content gets the base path. */
export function rehypeBaseLinks(options: { base: string }) {
  const walk = (node: Node) => {
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
      node.properties.href = linkWithBase(node.properties.href, options.base);
    }
    node.children?.forEach(walk);
  };
  return (tree: Node) => walk(tree);
}
