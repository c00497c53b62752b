// The web app manifest, so readers can add the explainer to their home screen. Built per base path:
// start_url and scope are the site's base, and the icons live under it.
import type { APIRoute } from 'astro';
import { href } from '../urls.ts';
import { ui } from '../i18n/ui.ts';

/** Colours of the launch screen and the browser bar: the site's light background and the icon's blue. */
const BACKGROUND = '#fdfcf9';
const THEME = '#1d3557';

export const GET: APIRoute = () => {
  const t = ui.en;
  const manifest = {
    name: t.siteName,
    short_name: t.siteName,
    description: t.siteTagline,
    lang: 'en',
    dir: 'ltr',
    start_url: href(),
    scope: href(),
    id: href(),
    display: 'standalone',
    background_color: BACKGROUND,
    theme_color: THEME,
    icons: [
      { src: href('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: href('icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: href('icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: href('icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
