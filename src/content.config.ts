// Astro's content collections, built from the shared schemas in src/schema/records.ts.
// The content check (src/check/index.ts) has already run when these load, so a mistake that
// reaches here is one the check missed: Astro then reports it in its own words.
//
// Why Astro's glob loader and not src/records/load.ts: the themes are MDX that Astro must compile and
// render (render(entry)), and in `astro dev` the glob loader watches the files and updates its store
// on each edit. Both come with the glob loader only. It reads the same folders (CONTENT_DIR, via
// src/records/paths.ts) with the same schemas as the content check, so the two cannot disagree on
// what a record is; everything outside Astro's pages (the check, charts, downloads, bench/, scripts/)
// reads through the one loader.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { estimateSchema, eventSchema, sourceSchema, themeSchema, updateSchema } from './schema/records.ts';
import { contentDir } from './records/paths.ts';

const yaml = (folder: string) => glob({ pattern: '*.yaml', base: `${contentDir}/${folder}` });

export const collections = {
  themes: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/themes` }), schema: themeSchema }),
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema(reference('sources')) }),
  estimates: defineCollection({ loader: yaml('estimates'), schema: estimateSchema(reference('sources')) }),
  events: defineCollection({ loader: yaml('events'), schema: eventSchema(reference('sources')) }),
  updates: defineCollection({ loader: yaml('updates'), schema: updateSchema }),
};
