// The text sizes of the pipeline and map drawings, per language, in SVG units. Decision 0002 asks for
// chart text rendered at least 13 px in Arabic (Naskh with its marks needs it) and 12 px in English at
// 360 and 1366 px wide. The narrow drawing (340 units) renders about 0.965 px per unit in a 360 px
// phone's column and the wide one (640 units) 1 px per unit on a laptop, so the smallest text is drawn
// at 13 units in English and 14 in Arabic (12.5 and 13.5 px at 360). Local until the shared chart
// helper for the minimum size lands in src/charts/shared/; then this module should read it.
import type { Lang } from '../../i18n/locales.ts';

/** The smallest text drawn, in SVG units. */
export const MIN_TEXT: Record<Lang, number> = { en: 13, ar: 14 };

/** Sizes of the drawings' text roles: labels and small print at the minimum, titles one unit larger. */
export interface TextSizes {
  /** Labels, notes, ticks: every text but the titles. */
  label: number;
  /** Step titles. */
  title: number;
  /** Height of one line of label text (Arabic marks need more room above and below). */
  line: number;
}

/** The text sizes for drawings in `lang`. */
export function textSizes(lang: Lang): TextSizes {
  const label = MIN_TEXT[lang];
  return { label, title: label + 1, line: Math.round(label * 1.3) };
}
