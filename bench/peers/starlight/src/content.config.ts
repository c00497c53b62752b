import { defineCollection } from 'astro:content';
// @ts-expect-error -- Starlight is installed only in the peer's build folder (.cache/peers/starlight/), not here.
import { docsLoader } from '@astrojs/starlight/loaders';
// @ts-expect-error -- as above: the type check of this repository does not see the peer's packages.
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
