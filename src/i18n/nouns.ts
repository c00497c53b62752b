// The nouns a figure counts in the prose: <Estimate id="…" noun="iraqis" /> prints "around 5,000 Iraqis"
// and «نحو ٥٬٠٠٠ عراقي», "four or five Iraqis" and «أربعة أو خمسة عراقيين», "hundreds of Iraqis" and
// «المئات من العراقيين»: the noun takes its form from the number, by the language's plural rules
// (plural.ts), so no editor types a noun that disagrees with the figure. Add a noun here, in both
// languages, when the prose needs a new one; the content check refuses an unknown one.
import type { Lang } from './locales.ts';
import { arabicNoun, englishNoun, type ArabicCase, type ArabicNoun, type EnglishNoun } from './plural.ts';

/** Each counted noun of the prose, in both editions. */
export const NOUNS = {
  iraqis: {
    en: englishNoun('Iraqi', 'Iraqis'),
    ar: arabicNoun({
      one: ['عراقي واحد', 'عراقياً واحداً'],
      two: ['عراقيان اثنان', 'عراقيين اثنين'],
      few: 'عراقيين',
      many: 'عراقياً',
      other: 'عراقي',
      of: 'العراقيين',
    }),
  },
  'young-iraqis': {
    en: englishNoun('young Iraqi', 'young Iraqis'),
    ar: arabicNoun({
      one: ['شاب عراقي واحد', 'شاباً عراقياً واحداً'],
      two: ['شابان عراقيان', 'شابين عراقيين'],
      few: 'شبان عراقيين',
      many: 'شاباً عراقياً',
      other: 'شاب عراقي',
      of: 'الشبان العراقيين',
    }),
  },
  'recruited-iraqis': {
    en: englishNoun('recruited Iraqi', 'recruited Iraqis'),
    ar: arabicNoun({
      one: ['عراقي مجنَّد واحد', 'عراقياً مجنَّداً واحداً'],
      two: ['عراقيان مجنَّدان', 'عراقيين مجنَّدين'],
      few: 'عراقيين مجنَّدين',
      many: 'عراقياً مجنَّداً',
      other: 'عراقي مجنَّد',
      of: 'العراقيين المجنَّدين',
    }),
  },
  recruits: {
    en: englishNoun('recruit', 'recruits'),
    ar: arabicNoun({
      one: ['مجنَّد واحد', 'مجنَّداً واحداً'],
      two: ['مجنَّدان اثنان', 'مجنَّدين اثنين'],
      few: 'مجنَّدين',
      many: 'مجنَّداً',
      other: 'مجنَّد',
      of: 'المجنَّدين',
    }),
  },
  'foreign-nationals': {
    en: englishNoun('foreign national', 'foreign nationals'),
    ar: arabicNoun({
      one: ['أجنبي واحد', 'أجنبياً واحداً'],
      two: ['أجنبيان اثنان', 'أجنبيين اثنين'],
      few: 'أجانب',
      many: 'أجنبياً',
      other: 'أجنبي',
      of: 'الأجانب',
    }),
  },
  'russian-soldiers': {
    en: englishNoun('Russian soldier', 'Russian soldiers'),
    ar: arabicNoun({
      one: ['جندي روسي واحد', 'جندياً روسياً واحداً'],
      two: ['جنديان روسيان', 'جنديين روسيين'],
      few: 'جنود روس',
      many: 'جندياً روسياً',
      other: 'جندي روسي',
      of: 'الجنود الروس',
    }),
  },
  applications: {
    en: englishNoun('application', 'applications'),
    ar: arabicNoun({
      one: ['طلب واحد', 'طلباً واحداً'],
      two: ['طلبان اثنان', 'طلبين اثنين'],
      few: 'طلبات',
      many: 'طلباً',
      other: 'طلب',
      of: 'الطلبات',
    }),
  },
  deaths: {
    en: englishNoun('death', 'deaths'),
    ar: arabicNoun({
      one: ['حالة وفاة واحدة', 'حالة وفاة واحدة'],
      two: ['حالتا وفاة', 'حالتَي وفاة'],
      few: 'حالات وفاة',
      many: 'حالة وفاة',
      other: 'حالة وفاة',
      of: 'حالات الوفاة',
    }),
  },
} as const satisfies Record<string, { en: EnglishNoun; ar: ArabicNoun }>;

/** Id of a counted noun, the value of <Estimate noun="…">. */
export type NounId = keyof typeof NOUNS;

/** Whether a string names a counted noun of NOUNS. */
export const isNounId = (s: string): s is NounId => Object.hasOwn(NOUNS, s);

const strip = (form: string) => form.replace('#', '').trim();
/** Every way each language writes its nouns after a figure (the content check looks for them typed by hand). */
const WRITTEN: Record<Lang, (noun: (typeof NOUNS)[NounId]) => string[]> = {
  en: (n) => [n.en.plural, `of ${n.en.plural}`, ...Object.values(n.en.forms).map(strip)],
  ar: (n) => [...Object.values(n.ar.cases).flatMap((forms) => Object.values(forms).map(strip)), `من ${n.ar.of}`],
};

/** Each written form of every noun in a language, longest first, with the noun's id. */
export function writtenNouns(lang: Lang): [string, NounId][] {
  const out: [string, NounId][] = [];
  for (const id of Object.keys(NOUNS) as NounId[]) for (const f of WRITTEN[lang](NOUNS[id])) out.push([f, id]);
  return out.sort((a, b) => b[0].length - a[0].length);
}

/** The grammatical cases a language's nouns change with after a figure: Arabic's three, none in English. */
export const NOUN_CASES: Record<Lang, readonly ArabicCase[]> = {
  en: [],
  ar: ['nominative', 'accusative', 'genitive'],
};
