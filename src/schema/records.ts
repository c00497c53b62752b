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
 * lower bound; "a-few", "dozens", "hundreds" and "thousands" are words with no number given.
 */
export const QUALIFIERS = [
  'exactly',
  'around',
  'fewer-than',
  'more-than',
  'up-to',
  'range',
  'a-few',
  'dozens',
  'hundreds',
  'thousands',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export const WORD_QUALIFIERS: readonly Qualifier[] = ['a-few', 'dozens', 'hundreds', 'thousands'];

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
      /**
       * The source's permanent citation number, shown as [n] wherever it is cited, on every page and in
       * both editions: given once and never reused (a removed source's number goes to
       * `retiredSourceNumbers:` in content/site.yaml). Required: the content check
       * (src/check/rules/source-numbers.ts) reports a missing one with the next free number.
       */
      number: z.number().int().positive().optional(),
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

/** Who or what a figure counts, so figures of different scope are never set side by side as one. */
export const SCOPES = [
  'iraqis',
  'foreigners-all-nationalities',
  'russian-soldiers',
  'monthly-salary',
  'share-of-recruits',
] as const;
export type Scope = (typeof SCOPES)[number];

/** What kind of figure a claim is: how much weight it can bear. */
export const FIGURE_KINDS = [
  'documented-cases',
  'official-estimate',
  'intelligence-estimate',
  'outlet-investigation',
  'media-report',
  'willingness-statement',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/**
 * The numbers written in a piece of text, as the source writes them: "closer to 1,400" → [1400],
 * "4 to 5" → [4, 5], "5%" → [5]. Number words are read too ("four or five" → [4, 5]), so a wording
 * in words can be compared with the record's value. Arabic-Indic digits count as digits.
 */
export function numbersIn(text: string): number[] {
  const ascii = text
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٬,](?=\d{3}\b)/g, '');
  const out = [...ascii.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const words = ascii.toLowerCase().match(/[a-z]+/g) ?? [];
  for (const w of words) if (w in NUMBER_WORDS) out.push(NUMBER_WORDS[w]!);
  return out;
}
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
/** Arabic number words that may stand for a figure in an `ar.wording` ("أربعة أو خمسة"). */
const AR_NUMBER_WORDS: [RegExp, number][] = [
  [/(?:^|\s|و)(?:اثنان|اثنين|اثنتان|اثنتين)(?=\s|$)/g, 2],
  [/(?:^|\s|و)(?:ثلاثة|ثلاث)(?=\s|$)/g, 3],
  [/(?:^|\s|و)(?:أربعة|أربع)(?=\s|$)/g, 4],
  [/(?:^|\s|و)(?:خمسة|خمس)(?=\s|$)/g, 5],
  [/(?:^|\s|و)(?:ستة|ست)(?=\s|$)/g, 6],
  [/(?:^|\s|و)(?:سبعة|سبع)(?=\s|$)/g, 7],
  [/(?:^|\s|و)(?:ثمانية|ثماني)(?=\s|$)/g, 8],
  [/(?:^|\s|و)(?:تسعة|تسع)(?=\s|$)/g, 9],
  [/(?:^|\s|و)(?:عشرة|عشر)(?=\s|$)/g, 10],
];
/** numbersIn() for Arabic text: digits as there, and the small number words. */
export function numbersInArabic(text: string): number[] {
  const out = numbersIn(text);
  for (const [re, n] of AR_NUMBER_WORDS) for (const _ of text.matchAll(re)) out.push(n);
  return out;
}

/** A line of text in a claim: short, one or two sentences. */
const claimText = text(400);

/**
 * One figure as a claim: a number somebody gives, in their words, with what it counts, who gives it,
 * when it was said and reported, and which other claims dispute it. A claim is contested if and only
 * if it has a dispute link in either direction (src/records/claims.ts); nobody types a flag.
 */
export const estimateSchema = <R extends RefSchema>(ref: R) =>
  z
    .strictObject({
      /** What the number counts (see MEASURES). */
      measure: z.enum(MEASURES),
      /** What exactly is counted, in the source's terms, when the measure alone is too coarse. */
      measureNote: text(200).optional(),
      /** Whose number it is: Iraqis, foreigners of every nationality, Russian soldiers, a salary, a share (see SCOPES). */
      scope: z.enum(SCOPES),
      /** What the figure does not count, so it is not read as more than it is (one sentence). */
      notCounted: text(300),
      /** The kind of figure: documented cases, an official or intelligence estimate, an outlet's own investigation, an unnamed media report, a statement of willingness (see FIGURE_KINDS). */
      figureKind: z.enum(FIGURE_KINDS),
      /** How the source qualifies the number (see QUALIFIERS); `wording` keeps the source's own words. */
      qualifier: z.enum(QUALIFIERS),
      /** The number itself; omitted for "dozens", "hundreds", "thousands" and for ranges. */
      value: z.number().positive().optional(),
      /** Lowest value of a range (qualifier "range"). */
      low: z.number().positive().optional(),
      /** Highest value of a range (qualifier "range"). */
      high: z.number().positive().optional(),
      /** What the number is counted in. */
      unit: z.enum(UNITS),
      /**
       * The source's own words for the number, verbatim ("closer to 1,400", "as high as 50,000",
       * "only four or five"); both editions print these, never a number typed into prose. Its numerals
       * must be the record's value, or low and high; `npm run check:sources` finds it in the article.
       */
      wording: text(120),
      /** Who makes the claim. */
      claimant: z.strictObject({
        /** A person's name, or a body such as "Ukrainian intelligence". */
        name: text(120),
        /** Their position, as the source gives it. */
        role: text(200).optional(),
        /** Which side they speak for (see CLAIMANT_KINDS). */
        kind: z.enum(CLAIMANT_KINDS),
      }),
      /**
       * When the claim was made, with the precision the source gives; left out when the source does not
       * say. When it was reported is the source's own date (`published` of the source record), never typed
       * here: tables and charts print "reported <date>" when only that is known.
       */
      claimed: fuzzyDate.optional(),
      /** What is known of when the claim was made or what period it covers, when the dates alone mislead. */
      dateNote: text(300).optional(),
      /** The source record the figure is taken from. */
      source: ref,
      /** A short fragment in the source's own words: the claim page links to it in the article. */
      quote: z
        .strictObject({
          /** The words, without quotation marks, exactly as the archived article writes them; at most a sentence. */
          text: text(200),
          /** Whether these are the claimant's words or the outlet's paraphrase. */
          speaker: z.enum(['claimant', 'outlet']),
        })
        .optional(),
      /** Why there is no quote, when the source gives the figure only in its own summary (one sentence). */
      noQuote: text(300).optional(),
      /**
       * The claims this one disputes, or is disputed by: each link names the other claims, the reason,
       * and who says so in which source. Written once, on the disputing claim; it counts both ways.
       */
      disputes: z
        .array(
          z.strictObject({
            /**
             * Ids of the other claims (files in content/estimates/). Left out only when whoever disputes
             * this claim gives no figure of their own ("Ukraine denies recruiting any Iraqis"): the entry
             * then sits on the disputed claim.
             */
            claims: z.array(z.string().regex(ID_PATTERN)).min(1).optional(),
            /** Why they conflict, in one sentence. */
            reason: claimText,
            /** Who says they conflict: the claimant, an outlet, an official. */
            by: text(160),
            /** The source record where they say so. */
            source: ref,
            /** The sentence or fragment that says so, verbatim in the archived article. */
            quote: text(300).optional(),
          }),
        )
        .optional(),
      /**
       * Conflicts the site itself infers, shown as "Our reading": these do not make a claim contested.
       */
      readings: z
        .array(
          z.strictObject({
            /** Ids of the other claims the reading concerns. */
            claims: z.array(z.string().regex(ID_PATTERN)).min(1),
            /** The site's reading, in one or two sentences. */
            text: claimText,
          }),
        )
        .optional(),
      /** Changes to the claim after first publication, each logged in content/updates/. */
      revisions: z
        .array(
          z.strictObject({
            /** Day of the change, as "yyyy-mm-dd". */
            date: fuzzyDate.refine((d) => d.precision === 'day', 'must be an exact day such as "2026-11-22"'),
            /** What changed, in one sentence. */
            change: claimText,
            /** Id of the content/updates/ entry that logs the change. */
            update: z.string().regex(ID_PATTERN),
          }),
        )
        .optional(),
      /** What a reader must know to read the figure correctly (scope, caveats). */
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
      // The wording's numerals are the record's numbers, in both editions.
      const expected = [e.value, e.low, e.high].filter((n): n is number => n !== undefined);
      const same = (found: number[]) =>
        found.length === expected.length &&
        [...found].sort((a, b) => a - b).join() === [...expected].sort((a, b) => a - b).join();
      const wordingChecks: [string[], string | undefined, number[]][] = [
        [['wording'], e.wording, numbersIn(e.wording)],
      ];
      if (e.ar?.wording) wordingChecks.push([['ar', 'wording'], e.ar.wording, numbersInArabic(e.ar.wording)]);
      // A range whose ends are swapped is reported once, above, not again as a wording that disagrees.
      const badRange = e.low !== undefined && e.high !== undefined && e.low > e.high;
      for (const [path, words, found] of wordingChecks) {
        if (words === undefined || badRange || same(found)) continue;
        ctx.addIssue({
          code: 'custom',
          path,
          message: `("${words}") gives ${found.length ? found.join(', ') : 'no number'}, but the record's ${expected.length ? `${e.qualifier === 'range' ? '"low" and "high" are' : '"value" is'} ${expected.join(', ')}` : `qualifier "${e.qualifier}" gives no number`}`,
          params: {
            fix: 'copy the source\'s words for the number exactly, and make "value" (or "low" and "high") the numbers those words give',
          },
        });
      }
      if (!e.quote && !e.noQuote) {
        ctx.addIssue({
          code: 'custom',
          path: ['quote'],
          message: 'is missing, and no "noQuote" says why',
          params: {
            fix: 'add "quote:" with "text" (the source\'s exact words) and "speaker", or "noQuote:" saying why the source gives none',
          },
        });
      }
      if (e.quote && e.noQuote) {
        ctx.addIssue({
          code: 'custom',
          path: ['noQuote'],
          message: 'is given although the claim has a quote',
          params: { fix: 'remove "noQuote", or remove the quote' },
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
      /**
       * true when the source dates the event only by when it began ("since 2022", "from 2022 onwards"):
       * the date is a start, not a period that closed. Charts draw a start tick fading towards the
       * present and print "since <date>"; the summary should say so in its own words.
       */
      since: z.literal(true).optional(),
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
      if (e.since && e.date.precision === 'undated')
        ctx.addIssue({
          code: 'custom',
          path: ['since'],
          message: 'needs a date to start from, and "date" is "undated"',
          params: { fix: 'give the year or month the source says it began ("date: 2022"), or remove "since"' },
        });
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
