// The few words only share cards print, in each edition: the home card's counts, the sources card's
// figure, "contested" beside a claimant, and the image's text alternative (og:image:alt). Everything
// else on a card is the page's own words (titles, figures, claimants) or the interface's (src/i18n).
// Arabic counts are written as "label: number", which reads correctly for every number without the
// dual and plural forms a counted noun would need.
import type { Lang } from '../i18n/index.ts';

interface CardWords {
  /** The home card's figure: how many figures, events and sources (numbers already formatted). */
  counts: (figures: string, events: string, sources: string) => string;
  /** The sources card's figure: how many articles. */
  articles: (n: string) => string;
  /** Printed in brackets after a claimant whose figure is contested. */
  contested: string;
  /** Text alternative of a page's card. */
  alt: (title: string, site: string, figure?: string, by?: string) => string;
  /** Text alternative of a chart's card. */
  chartAlt: (title: string, takeaway: string, site: string) => string;
}

export const cardWords: Record<Lang, CardWords> = {
  en: {
    counts: (f, e, s) => `${f} figures, ${e} events, ${s} sources`,
    articles: (n) => `${n} articles`,
    contested: 'contested',
    alt: (title, site, figure, by) =>
      `Share card: “${title}”${figure ? `, with the figure ${figure}${by ? ` according to ${by}` : ''}` : ''}, from ${site}.`,
    chartAlt: (title, takeaway, site) => `Share card: the chart “${title}”: ${takeaway} From ${site}.`,
  },
  ar: {
    counts: (f, e, s) => `الأرقام: ${f}، الأحداث: ${e}، المصادر: ${s}`,
    articles: (n) => `عدد المقالات: ${n}`,
    contested: 'موضع خلاف',
    alt: (title, site, figure, by) =>
      `بطاقة مشاركة: «${title}»${figure ? `، مع الرقم ${figure}${by ? ` بحسب ${by}` : ''}` : ''}، من ${site}.`,
    chartAlt: (title, takeaway, site) => `بطاقة مشاركة: الرسم البياني «${title}»: ${takeaway} من ${site}.`,
  },
};
