// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { reader } from './src/integrations/reader.ts';

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
  cacheDir: './.cache/astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [contentCheck(), mdx(), reader()],
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
    },
  },
  devToolbar: { enabled: false },
});
