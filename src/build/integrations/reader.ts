// Reader comforts that need the build itself: the colour-theme script inlined in every <head> (Astro
// hashes injected head scripts into the CSP, which it does not do for `is:inline` ones), and the
// service worker for offline reading, generated after the build so that it knows the base path and
// every asset it must keep.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listFiles, serviceWorkerConfig } from '../offline.ts';
import { withSlash } from '../../urls.ts';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');

/**
 * Drops comments and indentation from a small hand-written script that goes inline into every page.
 * Only for scripts whose strings hold no comment markers (theme-init.js).
 */
export function compactScript(js: string): string {
  return js
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** Astro integration: theme script in every page's head; sw.js written into the output at the base path. */
export function reader(): AstroIntegration {
  let base = '/';
  return {
    name: 'reader',
    hooks: {
      'astro:config:setup': ({ config, injectScript }) => {
        base = withSlash(config.base);
        injectScript('head-inline', compactScript(read('../../client/theme-init.js')));
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const config = serviceWorkerConfig(listFiles(out), base);
        const worker = `const CONFIG = ${JSON.stringify(config)};\n${read('../../client/service-worker.js')}`;
        writeFileSync(`${out}/sw.js`, worker);
        logger.info(`sw.js: cache ${config.version}, ${config.precache.length} files kept for offline reading`);
      },
    },
  };
}
