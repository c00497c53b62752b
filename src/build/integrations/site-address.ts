// Says once, at the end of a build without a public address, what the build left out because it would
// have needed one: no host is ever made up (see content/site.yaml and src/urls.ts).
import type { AstroIntegration } from 'astro';

/** What a build without SITE_URL leaves out, in the words of the warning. */
export const LEFT_OUT = [
  'canonical and hreflang links',
  'og:url, og:image and twitter:image',
  'absolute links in JSON-LD',
  'the sitemap and its line in robots.txt',
  "the feed's self link and absolute ids (entries get urn:uuid ids and site-relative links)",
  "absolute URLs in citations and embed code (the browser fills in the page's address)",
  'absolute links in the CSV and JSON downloads (site-relative paths instead)',
  'the printed page address (filled in by the browser)',
];

/** The warning a build without a public address prints. */
export const noAddressWarning = (): string =>
  `No public address: SITE_URL is not set and content/site.yaml has no "url", so the build wrote no absolute URL. Left out: ${LEFT_OUT.join('; ')}. Fix: build with SITE_URL=https://<your host> (or add url: to content/site.yaml) for the site you deploy.`;

/** Astro integration: the one warning of a build with no known public address. */
export function siteAddress(url: string | undefined): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!url) logger.warn(noAddressWarning());
      },
    },
  };
}
