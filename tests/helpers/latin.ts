// What an Arabic page says in Latin letters outside what its markup marks as English, code or
// untranslatable (issue 15): the rule of tests/site/arabic-latin.test.ts, on a parsed page (html.ts).
import type { El } from './html.ts';

/** Elements whose content is code or machine text, read left to right whatever the page's language. */
const MACHINE = new Set(['code', 'pre', 'kbd', 'script', 'style']);
/** Attributes a reader sees or hears. */
const ATTRS = ['alt', 'aria-label', 'title', 'placeholder'];
/** Open Graph properties that carry words; og:url and og:image are addresses, og:type and og:locale tokens. */
const OG_WORDS = ['og:title', 'og:description', 'og:site_name', 'og:image:alt'];
/** Addresses, which are written as they are: "https://…", "mailto:…" and bare host names with a path. */
const URL_TEXT = /\b(?:https?:\/\/|mailto:)\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*/gi;
const LATIN = /[A-Za-z]/;

/** Whether a piece of text has Latin letters once the addresses in it are taken out. */
export const hasLatin = (s: string) => LATIN.test(s.replace(URL_TEXT, ''));

/** A short name for an element in a failure message: tag, id and classes. */
const describe = (el: El) =>
  `<${el.tag}${el.attrs.id ? `#${el.attrs.id}` : ''}${el.attrs.class ? `.${el.attrs.class.trim().split(/\s+/).join('.')}` : ''}>`;
const snippet = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  const i = Math.max(0, t.search(LATIN) - 30);
  return `${i > 0 ? '…' : ''}${t.slice(i, i + 90)}${t.length > i + 90 ? '…' : ''}`;
};

/** Every piece of Latin text on a page outside what the markup marks as English, code or untranslatable. */
export function latinLeaks(doc: El): string[] {
  const leaks: string[] = [];
  const visit = (el: El, english: boolean, noTranslate: boolean, machine: boolean) => {
    const lang = el.attrs.lang ?? el.attrs['xml:lang'];
    if (lang !== undefined) english = /^en\b/i.test(lang);
    if (el.attrs.translate !== undefined) noTranslate = el.attrs.translate.toLowerCase() === 'no';
    if (MACHINE.has(el.tag)) machine = true;
    const exempt = english || noTranslate || machine;
    if (!exempt) {
      for (const t of el.texts) if (hasLatin(t)) leaks.push(`${describe(el)} text: "${snippet(t)}"`);
      for (const a of ATTRS) {
        const v = el.attrs[a];
        if (v !== undefined && hasLatin(v)) leaks.push(`${describe(el)} ${a}="${snippet(v)}"`);
      }
      if (el.tag === 'meta') {
        const key = el.attrs.property ?? el.attrs.name ?? '';
        if ((key === 'description' || OG_WORDS.includes(key)) && hasLatin(el.attrs.content ?? ''))
          leaks.push(
            `<meta ${el.attrs.property ? 'property' : 'name'}="${key}"> content="${snippet(el.attrs.content!)}"`,
          );
      }
    }
    for (const c of el.children) visit(c, english, noTranslate, machine);
  };
  visit(doc, false, false, false);
  return leaks;
}
