// The site's own Astro configuration for tests/dev/, with Vite's dependency cache moved to
// VITE_CACHE_DIR: `astro dev` would otherwise write it into node_modules/.vite, which checkouts share.
import config from '../../astro.config.mjs';

export default { ...config, vite: { ...config.vite, cacheDir: process.env.VITE_CACHE_DIR ?? config.vite?.cacheDir } };
