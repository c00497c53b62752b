// The HTTP headers the site must be served with, derived from the built pages themselves: each page's
// Content-Security-Policy is read from its <meta http-equiv> tag (written by Astro's security.csp), so
// the header can never drift from the hashes of the page's own scripts and styles. The result is a
// `_headers` file (the format of Netlify and Cloudflare Pages) from which the nginx configuration is
// generated too (deploy/nginx-conf.ts).
import { createHash } from 'node:crypto';
import { withSlash } from '../urls.ts';

/** Headers every response carries, whatever the page. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The site uses none of these features; denying them means an injected script cannot either. Only
  // features browsers recognise: an unknown one is reported as an error in the console.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Pages under this segment are made to be framed by other sites (chart embeds), so they allow any
 * ancestor; every other page refuses to be framed (clickjacking).
 */
export const EMBED_SEGMENT = 'embed/';

/**
 * Files other sites load from their own pages: the embed pages (framed) and the script that fits
 * their frames (public/embed.js, loaded by a <script> tag). Everything else keeps
 * Cross-Origin-Resource-Policy: same-origin.
 */
export const CROSS_ORIGIN = { 'Cross-Origin-Resource-Policy': 'cross-origin' } as const;
/** The embed code's resize script, at the site's root (src/format/embed.ts EMBED_SCRIPT). */
export const EMBED_SCRIPT_PATH = 'embed.js';

/** One block of a `_headers` file: a path pattern and the headers for it. */
export interface HeaderRule {
  /** Absolute URL path (including the base path) or a pattern ending in "*". */
  path: string;
  headers: Record<string, string>;
}

/** True for a <meta> tag that holds a Content-Security-Policy (http-equiv, any case, any quoting). */
const isCspMeta = (tag: string) => /http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag);

/** Reads the Content-Security-Policy from a page's <meta http-equiv> tag; null when it has none. */
export function cspFromHtml(html: string): string | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!isCspMeta(tag)) continue;
    const content = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decodeEntities(content[1] ?? content[2]).trim();
  }
  return null;
}

/**
 * The page with its policy's script-src keeping only the hashes of the inline scripts the page itself
 * holds. Astro's security.csp lists the hash of every inline script of the whole site on every page:
 * nine of them, 53 bytes each that gzip cannot shorten, where a page runs one or two. A hash of a
 * script the page does not hold allows nothing the page needs, only a script an attacker might inject.
 * Everything else in the policy, style-src included, stays as Astro wrote it.
 */
export function withOwnScriptHashes(html: string): string {
  const own = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1]) || /\btype\s*=\s*["']?application\/ld\+json/i.test(m[1])) continue;
    own.add(createHash('sha256').update(m[2]).digest('base64'));
  }
  return html.replace(/<meta\b[^>]*>/gi, (tag) => {
    if (!isCspMeta(tag)) return tag;
    return tag.replace(
      /(script-src\b)((?:&#39;|[^;"])*)/i,
      (_, name: string, sources: string) =>
        name +
        sources.replace(/\s*(?:'|&#39;)sha256-([A-Za-z0-9+/]+=*)(?:'|&#39;)/g, (token, hash: string) =>
          own.has(hash) ? token : '',
        ),
    );
  });
}

const decodeEntities = (s: string) =>
  s
    .replace(/&#39;|&#x27;|&apos;/gi, "'")
    .replace(/&quot;|&#34;/gi, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** True when the page at this site-relative path is an embed that other sites may frame. */
export const isEmbed = (pagePath: string) => `/${pagePath}`.includes(`/${EMBED_SEGMENT}`);

/**
 * Adds the directives a <meta> policy cannot carry (browsers ignore frame-ancestors there) to a page's
 * policy, and normalises its spacing: "a;b; c" → "a; b; c; frame-ancestors 'none'".
 */
export function headerPolicy(metaPolicy: string, embed: boolean): string {
  const directives = metaPolicy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d && !/^frame-ancestors\b/i.test(d));
  directives.push(embed ? 'frame-ancestors *' : "frame-ancestors 'none'");
  return directives.join('; ');
}

/**
 * The site's files an embed page loads itself (stylesheets, icons), as URL paths. Throws on a script
 * loaded from a file: in a sandboxed frame it would need CORS headers, so embed scripts stay inline.
 */
export function embedSubresources(html: string, base: string, page = 'an embed page'): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const tag = m[0];
    const url = /\b(?:href|src)\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
    if (!url || !url.startsWith(base)) continue;
    if (m[1].toLowerCase() === 'script')
      throw new Error(
        `${page} loads the script ${url} from a file, which a sandboxed embed frame (origin "null") cannot run without CORS headers. Fix: keep the embed page's scripts free of imports, so Astro inlines them with their hash`,
      );
    if (/\brel\s*=\s*"(?:[^"]*\s)?(stylesheet|icon|preload)(?:\s[^"]*)?"/i.test(tag)) out.push(url.split(/[?#]/)[0]);
  }
  return out;
}

/** A built page: its URL path (with the base path) and its HTML. */
export interface BuiltPage {
  /** Absolute URL path as a reader requests it, e.g. "/sub/path/sources/" or "/404.html". */
  urlPath: string;
  html: string;
}

/**
 * The header rules for a built site: the common headers for every path, then, per page, its own
 * Content-Security-Policy and framing rule (embeds: any ancestor, and loadable by other sites), and
 * last the embed script, loadable by other sites. A later rule's header replaces an earlier one's. Throws when a page has no policy, naming the page, since
 * serving it without one would silently drop the protection.
 */
export function headerRules(pages: BuiltPage[], base = '/'): HeaderRule[] {
  const b = withSlash(base);
  const rules: HeaderRule[] = [{ path: `${b}*`, headers: { ...COMMON_HEADERS } }];
  for (const p of [...pages].sort((x, y) => x.urlPath.localeCompare(y.urlPath))) {
    const csp = cspFromHtml(p.html);
    if (!csp) {
      throw new Error(
        `${p.urlPath} has no Content-Security-Policy <meta> tag; expected Astro's security.csp to add one. Fix: keep security.csp enabled in astro.config.mjs and render the page through src/layouts/Base.astro`,
      );
    }
    const embed = isEmbed(p.urlPath.slice(b.length));
    const headers: Record<string, string> = { 'Content-Security-Policy': headerPolicy(csp, embed) };
    if (embed) Object.assign(headers, CROSS_ORIGIN);
    else headers['X-Frame-Options'] = 'DENY';
    rules.push({ path: p.urlPath, headers });
  }
  // A sandboxed embed frame has an opaque origin ("null"): to it every file of the site is another
  // origin's, so the stylesheets and icon an embed page links to are loadable across origins too.
  const linked = new Set<string>([`${b}${EMBED_SCRIPT_PATH}`]);
  for (const p of pages.filter((p) => isEmbed(p.urlPath.slice(b.length))))
    for (const path of embedSubresources(p.html, b, p.urlPath)) linked.add(path);
  for (const path of [...linked].sort()) rules.push({ path, headers: { ...CROSS_ORIGIN } });
  return rules;
}

/** Writes rules in the `_headers` format: a path line, then indented "Name: value" lines. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  const head =
    "# Generated at build time from the pages' own Content-Security-Policy (src/build/headers.ts). Do not edit.\n";
  return (
    head +
    rules
      .map(
        (r) =>
          `${r.path}\n${Object.entries(r.headers)
            .map(([k, v]) => `  ${k}: ${v}`)
            .join('\n')}\n`,
      )
      .join('\n')
  );
}

/** Reads a `_headers` file back into rules (comments and blank lines are skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const i = line.indexOf(':');
    if (!rule || i < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path`);
    rule.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return rules;
}

/**
 * The headers a response for this URL path gets: those of every matching rule, in file order (a
 * pattern ending in "*" matches by prefix). A page's own rule matches both "/x/" and "/x/index.html".
 */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  const alias = urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath;
  for (const r of rules) {
    const hit = r.path.endsWith('*') ? urlPath.startsWith(r.path.slice(0, -1)) : r.path === urlPath || r.path === alias;
    if (hit) Object.assign(out, r.headers);
  }
  return out;
}
