// Builds the full-text search index after every build, with Pagefind's Node API, so `npm run build`
// always ships an index that matches the pages. Pagefind splits the index by <html lang>: the Arabic
// pages form an Arabic index, the English pages an English one, and each page searches its own.
// Only elements marked data-pagefind-body are indexed (the theme pages and the sources page); the
// long page repeats the themes and would double every result.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, rmSync } from 'node:fs';

/**
 * Pagefind's ready-made interfaces, which this site does not use (it has its own small dialog,
 * src/client/search-ui.ts). Removed so they are neither deployed nor cached for offline reading.
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Astro integration that writes the Pagefind index and its browser files to <outDir>/pagefind/. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count === 0)
            throw new Error('Pagefind indexed no page: no element carries data-pagefind-body');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          for (const f of readdirSync(join(site, 'pagefind'))) if (UNUSED.test(f)) rmSync(join(site, 'pagefind', f));
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
