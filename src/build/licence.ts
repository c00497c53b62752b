// The licence of content/site.yaml in one edition's words, for the sentence shown beside downloads,
// data links and citations (and drawn into the chart images): its text split around the licence's
// name, so a page can mark the name as a technical term (<Term>), with the name and the licence's address.
import { loadSite } from '../records/site.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/locales.ts';

export interface LicenceWords {
  /** The licence's name ("CC BY 4.0"), the same in every edition. */
  name: string;
  url: string;
  /** The sentence in the edition's language, split where it names the licence. */
  parts: string[];
}

export function licenceIn(lang: Lang): LicenceWords {
  const { licence } = loadSite();
  const text = lang === DEFAULT_LANG ? licence.text : licence.ar.text;
  return { name: licence.name, url: licence.url, parts: text.split(licence.name) };
}
