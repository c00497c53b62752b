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
import { siteAddress } from './src/build/integrations/site-address.ts';
import { siteOrStop } from './src/check/rules/site.ts';

/** Sub-path the site is served under, e.g. BASE_PATH=/explainers/iraq/ ; "/" by default. */
const base = process.env.BASE_PATH ?? '/';
if (!base.startsWith('/'))
  throw new Error(`BASE_PATH must start with "/", found "${base}". Fix: write it as /some/path/`);

// content/site.yaml checked, and the public address settled: SITE_URL, else site.yaml's url, else none.
// A bad SITE_URL (not absolute http(s), or a path other than BASE_PATH) stops here with its fix.
const settings = siteOrStop({ SITE_URL: process.env.SITE_URL, BASE_PATH: base });

export default defineConfig({
  // The public address, when known; never a made-up host. Without one, pages leave out what needs an
  // absolute URL (src/urls.ts absoluteUrl() is undefined) and site-address() says so once.
  site: settings.url,
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
  // notice and the 404 stay out. A sitemap holds absolute URLs only, so there is none without an address.
  integrations: [
    contentCheck(),
    mdx(),
    ...(settings.url
      ? [sitemap({ filter: (page) => !/\/(embed\/|offline\/$|404\/?$)/.test(new URL(page).pathname) })]
      : []),
    siteAddress(settings.url),
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
  // One stylesheet for every page (issue 18): one request instead of up to six, 1.7 KB less gzipped on
  // the long page than the same rules in six files (7.0 KB against 8.7 KB), and cached once for every page a reader opens next.
  vite: { build: { cssCodeSplit: false } },
  devToolbar: { enabled: false },
});
