// Share-card images, one per page (og/<key>.png), drawn at build time; see src/build/share-image.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCards, type PageCard } from '../../build/share.ts';
import { absoluteUrl } from '../../urls.ts';
import { cachedCard } from '../../build/share-image.ts';
import { ui } from '../../i18n/ui.ts';

export const getStaticPaths = (async () =>
  (await pageCards()).map((card) => ({ params: { card: card.key }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PageCard }> = async ({ props }) => {
  const { card } = props;
  // The card names the page's address only when the site's public address is known.
  const address = absoluteUrl(card.path)?.replace(/^https?:\/\//, '');
  const png = await cachedCard({
    site: ui.en.siteName,
    title: card.title,
    subtitle: card.subtitle,
    figure: card.figure,
    figureBy: card.figureBy,
    address,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
