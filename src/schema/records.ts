// The content model: what a theme, a source, an estimate and an event must contain.
// These builders are shared by Astro's collections (src/content.config.ts), which pass `reference()`
// for cross-references, and by the content check (src/check/index.ts), which checks references itself.
import { z } from 'astro/zod';
import { DATE_GRAMMAR, DateError, parseFuzzyDate } from './dates.ts';
import { arEstimate, arEvent, arSource, arUpdate, requireTranslations, TRANSLATED_FIELDS } from './translations.ts';

/** Any zod schema that accepts an id of another record (Astro's `reference()` or a plain string). */
export type RefSchema = z.ZodType;

/** What an estimate counts. Different measures must never be compared as if they were one. */
export const MEASURES = [
  'recruited',
  'fighting',
  'involved',
  'killed',
  'willing',
  'ukraine-side',
  'returned-alive',
  'salary-offered',
  'foreign-recruits',
  'russian-troops',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * How a number is qualified in the source. "fewer-than" and "up-to" are upper bounds, "more-than" a
 * lower bound; "dozens", "hundreds" and "thousands" are orders of magnitude with no number given.
 */
export const QUALIFIERS = [
  'exactly',
  'around',
  'fewer-than',
  'more-than',
  'up-to',
  'range',
  'dozens',
  'hundreds',
  'thousands',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export const WORD_QUALIFIERS: readonly Qualifier[] = ['dozens', 'hundreds', 'thousands'];

/** What the number is counted in. */
export const UNITS = ['people', 'usd-per-month', 'percent'] as const;

/** Who is making a claim, which tells the reader what interest the claimant may have. */
export const CLAIMANT_KINDS = ['iraqi-government', 'russian', 'ukrainian', 'media', 'investigation'] as const;

/** Which branch or actor an event belongs to (used to group the responses over time). */
export const EVENT_KINDS = ['recruitment', 'judicial', 'executive', 'legislative', 'diplomatic', 'statement'] as const;

/** A stable, readable id for anchors: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A date in the authoring grammar of src/schema/dates.ts, parsed into its precision and span. */
export const fuzzyDate = z.union([z.string(), z.date(), z.number().int()]).transform((value, ctx) => {
  try {
    return parseFuzzyDate(typeof value === 'number' ? String(value) : value);
  } catch (e) {
    const err = e as DateError;
    ctx.addIssue({
      code: 'custom',
      message: `${err.message}; expected ${err.expected ?? DATE_GRAMMAR}`,
      params: { fix: 'write the date with only the precision the source gives, as in the examples' },
    });
    return z.NEVER;
  }
});

const text = (max: number) => z.string().trim().min(1).max(max);

/** Frontmatter of a theme (one MDX file in content/themes/<lang>/). */
export const themeSchema = z.strictObject({
  /** Heading of the theme, as readers see it. */
  title: text(90),
  /** One sentence saying what the theme tells; used as the page's meta description. */
  summary: z
    .string()
    .trim()
    .min(40)
    .max(200)
    .regex(/^[^.!?]*[.!?]$/, 'must be a single sentence ending with a full stop'),
  /** Position in the long scroll and the table of contents (1 comes first). */
  order: z.number().int().positive(),
  /** Day the theme was last changed in substance, as "yyyy-mm-dd". */
  updated: fuzzyDate.refine((d) => d.precision === 'day', 'must be an exact day such as "2026-11-22"'),
});

/** One article the site's facts come from. */
export const sourceSchema = <R extends RefSchema>(ref: R) =>
  z
    .strictObject({
      /** Name of the publication, as it styles itself. */
      outlet: text(80),
      /** How the outlet is known when the text itself does not name it. */
      outletNote: text(300).optional(),
      /** The article's headline, or "untitled" when the text has none. */
      headline: text(200),
      /** What is known of the headline when it is "untitled". */
      headlineNote: text(300).optional(),
      /** Publication date with its real precision, or "undated". */
      published: fuzzyDate,
      /** What is known of the date; required when the date is "undated" or not a day. */
      publishedNote: text(300).optional(),
      /** Public address of the article. */
      url: z.url({ protocol: /^https$/ }),
      /** Name of the archived text in shared/sources the facts were checked against, if the site has it. */
      archive: z
        .string()
        .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
        .optional(),
      /** Reports and sources the article itself relies on. */
      cites: z
        .array(
          z.strictObject({
            /** What is cited, in words. */
            label: text(200),
            /** A source record for it, when the site has one. */
            source: ref.optional(),
          }),
        )
        .optional(),
      /** The translatable fields in Arabic (see src/schema/translations.ts); required for every English one. */
      ar: arSource.optional(),
    })
    .superRefine((s, ctx) => {
      requireTranslations(s, TRANSLATED_FIELDS.sources, ctx);
      if (s.published.precision !== 'day' && !s.publishedNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['publishedNote'],
          message: `is required when "published" is "${s.published.raw}": say what is known of the date`,
        });
      }
      if (s.headline === 'untitled' && !s.headlineNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['headlineNote'],
          message: 'is required when the headline is "untitled"',
        });
      }
    });

/** One figure: a number somebody claims, with what it measures, who claims it, when and where. */
export const estimateSchema = <R extends RefSchema>(ref: R) =>
  z
    .strictObject({
      /** What the number counts (see MEASURES). */
      measure: z.enum(MEASURES),
      /** What exactly is counted, in the source's terms, when the measure alone is too coarse. */
      measureNote: text(200).optional(),
      /** How the source qualifies the number (see QUALIFIERS). */
      qualifier: z.enum(QUALIFIERS),
      /** The number itself; omitted for "dozens", "hundreds", "thousands" and for ranges. */
      value: z.number().positive().optional(),
      /** Lowest value of a range (qualifier "range"). */
      low: z.number().positive().optional(),
      /** Highest value of a range (qualifier "range"). */
      high: z.number().positive().optional(),
      /** What the number is counted in. */
      unit: z.enum(UNITS),
      /** Who makes the claim. */
      claimant: z.strictObject({
        /** A person's name, or a body such as "Ukrainian intelligence". */
        name: text(120),
        /** Their position, as the source gives it. */
        role: text(200).optional(),
        /** Which side they speak for (see CLAIMANT_KINDS). */
        kind: z.enum(CLAIMANT_KINDS),
      }),
      /** When the claim was made or reported, with its real precision, or "undated". */
      date: fuzzyDate,
      /** What is known of the date when it is "undated". */
      dateNote: text(300).optional(),
      /** The source record the figure is taken from. */
      source: ref,
      /** A short fragment in the source's own words. */
      quote: z
        .strictObject({
          /** The words, without quotation marks; at most a sentence. */
          text: text(200),
          /** Whether these are the claimant's words or the outlet's paraphrase. */
          speaker: z.enum(['claimant', 'outlet']),
        })
        .optional(),
      /** Whether others dispute the figure or the sources conflict on it. */
      contested: z.boolean(),
      /** What a reader must know to read the figure correctly (scope, caveats, who disputes it). */
      note: text(400).optional(),
      /** The translatable fields in Arabic (see src/schema/translations.ts); required for every English one. */
      ar: arEstimate.optional(),
    })
    .superRefine((e, ctx) => {
      requireTranslations(e, TRANSLATED_FIELDS.estimates, ctx);
      const word = WORD_QUALIFIERS.includes(e.qualifier);
      if (e.qualifier === 'range') {
        if (e.low === undefined || e.high === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [e.low === undefined ? 'low' : 'high'],
            message: 'is required when the qualifier is "range"',
          });
        } else if (e.low > e.high) {
          ctx.addIssue({
            code: 'custom',
            path: ['low'],
            message: `(${e.low}) is above "high" (${e.high})`,
            params: { fix: 'swap "low" and "high"' },
          });
        }
        if (e.value !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: 'must be left out when the qualifier is "range": use "low" and "high"',
          });
      } else if (word) {
        if (e.value !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: `must be left out when the qualifier is "${e.qualifier}": the source gives no number`,
          });
      } else if (e.value === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `is required when the qualifier is "${e.qualifier}"`,
        });
      }
      if (e.qualifier !== 'range' && (e.low !== undefined || e.high !== undefined)) {
        ctx.addIssue({ code: 'custom', path: ['low'], message: 'and "high" are only for the qualifier "range"' });
      }
      if (e.unit === 'percent' && (e.value ?? 0) > 100) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'is a percentage above 100' });
      }
      if (e.date.precision === 'undated' && !e.dateNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['dateNote'],
          message: 'is required when "date" is "undated": say what is known of the date',
        });
      }
    });

/** A dated event for the timeline. */
export const eventSchema = <R extends RefSchema>(ref: R) =>
  z
    .strictObject({
      /** When it happened (or was reported, see dateKind), with its real precision, or "undated". */
      date: fuzzyDate,
      /** "happened": the date is the event's own; "reported": the event happened by the date of a report. */
      dateKind: z.enum(['happened', 'reported']),
      /** What is known of the date when it is "undated" or the source gives no year. */
      dateNote: text(300).optional(),
      /** A short label for the timeline. */
      title: text(100),
      /** One or two sentences saying what happened. */
      summary: text(400),
      /** Who acted (see EVENT_KINDS). */
      kind: z.enum(EVENT_KINDS),
      /** The source records that report it. */
      sources: z.array(ref).min(1),
      /** The section id (a <Heading id> in a theme) that explains the event. */
      section: z.string().regex(ID_PATTERN),
      /** The translatable fields in Arabic (see src/schema/translations.ts); required for every English one. */
      ar: arEvent.optional(),
    })
    .superRefine((e, ctx) => {
      requireTranslations(e, TRANSLATED_FIELDS.events, ctx);
      if (e.date.precision === 'undated' && !e.dateNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['dateNote'],
          message: 'is required when "date" is "undated": say what is known of the date',
        });
      }
    });

/** What kind of change an entry of the updates log records. */
export const UPDATE_KINDS = ['published', 'update', 'correction'] as const;

/** One dated entry of the public log of changes and corrections (content/updates/*.yaml). */
export const updateSchema = z
  .strictObject({
    /** Day the change went live, as "yyyy-mm-dd". */
    date: fuzzyDate.refine((d) => d.precision === 'day', 'must be an exact day such as "2026-11-22"'),
    /** "published" for a first publication, "update" for new or revised material, "correction" for a fixed mistake. */
    kind: z.enum(UPDATE_KINDS),
    /** A short label for the change, as readers see it in the log and the feed. */
    title: text(120),
    /** What changed; for a correction, what was wrong and what is right now. */
    summary: text(600),
    /** Theme or section ids the change affects, so the entry can link to them. */
    sections: z
      .array(z.string().regex(ID_PATTERN, 'must be a section id: lower-case words joined by hyphens'))
      .optional(),
    /** The title and summary in Arabic (see src/schema/translations.ts); required. */
    ar: arUpdate.optional(),
  })
  .superRefine((u, ctx) => requireTranslations(u, TRANSLATED_FIELDS.updates, ctx));

export type FuzzyDateValue = z.output<typeof fuzzyDate>;
export type ThemeData = z.output<typeof themeSchema>;
export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
export type EstimateData = z.output<ReturnType<typeof estimateSchema>>;
export type EventData = z.output<ReturnType<typeof eventSchema>>;
export type UpdateData = z.output<typeof updateSchema>;
