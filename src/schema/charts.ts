// The words and data of the charts: one YAML file per chart in content/charts/<chart-id>.yaml, and one
// file per place in content/places/<place-id>.yaml. Maintainers edit these, never the chart code.
// Cross-references (estimate, source and section ids) are checked by src/lib/rules/charts.ts.
import { z } from 'astro/zod';
import { EVENT_KINDS, ID_PATTERN } from './records.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().regex(ID_PATTERN, 'must be a record id: lower-case words joined by hyphens');
const sentence = (min: number, max: number) =>
  z.string().trim().min(min).max(max).regex(/[.!?]$/, 'must be a sentence ending with a full stop');

/** One step of the recruitment pipeline (a channel or a promise), with the sources that name it. */
export const stageItemSchema = z.strictObject({
  /** Short label shown in the chart, in the sources' terms (a few words). */
  label: text(48),
  /** One sentence saying what the sources report about it; shown in the data table. */
  detail: text(300),
  /** The source records that name it (ids of files in content/sources/). */
  sources: z.array(id).min(1),
});

/** What the pipeline chart draws, beyond its words. */
export const pipelineSchema = z.strictObject({
  /** How recruits are reached (social networks, intermediaries, travel offices...). */
  channels: z.array(stageItemSchema).min(1),
  /** What recruits are promised (salaries, citizenship, land...). */
  promises: z.array(stageItemSchema).min(1),
  /** The salary offers to draw to scale: ids of estimates with unit "usd-per-month". */
  salaries: z.array(id).min(1),
  /** The outcome figure drawn as 100 squares: id of an estimate with unit "percent". */
  outcome: id,
  /** A short label for the unmarked squares, drawn beside the grid (one or two short sentences). */
  outcomeRest: text(140),
  /** What the outcome figure says, in plain words (shown under the squares). */
  outcomeSays: text(300),
  /** What it does not say, so that nobody reads more into it (shown under the squares). */
  outcomeDoesNotSay: text(300),
});

/** What the responses chart draws: which kinds of event, and which events it leaves out and why. */
export const responsesSchema = z.strictObject({
  /** The kinds of event drawn, one lane each, in this order (see EVENT_KINDS in src/schema/records.ts). */
  kinds: z.array(z.enum(EVENT_KINDS)).min(1),
  /** Events of those kinds that are not a response to recruitment, each with the reason shown to readers. */
  exclude: z
    .array(
      z.strictObject({
        /** Id of a file in content/events/. */
        event: id,
        /** One sentence saying why it is left out. */
        reason: text(300),
      }),
    )
    .optional(),
});

/** The words of one chart: content/charts/<chart-id>.yaml. */
export const chartSchema = z.strictObject({
  /** Heading of the chart, as readers see it (a few words). */
  title: text(90),
  /** One sentence: what the reader should take away from the chart. */
  takeaway: sentence(20, 220),
  /** A text description for screen-reader users, saying what the chart shows and what it means. */
  description: text(1500),
  /** Id of the section (a <Heading id> in a theme) where the chart is placed. */
  section: id,
  /** A caveat shown with the source notes, if the chart needs one. */
  note: text(400).optional(),
  /** Data for the pipeline chart (required in pipeline-chart.yaml, not allowed elsewhere). */
  pipeline: pipelineSchema.optional(),
  /** Data for the responses chart (required in responses-chart.yaml, not allowed elsewhere). */
  responses: responsesSchema.optional(),
});

/** Which country a place is in; the map draws these three. */
export const PLACE_COUNTRIES = ['iraq', 'russia', 'ukraine'] as const;

/** A place the sources name: content/places/<place-id>.yaml. */
export const placeSchema = z
  .strictObject({
    /** Name shown on the map, in one spelling used everywhere. */
    name: text(40),
    /** Which country the place is in (see PLACE_COUNTRIES). */
    country: z.enum(PLACE_COUNTRIES),
    /** What kind of place it is: a city or town, a province, or an area the sources only describe. */
    kind: z.enum(['city', 'province', 'area']),
    /**
     * Where to draw it, in degrees (longitude east, latitude north). Ordinary geography, not a claim of
     * the sources. Leave out for a place the sources do not pin down: it is then described, not placed.
     */
    coordinates: z.strictObject({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }).optional(),
    /** One sentence: what the sources say happened there. */
    what: text(300),
    /** The source records that name the place (ids of files in content/sources/). */
    sources: z.array(id).min(1),
    /** Order on the map's numbered list (1 comes first). */
    order: z.number().int().positive(),
  })
  .superRefine((p, ctx) => {
    if (p.kind !== 'area' && !p.coordinates) {
      ctx.addIssue({ code: 'custom', path: ['coordinates'], message: `is required for a ${p.kind}`, params: { fix: 'add "coordinates: { lon: 44.37, lat: 33.31 }", or set "kind: area" to describe the place without placing it' } });
    }
    if (p.kind === 'area' && p.coordinates) {
      ctx.addIssue({ code: 'custom', path: ['coordinates'], message: 'must be left out for an area the sources do not pin down', params: { fix: 'remove "coordinates", or set "kind" to "city" or "province"' } });
    }
  });

export type ChartText = z.output<typeof chartSchema>;
export type PipelineData = z.output<typeof pipelineSchema>;
export type StageItem = z.output<typeof stageItemSchema>;
export type ResponsesData = z.output<typeof responsesSchema>;
export type PlaceData = z.output<typeof placeSchema>;
