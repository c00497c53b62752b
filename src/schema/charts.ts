// The words and data of the charts: one YAML file per chart in content/charts/<chart-id>.yaml, and one
// file per place in content/places/<place-id>.yaml. Maintainers edit these, never the chart code.
// Cross-references (estimate, source and section ids) are checked by src/check/rules/charts.ts.
import { z } from 'astro/zod';
import { EVENT_KINDS, ID_PATTERN } from './records.ts';
import { requireTranslations } from './translations.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().regex(ID_PATTERN, 'must be a record id: lower-case words joined by hyphens');
const sentence = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .regex(/[.!?]$/, 'must be a sentence ending with a full stop');

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

const arStep = z.strictObject({
  /** Translation of the label. */ label: text(60).optional(),
  /** Translation of the detail. */ detail: text(300).optional(),
});

/** The chart's words in Arabic (see src/schema/translations.ts): required for every English one. */
export const arChart = z.strictObject({
  /** Translation of the title. */
  title: text(90).optional(),
  /** Translation of the takeaway (one sentence). */
  takeaway: sentence(10, 220).optional(),
  /** Translation of the description. */
  description: text(1500).optional(),
  /** Translation of the note. */
  note: text(400).optional(),
  pipeline: z
    .strictObject({
      /** Translated channels, in the English order. */
      channels: z.array(arStep).optional(),
      /** Translated promises, in the English order. */
      promises: z.array(arStep).optional(),
      /** Translation of outcomeRest. */
      outcomeRest: text(140).optional(),
      /** Translation of outcomeSays. */
      outcomeSays: text(300).optional(),
      /** Translation of outcomeDoesNotSay. */
      outcomeDoesNotSay: text(300).optional(),
    })
    .optional(),
  responses: z
    .strictObject({
      /** Translated reasons, in the English order. */
      exclude: z.array(z.strictObject({ /** Translation of the reason. */ reason: text(300).optional() })).optional(),
    })
    .optional(),
});

/** Translated fields of a chart record, checked by requireTranslations(). */
export const CHART_TRANSLATED = [
  'title',
  'takeaway',
  'description',
  'note',
  'pipeline.channels.*.label',
  'pipeline.channels.*.detail',
  'pipeline.promises.*.label',
  'pipeline.promises.*.detail',
  'pipeline.outcomeRest',
  'pipeline.outcomeSays',
  'pipeline.outcomeDoesNotSay',
  'responses.exclude.*.reason',
] as const;

/** The words of one chart: content/charts/<chart-id>.yaml. */
export const chartSchema = z
  .strictObject({
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
    /** The chart's words in Arabic; required for every English text field. */
    ar: arChart.optional(),
  })
  .superRefine((c, ctx) => requireTranslations(c, CHART_TRANSLATED, ctx));

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
    /** The place's name and what happened there, in Arabic (name as Arabic-language media write it). */
    ar: z
      .strictObject({
        /** Arabic name. */ name: text(40).optional(),
        /** Translation of "what". */ what: text(300).optional(),
      })
      .optional(),
  })
  .superRefine((p, ctx) => {
    requireTranslations(p, ['name', 'what'], ctx);
    if (p.kind !== 'area' && !p.coordinates) {
      ctx.addIssue({
        code: 'custom',
        path: ['coordinates'],
        message: `is required for a ${p.kind}`,
        params: {
          fix: 'add "coordinates: { lon: 44.37, lat: 33.31 }", or set "kind: area" to describe the place without placing it',
        },
      });
    }
    if (p.kind === 'area' && p.coordinates) {
      ctx.addIssue({
        code: 'custom',
        path: ['coordinates'],
        message: 'must be left out for an area the sources do not pin down',
        params: { fix: 'remove "coordinates", or set "kind" to "city" or "province"' },
      });
    }
  });

export type ChartText = z.output<typeof chartSchema>;
export type PipelineData = z.output<typeof pipelineSchema>;
export type StageItem = z.output<typeof stageItemSchema>;
export type ResponsesData = z.output<typeof responsesSchema>;
export type PlaceData = z.output<typeof placeSchema>;
