// Reads a record in the reader's language: the record's own fields with its translated block laid
// over them. Numbers, dates and references are never in the block, so they cannot differ.
import type { Lang } from './locales.ts';

type Rec = Record<string, unknown>;
const isPlain = (v: unknown): v is Rec =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

function overlay(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (Array.isArray(base) && Array.isArray(over)) return base.map((b, i) => overlay(b, over[i]));
  if (isPlain(base) && isPlain(over)) {
    const out: Rec = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = overlay(base[k], v);
    return out;
  }
  return over;
}

/**
 * The record's data in one language: for English the data itself, otherwise the data with its
 * `<lang>:` block laid over it field by field ("ar.claimant.name" replaces "claimant.name").
 * The content check guarantees every translatable field has a translation, so nothing falls back.
 */
export function localized<T extends object>(data: T, lang: Lang): T {
  const block = (data as Rec)[lang];
  if (lang === 'en' || block === undefined) return data;
  return overlay(data, block) as T;
}
