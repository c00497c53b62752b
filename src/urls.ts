// Addresses, in one place: the base path (withSlash, withBase, href, sitePath) and the site's public
// address (absoluteUrl, checkSiteUrl). Plain TypeScript with no Astro import, so astro.config.mjs, the
// build, the browser scripts and the unit tests all join paths by the same rules.

/** A path with a trailing slash: withSlash('/sub/path') → "/sub/path/"; withSlash('/') → "/". */
/** The path of a figure's own page inside an edition ("figures/<id>/"); pass it through href() or hrefIn(). */
export const figurePage = (estimate: string): string => `figures/${estimate}/`;

export const withSlash = (path: string): string => (path.endsWith('/') ? path : `${path}/`);

/** Joins a base path and a site-relative path: withBase('sources/', '/sub') → "/sub/sources/". */
export const withBase = (path: string, base: string): string => `${withSlash(base)}${path.replace(/^\//, '')}`;

/** Joins the site's base path and a site-relative path: href('sources/') → "/sub/path/sources/". */
export function href(path = '', base: string = import.meta.env.BASE_URL): string {
  return withBase(path, base);
}

/** Strips the base path from a URL's pathname: ("/sub/ar/x/", "/sub/") → "ar/x/". */
export function sitePath(pathname: string, base: string): string {
  const b = withSlash(base);
  if (pathname.startsWith(b)) return pathname.slice(b.length);
  if (`${pathname}/` === b) return '';
  return pathname.replace(/^\//, '');
}

/** Where the site is served: its public address (undefined when not known) and its base path. */
export interface Served {
  site?: string;
  base: string;
}

/** How the build being run serves the site: astro.config.mjs's `site` (SITE_URL or site.yaml) and `base`. */
const thisBuild = (): Served => ({ site: import.meta.env.SITE, base: import.meta.env.BASE_URL });

/**
 * The absolute URL of a site-relative path, or undefined when the site's public address is not known
 * (no SITE_URL and no `url` in content/site.yaml): the build then leaves out what needs one rather
 * than making up a host. absoluteUrl('sources/') → "https://news.test/sub/path/sources/".
 */
export function absoluteUrl(path = '', served: Served = thisBuild()): string | undefined {
  if (!served.site) return undefined;
  return new URL(withBase(path, served.base), served.site).href;
}

/** Why a public address cannot be used: what was found, what was expected, and the fix. */
export interface AddressProblem {
  found: string;
  expected: string;
  fix: string;
}

/**
 * Checks a public address (SITE_URL or site.yaml's `url`) against the base path. The address may name
 * the host only ("https://news.test") or the host and the same path as BASE_PATH; any other path would
 * put every link under a path the pages are not built for.
 */
export function checkSiteUrl(value: string, base: string): { url: string } | { problem: AddressProblem } {
  const b = withSlash(base);
  const expected = `an absolute http(s) address such as https://<your host>${b === '/' ? '' : b}, with no query or fragment`;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return {
      problem: {
        found: `"${value}", which is not an absolute address`,
        expected,
        fix: 'write the scheme and the host, e.g. https://<your host>',
      },
    };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return {
      problem: {
        found: `"${value}", whose scheme is "${u.protocol}"`,
        expected,
        fix: 'use an http:// or https:// address',
      },
    };
  }
  if (u.search || u.hash || value.includes('#') || u.username || u.password) {
    return {
      problem: {
        found: `"${value}", with a query, a fragment or a user name`,
        expected,
        fix: `write only the scheme, the host and the path: ${u.origin}${b === '/' ? '' : b}`,
      },
    };
  }
  const path = withSlash(u.pathname);
  if (path !== '/' && path !== b) {
    return {
      problem: {
        found: `"${value}", whose path "${path}" differs from BASE_PATH "${b}"`,
        expected,
        fix: `either drop the path (SITE_URL=${u.origin}) or build with BASE_PATH=${path}`,
      },
    };
  }
  // The base path supplies the path; the address keeps the origin only, so links are joined one way.
  return { url: `${u.origin}/` };
}

/**
 * A link to a page of this site for files read away from it (downloads): absolute when the public
 * address is known, else the path from the host root ("/sub/path/sources/#x"), never a made-up host.
 */
export function siteLink(path = '', served: Served = thisBuild()): string {
  return absoluteUrl(path, served) ?? withBase(path, served.base);
}
