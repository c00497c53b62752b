// Fills in deploy/nginx.conf.template for a build: the security headers come from the build's own
// _headers file (written by src/build/integrations/security-headers.ts), so nginx serves exactly the policy
// each page was built with. Usage (see docs/deploy.md):
//   node deploy/nginx-conf.ts --out DIST --base /sub/path/ --webroot DIR --port 8080 --tmp DIR > site.conf
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHeadersFile, type HeaderRule } from '../src/build/headers.ts';

export const TEMPLATE = fileURLToPath(new URL('./nginx.conf.template', import.meta.url));

/** What the template needs. */
export interface NginxOptions {
  /** Port nginx listens on (on 127.0.0.1). */
  port: number;
  /** Sub-path the site is served under, with leading and trailing slashes ("/" for the root). */
  base: string;
  /** Folder that, joined with `base`, is the build output. */
  webroot: string;
  /** Folder for nginx's pid, logs and temporary files. */
  tmp: string;
  /** The build's _headers rules. */
  rules: HeaderRule[];
}

const quote = (v: string) => {
  if (/["\\$\n]/.test(v))
    throw new Error(`nginx-conf: header value ${v} contains a character that cannot be quoted for nginx`);
  return `"${v}"`;
};

/**
 * Renders the nginx configuration. Headers that every path gets (the "<base>*" rule) become
 * add_header lines; per-page headers become maps keyed by the request's final URI, both "/x/" and
 * "/x/index.html" (nginx serves the latter for the former).
 */
export function renderNginxConf(o: NginxOptions, template = readFileSync(TEMPLATE, 'utf8')): string {
  if (!o.base.startsWith('/') || !o.base.endsWith('/'))
    throw new Error(`nginx-conf: base must start and end with "/", found "${o.base}"`);
  const common = o.rules.filter((r) => r.path.endsWith('*'));
  const pages = o.rules.filter((r) => !r.path.endsWith('*'));
  // A common header that a later rule replaces for some paths (Cross-Origin-Resource-Policy on the
  // embeds) becomes a map with the common value as its default, so nginx never sends it twice.
  const replaced = (k: string) => pages.some((r) => k in r.headers);
  const variable = (k: string) => `$common_${k.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
  const commonHeaders = common.flatMap((r) => Object.entries(r.headers));
  const commonLines = commonHeaders.map(
    ([k, v]) => `    add_header ${k} ${replaced(k) ? variable(k) : quote(v)} always;`,
  );
  const map = (variable: string, header: string, fallback = '') => {
    const lines = pages.flatMap((r) => {
      const v = r.headers[header];
      if (!v) return [];
      const keys = r.path.endsWith('/') ? [r.path, `${r.path}index.html`] : [r.path];
      return keys.map((k) => `    ${quote(k)} ${quote(v)};`);
    });
    return `  map $uri ${variable} {\n    default ${quote(fallback)};\n${lines.join('\n')}\n  }`;
  };
  const commonMaps = commonHeaders.filter(([k]) => replaced(k)).map(([k, v]) => map(variable(k), k, v));
  const values: Record<string, string> = {
    PORT: String(o.port),
    BASE: o.base,
    WEBROOT: o.webroot.replace(/\/$/, ''),
    TMP: o.tmp,
    HEADER_MAPS: [
      map('$page_csp', 'Content-Security-Policy'),
      map('$page_frame_options', 'X-Frame-Options'),
      ...commonMaps,
    ].join('\n'),
    COMMON_HEADERS: commonLines.join('\n'),
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, k: string) => {
    if (!(k in values)) throw new Error(`nginx-conf: unknown placeholder {{${k}}} in the template`);
    return values[k];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: a } = parseArgs({
    options: {
      out: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      webroot: { type: 'string' },
      port: { type: 'string', default: '8080' },
      tmp: { type: 'string', default: '/tmp/site-nginx' },
    },
  });
  const rules = parseHeadersFile(readFileSync(`${a.out}/_headers`, 'utf8'));
  process.stdout.write(
    renderNginxConf({ port: Number(a.port), base: a.base!, webroot: a.webroot ?? a.out!, tmp: a.tmp!, rules }),
  );
}
