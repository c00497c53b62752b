// robots.txt: everything may be crawled except the embed pages (charts without the site around
// them, which would compete with the chart pages); names the sitemap by its absolute URL, which it
// must be, so the line is left out (with the sitemap) when the site's public address is not known.
import type { APIRoute } from 'astro';
import { absoluteUrl, href } from '../urls.ts';

export const GET: APIRoute = () => {
  const sitemap = absoluteUrl('sitemap-index.xml');
  return new Response(`User-agent: *\nDisallow: ${href('embed/')}\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
