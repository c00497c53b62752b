// Trims each built page's Content-Security-Policy to the hashes of its own inline scripts
// (withOwnScriptHashes), then writes `_headers` into the build output from the pages' own policies,
// so a host that reads it (Netlify, Cloudflare Pages) or the nginx configuration generated from it
// (deploy/nginx-conf.ts) serves exactly the policy each page was built with. See docs/deploy.md.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, headerRules, withOwnScriptHashes, type BuiltPage } from '../headers.ts';
import { withSlash } from '../../urls.ts';

/** A built page and the file it was read from. */
type PageFile = BuiltPage & { file: string };

/** Every HTML file under `dir`, as the URL path a reader requests it by ("/x/" for x/index.html). */
export function readBuiltPages(dir: string, base: string): PageFile[] {
  const b = withSlash(base);
  const pages: PageFile[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        pages.push({ urlPath: `${b}${path}`, html: readFileSync(p, 'utf8'), file: p });
      }
    }
  };
  walk(dir);
  return pages;
}

/** Astro integration that writes `_headers` into the output folder when the build is done. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readBuiltPages(out, base).map((p) => {
          const html = withOwnScriptHashes(p.html);
          if (html !== p.html) writeFileSync(p.file, html);
          return { ...p, html };
        });
        const rules = headerRules(pages, base);
        writeFileSync(join(out, '_headers'), formatHeadersFile(rules));
        logger.info(`_headers written for ${rules.length - 1} pages`);
      },
    },
  };
}
