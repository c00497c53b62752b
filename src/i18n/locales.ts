// The site's languages and what follows from each: direction, Intl locale, URL prefix, and how a page's
// address maps to its counterpart in the other language. Plain TypeScript, so tests run it without Astro.
import { sitePath } from '../urls.ts';

/** Strips the base path from a URL's pathname; it lives with the other address helpers in src/urls.ts. */
export { sitePath };

/** The editions, English first: it is the default (x-default) and lives at the site root. */
export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Writing direction of each language; pages set it on <html dir>. */
export const DIR: Record<Lang, 'ltr' | 'rtl'> = { en: 'ltr', ar: 'rtl' };

/**
 * The Intl locale each edition formats numbers and dates with. Arabic uses ar-IQ: Iraqi month names
 * (تشرين الأول, not أكتوبر) and Arabic-Indic digits; see docs/decisions/0001-arabic-digits-and-dates.md.
 */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ar: 'ar-IQ' };

/** Whether a string names one of the site's languages. */
export const isLang = (s: string | undefined): s is Lang => (LANGS as readonly string[]).includes(s ?? '');

/** Site-relative path prefix of an edition: "" for English, "ar/" for Arabic. */
export const langPrefix = (lang: Lang): string => (lang === DEFAULT_LANG ? '' : `${lang}/`);

/**
 * Splits a site-relative path ("ar/overview/", "sources/", "") into its language and the path inside
 * the edition, which is the same for both languages.
 */
export function splitLangPath(sitePath: string): { lang: Lang; rest: string } {
  const p = sitePath.replace(/^\//, '');
  const first = p.split('/')[0];
  if (first !== DEFAULT_LANG && isLang(first)) return { lang: first, rest: p.slice(first.length + 1) };
  return { lang: DEFAULT_LANG, rest: p };
}

/** The site-relative path of a page in another language: ("overview/", "ar") → "ar/overview/". */
export const pathIn = (lang: Lang, rest: string): string => `${langPrefix(lang)}${rest.replace(/^\//, '')}`;

/** The language of the page at this pathname (under the given base path). */
export const langOfPath = (pathname: string, base: string): Lang => splitLangPath(sitePath(pathname, base)).lang;
