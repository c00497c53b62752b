// Chart measures shared by the drawings: the two widths every chart is drawn at (CSS shows the one
// that fits, src/styles/charts.css), and the line height, padding and split width the layouts use.

/** The narrow (phone) and wide drawing widths, in SVG units. */
export const WIDTHS = { narrow: 340, wide: 640 } as const;
/** Height of one line of chart text. */
export const LINE = 16;
/** Space between the drawing's edge and its text. */
export const PAD = 10;
/** From this width on, a label and its mark sit side by side; below it, the label goes above. */
export const SPLIT_MIN = 560;
