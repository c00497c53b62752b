// robots.txt: everything may be crawled except the embed pages (charts without the site around
// them, which would compete with the chart pages); names the sitemap by its absolute URL.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../build/share.ts';
import { href } from '../urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: ${href('embed/')}\n\nSitemap: ${absoluteUrl('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
