// Share-card images, one per page and edition (og/<key>.png, og/ar-<key>.png for the Arabic edition),
// drawn at build time; see src/build/share-image.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCards, type PageCard } from '../../build/share.ts';
import { absoluteUrl } from '../../urls.ts';
import { cachedCard } from '../../build/share-image.ts';
import { DIR, pathIn, ui } from '../../i18n/index.ts';

export const getStaticPaths = (async () =>
  (await pageCards()).map((card) => ({ params: { card: card.key }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PageCard }> = async ({ props }) => {
  const { card } = props;
  // The card names the page's address only when the site's public address is known.
  const address = absoluteUrl(pathIn(card.lang, card.path))?.replace(/^https?:\/\//, '');
  const png = await cachedCard({
    site: ui[card.lang].siteName,
    title: card.title,
    subtitle: card.subtitle,
    figure: card.figure,
    figureBy: card.figureBy,
    address,
    dir: DIR[card.lang],
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
