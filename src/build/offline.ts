// What the service worker keeps for offline reading, decided at build time from the built files.
// Pages are kept as the reader visits them (see src/client/service-worker.js); what is listed here is
// fetched once, at install, so that any visited page has its styles, scripts and icons offline.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One built file: its path relative to the output folder (with "/") and a digest of its bytes. */
export interface BuiltFile {
  path: string;
  digest: string;
}

/** What sw.js is generated with. */
export interface ServiceWorkerConfig {
  /** The site's base path, ending in "/": the worker's scope. */
  base: string;
  /** Changes whenever any built file changes, so each build gets its own cache and old ones are dropped. */
  version: string;
  /** Absolute URL paths fetched at install. */
  precache: string[];
}

/** Every file under the output folder, with a digest of its content. */
export function listFiles(dir: string): BuiltFile[] {
  const out: BuiltFile[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else
        out.push({
          path: relative(dir, p).split(sep).join('/'),
          digest: createHash('sha256').update(readFileSync(p)).digest('hex'),
        });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Hashed styles and scripts, plus the icons, the manifest and the offline page: small, and used by every page. */
const KEEP = [
  /^_astro\/.+\.(css|js)$/,
  /^favicon\.svg$/,
  /^icon[\w-]*\.(svg|png)$/,
  /^manifest\.webmanifest$/,
  /^(ar\/)?offline\/index\.html$/,
];

/** The URL a built file is served at under `base` ("offline/index.html" → "/base/offline/"). */
export const urlOf = (path: string, base: string) => base + path.replace(/(^|\/)index\.html$/, '$1');

/**
 * The service worker's configuration for a build: its scope, a version derived from every built file
 * and the files to fetch at install.
 */
export function serviceWorkerConfig(files: BuiltFile[], base: string): ServiceWorkerConfig {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`serviceWorkerConfig: base must start and end with "/", found "${base}"`);
  const own = files.filter((f) => f.path !== 'sw.js');
  const version = createHash('sha256')
    .update(own.map((f) => `${f.path} ${f.digest}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
  const precache = own.filter((f) => KEEP.some((re) => re.test(f.path))).map((f) => urlOf(f.path, base));
  return { base, version, precache };
}
