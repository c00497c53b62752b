// Translated fields of a record. A source, an estimate or an event stays ONE record in both editions:
// numbers, dates, ids and references are written once; only the words are translated, in an `ar:`
// block that mirrors the English field names. So a figure can never differ between the editions.
//
//   claimant:
//     name: Hussein Allawi
//   ar:
//     claimant:
//       name: حسين علاوي
import { z } from 'astro/zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/** The translatable fields of a source record, in Arabic. */
export const arSource = z.strictObject({
  /** The outlet's name as Arabic-language media write it (e.g. "شفق نيوز"). */
  outlet: text(80).optional(),
  /** Translation of outletNote. */
  outletNote: text(300).optional(),
  /** The headline translated into Arabic (the original stays in `headline`). */
  headline: text(200).optional(),
  /** Translation of headlineNote. */
  headlineNote: text(300).optional(),
  /** Translation of publishedNote. */
  publishedNote: text(300).optional(),
  /** Translations of the `cites` labels, in the same order. */
  cites: z.array(z.strictObject({ /** Translation of the label. */ label: text(200) })).optional(),
});

/** The translatable fields of an estimate record, in Arabic. */
export const arEstimate = z.strictObject({
  /** Translation of measureNote. */
  measureNote: text(200).optional(),
  claimant: z
    .strictObject({
      /** The person's or body's name as Arabic-language media spell it; one spelling per person. */
      name: text(120).optional(),
      /** Translation of the role. */
      role: text(200).optional(),
    })
    .optional(),
  /** Translation of dateNote. */
  dateNote: text(300).optional(),
  quote: z
    .strictObject({
      /** Translation of the quoted fragment; the page marks it as a translation. */
      text: text(250).optional(),
    })
    .optional(),
  /** Translation of note. */
  note: text(400).optional(),
  /** The source's words for the number as Arabic-language readers get them; its numerals must be the record's. */
  wording: text(120).optional(),
  /** Translation of notCounted. */
  notCounted: text(300).optional(),
  /** Translation of noQuote. */
  noQuote: text(300).optional(),
  /** Translations of the disputes' reason and who says so, in the same order. */
  disputes: z.array(z.strictObject({ reason: text(400).optional(), by: text(160).optional() })).optional(),
  /** Translations of the readings, in the same order. */
  readings: z.array(z.strictObject({ text: text(400).optional() })).optional(),
  /** Translations of the revisions' changes, in the same order. */
  revisions: z.array(z.strictObject({ change: text(400).optional() })).optional(),
});

/** The translatable fields of an event record, in Arabic. */
export const arEvent = z.strictObject({
  /** Translation of dateNote. */
  dateNote: text(300).optional(),
  /** Translation of the title. */
  title: text(100).optional(),
  /** Translation of the summary. */
  summary: text(400).optional(),
});

/** The translatable fields of an entry of the updates log, in Arabic. */
export const arUpdate = z.strictObject({
  /** Translation of the title. */
  title: text(120).optional(),
  /** Translation of the summary. */
  summary: text(600).optional(),
});

/** Dotted paths of the fields each kind of record translates; "*" stands for every item of a list. */
export const TRANSLATED_FIELDS = {
  sources: ['outlet', 'outletNote', 'headline', 'headlineNote', 'publishedNote', 'cites.*.label'],
  estimates: [
    'measureNote',
    'notCounted',
    'wording',
    'claimant.name',
    'claimant.role',
    'dateNote',
    'quote.text',
    'noQuote',
    'note',
    'disputes.*.reason',
    'disputes.*.by',
    'readings.*.text',
    'revisions.*.change',
  ],
  events: ['dateNote', 'title', 'summary'],
  updates: ['title', 'summary'],
} as const;

/** Languages other than English that every record must be translated into. */
export const TRANSLATION_LANGS = ['ar'] as const;

type Path = (string | number)[];

/** Every concrete path a dotted pattern reaches in a record: "cites.*.label" → [cites,0,label], [cites,1,label]. */
function expand(data: unknown, pattern: string): Path[] {
  let paths: Path[] = [[]];
  for (const key of pattern.split('.')) {
    const next: Path[] = [];
    for (const p of paths) {
      const v = get(data, p);
      if (key === '*') {
        if (Array.isArray(v)) v.forEach((_, i) => next.push([...p, i]));
      } else next.push([...p, key]);
    }
    paths = next;
  }
  return paths;
}

function get(data: unknown, path: Path): unknown {
  let v = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/**
 * Adds an issue for every English field that has no translation in a language block: the English
 * "note" without "ar.note" reports at field "ar.note". The English headline "untitled" needs none.
 */
export function requireTranslations(
  data: Record<string, unknown>,
  fields: readonly string[],
  ctx: z.RefinementCtx,
): void {
  for (const lang of TRANSLATION_LANGS) {
    const block = data[lang];
    for (const pattern of fields) {
      for (const path of expand(data, pattern)) {
        const en = get(data, path);
        if (typeof en !== 'string' || en === 'untitled') continue;
        const tr = get(block, path);
        if (typeof tr === 'string' && tr.trim()) continue;
        const dotted = path.join('.');
        ctx.addIssue({
          code: 'custom',
          path: [lang, ...path],
          message: `is missing: "${dotted}" ("${en.length > 60 ? `${en.slice(0, 57)}…` : en}") has no Arabic translation`,
          params: {
            fix: path.some((k) => typeof k === 'number')
              ? `give "${lang}:" a list "${String(path[0])}" with one translated item per English item, in the same order`
              : `add "${dotted}" in Arabic under "${lang}:", nested as in English (e.g. "${lang}:" then "  ${dotted.replace(/\./g, ':" then "    ')}: …")`,
          },
        });
      }
    }
  }
}
