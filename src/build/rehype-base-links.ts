// Lets authors write links to the site's own pages from the site root in Markdown and MDX
// ([the sources](/sources/)), as the content check requires (src/check/rules/links.ts), and still have them
// work when the site is served under a sub-path (BASE_PATH): each such href gets the base path in front.

/** The little of a HAST node this plugin reads. */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Prefixes a root-relative site address with the base path: ("/sources/", "/sub/") → "/sub/sources/". */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const b = base.endsWith('/') ? base : `${base}/`;
  if (b === '/' || href.startsWith(b)) return href;
  return `${b}${href.slice(1)}`;
}

/** Rehype plugin: every <a href="/..."> in Markdown and MDX content gets the base path. */
export function rehypeBaseLinks(options: { base: string }) {
  const walk = (node: Node) => {
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
      node.properties.href = withBase(node.properties.href, options.base);
    }
    node.children?.forEach(walk);
  };
  return (tree: Node) => walk(tree);
}
