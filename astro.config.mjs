// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/build/integrations/content-check.ts';
import { securityHeaders } from './src/build/integrations/security-headers.ts';
import { rehypeBaseLinks } from './src/build/rehype-base-links.ts';
import { reader } from './src/build/integrations/reader.ts';
import { searchIndex } from './src/build/integrations/search-index.ts';

/** Sub-path the site is served under, e.g. BASE_PATH=/explainers/iraq/ ; "/" by default. */
const base = process.env.BASE_PATH ?? '/';
if (!base.startsWith('/')) throw new Error(`BASE_PATH must start with "/", found "${base}". Fix: write it as /some/path/`);

export default defineConfig({
  // The public address of the site, used for canonical URLs; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  // Per-checkout cache (not inside node_modules), so parallel checkouts sharing packages never collide.
  // ASTRO_CACHE_DIR: builds of a fixture copy of the content keep their own cache, so they never leave
  // entries of a deleted fixture in the real build's content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache/astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Authors link to site pages from the root (/sources/); rehypeBaseLinks adds the base path.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeBaseLinks, { base }]] }) },
  // The sitemap lists readers' pages; embed pages (charts without the site around them), the offline
  // notice and the 404 stay out.
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !/\/(embed\/|offline\/$|404\/?$)/.test(new URL(page).pathname) }),
    securityHeaders(),
    reader(),
    searchIndex(),
  ],
  security: {
    // A strict policy: everything comes from this site and nothing else. Astro adds hashes for its own
    // scripts and styles to script-src and style-src.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // Stated, not inherited: the offline service worker and the web app manifest come from this site.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Search (Pagefind, loaded from this site when the reader opens it) runs its engine as
      // WebAssembly. 'wasm-unsafe-eval' lets the page compile WebAssembly; it does not allow eval()
      // of JavaScript, and the module itself still has to come from 'self' (connect-src).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
});
