// How big chart text is drawn. The drawings scale with their container (rendered size = font-size ×
// rendered width / viewBox width), so a font size in SVG units only means something together with the
// narrowest width the drawing is shown at. Decision 0002: at least 13 px in Arabic (Naskh with its
// marks needs it) and 12 px in English, as rendered.
import type { Lang } from '../../i18n/locales.ts';
import { WIDTHS } from './metrics.ts';

/** The smallest rendered size of any chart text, in CSS px, per language. */
export const MIN_TEXT_PX: Record<Lang, number> = { en: 12, ar: 13 };

/**
 * The narrowest each drawing is shown, in CSS px: the narrow one in a 360-px phone's column (360 px less
 * the page's 1 rem padding each side), the wide one in the smallest container that shows it (the 34rem
 * container query of src/styles/charts.css; a 1366-px laptop shows it at 640 px).
 */
export const SHOWN_MIN = { narrow: 328, wide: 544 } as const;

/** The font size in SVG units that renders `px` CSS px when a drawing `width` units wide is shown `shown` px wide (rounded up to 0.1). */
export function svgTextSize(px: number, width: number, shown: number): number {
  return Math.ceil(((px * width) / shown) * 10 - 1e-9) / 10;
}

/** The narrowest a drawing `width` units wide is shown: the narrow drawing's or the wide one's width, by which it is. */
export function shownMin(width: number): number {
  return width < WIDTHS.wide ? SHOWN_MIN.narrow : SHOWN_MIN.wide;
}

/**
 * The smallest font size, in SVG units, that a drawing `width` units wide may use in `lang`: text drawn
 * at this size or larger renders at MIN_TEXT_PX or more wherever the drawing is shown (from a 360-px phone).
 * E.g. 12.5 (English) and 13.5 (Arabic) in the narrow drawing, 14.2 and 15.3 in the wide one.
 */
export function minTextSize(lang: Lang, width: number): number {
  return svgTextSize(MIN_TEXT_PX[lang], width, shownMin(width));
}

/**
 * How far a line of chart text's rendered box reaches above and below its baseline, in em: the box the
 * browser gives a <text> (getBoundingClientRect), which a layout must keep apart from its neighbours'
 * boxes. Measured in Chromium with the faces a phone has (Roboto or Noto Sans; Noto Sans Arabic, whose
 * marks reach further down), rounded up.
 */
export const TEXT_BOX: Record<Lang, { ascent: number; descent: number }> = {
  en: { ascent: 1.07, descent: 0.33 },
  ar: { ascent: 1.13, descent: 0.47 },
};
