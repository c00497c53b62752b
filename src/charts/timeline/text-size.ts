// Sizes of the timeline charts' text, in SVG units, chosen so that it renders at least 12 px in English
// and 13 px in Arabic (Naskh and its marks need the larger size: decision 0002) where each drawing is
// shown at its smallest: the narrow drawing in the 328 px column of a 360 px phone, the wide one in the
// 544 px container that first shows it (a laptop shows it at 640). The minimum per language and both
// widths are the site-wide ones (shared/text-size.ts).
import type { Lang } from '../../i18n/locales.ts';
import { SPLIT_MIN, WIDTHS } from '../shared/metrics.ts';
import { MIN_TEXT_PX, SHOWN_MIN } from '../shared/text-size.ts';

/** The narrowest column (CSS px) a drawing of each kind is shown in, over its width in SVG units. */
const NARROWEST_SCALE = { narrow: SHOWN_MIN.narrow / WIDTHS.narrow, wide: SHOWN_MIN.wide / WIDTHS.wide };

/** How tall the font's box is above and below the baseline, as a share of the size (Arabic faces are taller). */
const BOX: Record<Lang, { ascent: number; descent: number; line: number }> = {
  en: { ascent: 0.95, descent: 0.3, line: 1.3 },
  ar: { ascent: 1.1, descent: 0.6, line: 1.5 },
};

export interface TextSizes {
  /** Dates, ticks and notes: the smallest text. */
  note: number;
  /** Event titles, lane headings and panel titles. */
  title: number;
  /** Distance between the lines of one title. */
  line: number;
  /** The font box above and below the baseline at a given size, for stacking rows without overlap. */
  ascent: (size: number) => number;
  descent: (size: number) => number;
}

const half = (n: number) => Math.ceil(n * 2) / 2;

/** The text sizes of a timeline drawn `width` units wide in `lang`. */
export function textSizes(lang: Lang, width: number): TextSizes {
  const scale = width >= SPLIT_MIN ? NARROWEST_SCALE.wide : NARROWEST_SCALE.narrow;
  const note = half(MIN_TEXT_PX[lang] / scale);
  const title = note + 1;
  const box = BOX[lang];
  return {
    note,
    title,
    line: Math.round(title * box.line),
    ascent: (size) => size * box.ascent,
    descent: (size) => size * box.descent,
  };
}
