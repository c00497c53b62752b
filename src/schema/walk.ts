// The content model of a guided walk (content/walks/<id>.yaml): a chart and the estimates it lights
// up one by one as the reader scrolls.
import { z } from 'astro/zod';
import { ID_PATTERN } from './records.ts';

const id = z.string().regex(ID_PATTERN, 'must be an id: lower-case words joined by hyphens');

/** One guided walk through a chart. */
export const walkSchema = z.strictObject({
  /** Id of the chart the walk goes through; it must be placed with <Chart id> before the walk. */
  chart: id,
  /** The steps in reading order; at least two, each estimate at most once. */
  steps: z
    .array(
      z.strictObject({
        /** Id of a file in content/estimates/: the figure this step lights up and explains. */
        estimate: id,
      }),
    )
    .min(2, 'must list at least two steps'),
});
export type Walk = z.infer<typeof walkSchema>;
