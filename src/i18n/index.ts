// What a page or component needs to speak the reader's language: the language of the current URL,
// its strings, and links that stay inside the same edition.
import {
  DIR,
  INTL_LOCALE,
  LANGS,
  DEFAULT_LANG,
  langOfPath,
  pathIn,
  splitLangPath,
  sitePath,
  type Lang,
} from './locales.ts';
import { ui, type UiStrings } from './ui.ts';
import { localized } from './records.ts';
import { href } from '../urls.ts';

export {
  DIR,
  INTL_LOCALE,
  LANGS,
  DEFAULT_LANG,
  ui,
  localized,
  pathIn,
  splitLangPath,
  sitePath,
  type Lang,
  type UiStrings,
};

/** The language of the page being rendered, read from its URL (/ar/... is Arabic). */
export const langOf = (url: URL): Lang => langOfPath(url.pathname, import.meta.env.BASE_URL);

/** The interface strings of the page being rendered. */
export const stringsOf = (url: URL): UiStrings => ui[langOf(url)];

/** A link inside one edition that respects the base path: ('ar', 'sources/') → "/base/ar/sources/". */
export const hrefIn = (lang: Lang, path = ''): string => href(pathIn(lang, path));
