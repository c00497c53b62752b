// Chart measures shared by the drawings: the two widths every chart is drawn at (CSS shows the one
// that fits, src/styles/charts.css), and the line height, padding and split width the layouts use.

/** The narrow (phone) and wide drawing widths, in SVG units. */
export const WIDTHS = { narrow: 340, wide: 640 } as const;

/** A chart's drawings, each named for its CSS class (chart-narrow, chart-wide, chart-only): a narrow and a wide
    one, of which CSS shows one by the space available, or, where `single`, the narrow one alone, shown at
    every width (the long page, which carries every chart). */
export function drawings<T>(
  single: boolean,
  draw: (width: keyof typeof WIDTHS) => T,
): ['narrow' | 'wide' | 'only', T][] {
  return single
    ? [['only', draw('narrow')]]
    : [
        ['narrow', draw('narrow')],
        ['wide', draw('wide')],
      ];
}
/** Height of one line of chart text. */
export const LINE = 16;
/** Space between the drawing's edge and its text. */
export const PAD = 10;
/** From this width on, a label and its mark sit side by side; below it, the label goes above. */
export const SPLIT_MIN = 560;
