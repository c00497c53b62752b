// The light scheme of src/styles/charts.css (and the page colours of src/styles/global.css) as SVG
// presentation attributes, for the chart images (charts/<id>.svg and .png) that must draw the same
// without the site's CSS. One entry per class used inside a chart's SVG; keep it in step with
// charts.css (tests/unit/charts/svg-styles.test.ts fails on a class the built charts use and this
// table does not name). It lives here rather than in src/styles because src/build may not import
// src/styles (decision 0005).

/** The light scheme's colours (global.css :root and charts.css :root). */
export const LIGHT = {
  bg: '#fdfcf9',
  fg: '#1b1b1b',
  muted: '#555555',
  line: '#d9d5cc',
  accentBg: '#eef3f9',
  gov: '#0b5fa5',
  russian: '#c04f00',
  ukrainian: '#00785a',
  media: '#a2457c',
  investigation: '#7d6200',
  neutral: '#5b5b5b',
  grid: '#e4e0d7',
} as const;

/**
 * The font families the images name, by writing direction: the site's bundled faces, the edition's
 * script first (resvg takes a run's face from the first family that draws its first character and
 * then drew an Arabic label holding a colon in the Latin face, as boxes), with a generic fallback.
 */
export const FONT_FAMILY = {
  ltr: "'Noto Sans', 'Noto Sans Arabic', sans-serif",
  rtl: "'Noto Sans Arabic', 'Noto Sans', sans-serif",
} as const;

/**
 * The figures chart's text sizes, in em of the font size its <svg> carries (the smallest that renders
 * 12 px in English and 13 px in Arabic: src/charts/shared/text-size.ts), as charts.css sets them under
 * .figures-svg; they win over the role's own size in the table below.
 */
export const FIGURES_EM: Record<string, number> = {
  'group-label': 1,
  'tick-label': 1,
  'figure-label': 1,
  'figure-note': 1,
  'panel-title': 1.1,
};

/** color-mix(in srgb, a p%, b) for two #rrggbb colours. */
export function mix(a: string, p: number, b: string): string {
  const ch = (c: string, i: number) => parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(ch(a, i) * p + ch(b, i) * (1 - p)));
  return `#${out.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** Presentation attributes of one class, given the colour of the claimant or event kind around it (--kind). */
export type ClassStyle = (kind: string) => Record<string, string>;

/** Classes that set the kind colour (--kind) for what they hold. */
export const KIND_COLOURS: Record<string, string> = {
  'kind-iraqi-government': LIGHT.gov,
  'kind-russian': LIGHT.russian,
  'kind-ukrainian': LIGHT.ukrainian,
  'kind-media': LIGHT.media,
  'kind-investigation': LIGHT.investigation,
};

const none = () => ({});
const halo = (stroke: string, width: string) => ({
  'paint-order': 'stroke',
  stroke,
  'stroke-width': width,
  'stroke-linejoin': 'round',
});

/**
 * Every class used inside chart SVGs, in the order of charts.css (later entries win, as the cascade
 * does for rules of one specificity). Classes that only group or name (panel, tick, figure…) map to nothing.
 */
export const CLASS_STYLES: Record<string, ClassStyle> = {
  'chart-svg': none,
  'chart-wide': none,
  'chart-narrow': none,
  map: none,
  panel: none,
  'panel-people': none,
  'panel-percent': none,
  'panel-usd-per-month': none,
  tick: none,
  figure: none,
  event: none,
  stage: none,
  step: none,
  outcome: none,
  inset: none,
  'inset-frame': none,
  'is-contested': none,
  'is-off-scale': none,
  'figures-svg': none,
  ...Object.fromEntries(Object.keys(KIND_COLOURS).map((k) => [k, none])),
  'panel-title': () => ({ 'font-size': '14', 'font-weight': '700' }),
  'group-label': () => ({ 'font-size': '13', 'font-weight': '700', fill: LIGHT.muted, ...halo(LIGHT.bg, '4') }),
  'tick-label': () => ({ 'font-size': '11', fill: LIGHT.muted }),
  grid: () => ({ stroke: LIGHT.grid, 'stroke-width': '1' }),
  axis: () => ({ stroke: LIGHT.muted, 'stroke-width': '1' }),
  'figure-label': () => ({ 'font-size': '13' }),
  'figure-value': () => ({ 'font-weight': '700' }),
  'figure-note': () => ({ 'font-size': '11', fill: LIGHT.muted }),
  hatch: () => ({ stroke: LIGHT.fg, 'stroke-width': '1.5', opacity: '0.55' }),
  'mark-exact': (k) => ({ fill: k, stroke: k, 'stroke-width': '2' }),
  'mark-around': (k) => ({ fill: LIGHT.bg, stroke: k, 'stroke-width': '2' }),
  'mark-bound': (k) => ({ fill: LIGHT.bg, stroke: k, 'stroke-width': '2' }),
  'mark-caret': (k) => ({
    fill: 'none',
    stroke: k,
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  }),
  'mark-break': () => ({ fill: 'none', stroke: LIGHT.muted, 'stroke-width': '1.5', 'stroke-linecap': 'round' }),
  'axis-break': () => ({ fill: 'none', stroke: LIGHT.muted, 'stroke-width': '1.5', 'stroke-linecap': 'round' }),
  'mark-range': (k) => ({ fill: k, stroke: k, 'stroke-width': '2' }),
  'mark-band': (k) => ({
    fill: k,
    'fill-opacity': '0.14',
    stroke: k,
    'stroke-opacity': '0.6',
    'stroke-width': '1',
  }),
  'mark-hatch': () => ({ stroke: 'none' }),
  'is-dashed': () => ({ 'stroke-dasharray': '5 3' }),
  'mark-exact.is-dashed': () => ({ fill: LIGHT.bg, 'stroke-dasharray': '3 2' }),
  'mark-bound.is-dashed': () => ({ 'stroke-dasharray': '3 2' }),
  'mark-range.is-dashed': () => ({ 'fill-opacity': '0.45', 'stroke-dasharray': '3 2' }),
  // Timeline and responses: ink only; their text sizes are attributes the layout sets.
  'tl-panel': none,
  'tl-lane': none,
  'tl-title': none,
  'tl-heading': () => ({ 'font-weight': '700' }),
  'tl-lane-label': () => ({ 'font-weight': '700' }),
  'tl-date': () => ({ fill: LIGHT.muted }),
  'tl-tick': () => ({ fill: LIGHT.muted }),
  'tl-empty': () => ({ fill: LIGHT.muted }),
  'tl-band-label': () => ({ fill: LIGHT.muted }),
  'tl-dot': () => ({ fill: LIGHT.fg, stroke: LIGHT.fg, 'stroke-width': '2' }),
  'tl-bar': () => ({ fill: mix(LIGHT.fg, 0.55, LIGHT.bg) }),
  'tl-bracket': () => ({ fill: 'none', stroke: LIGHT.muted, 'stroke-width': '1.25' }),
  'tl-since-tick': () => ({ stroke: LIGHT.fg, 'stroke-width': '2.5' }),
  'tl-fade': none,
  'tl-fade-from': () => ({ 'stop-color': LIGHT.fg, 'stop-opacity': '0.7' }),
  'tl-fade-to': () => ({ 'stop-color': LIGHT.fg, 'stop-opacity': '0.04' }),
  'tl-lead': () => ({
    fill: 'none',
    stroke: LIGHT.fg,
    'stroke-width': '1.5',
    'stroke-dasharray': '2 3',
    'stroke-linecap': 'round',
  }),
  'tl-glyph': () => ({ fill: 'none', stroke: LIGHT.fg, 'stroke-width': '1.5', 'stroke-linejoin': 'round' }),
  'tl-band': () => ({ fill: LIGHT.fg, 'fill-opacity': '0.07' }),
  'tl-connector': () => ({ fill: 'none', stroke: LIGHT.muted, 'stroke-width': '1', 'stroke-dasharray': '3 3' }),
  'step-box': () => ({ fill: LIGHT.accentBg, stroke: LIGHT.line, 'stroke-width': '1' }),
  'flow-arrow': () => ({
    fill: 'none',
    stroke: LIGHT.muted,
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  }),
  cell: () => ({ fill: 'none', stroke: LIGHT.muted, 'stroke-width': '1' }),
  'cell-within': () => ({ fill: LIGHT.gov, 'fill-opacity': '0.35', stroke: LIGHT.gov, 'stroke-width': '1.5' }),
  'cell-edge': () => ({ stroke: LIGHT.gov, 'stroke-width': '1.5', 'stroke-dasharray': '3 2' }),
  'cell-rest': () => ({ stroke: mix(LIGHT.muted, 0.45, LIGHT.bg) }),
  'map-sea': () => ({ fill: LIGHT.accentBg }),
  country: () => ({ fill: mix(LIGHT.fg, 0.04, LIGHT.bg), stroke: LIGHT.line, 'stroke-width': '0.8' }),
  'country-focus': () => ({ fill: mix(LIGHT.fg, 0.13, LIGHT.bg), stroke: LIGHT.muted, 'stroke-width': '1' }),
  'country-label': () => ({ 'font-size': '12', 'font-weight': '700', 'letter-spacing': '0.96', fill: LIGHT.muted }),
  'place-dot': () => ({ fill: LIGHT.russian, stroke: LIGHT.bg, 'stroke-width': '1.5' }),
  'place-label': () => ({ 'font-size': '12', 'font-weight': '700', ...halo(LIGHT.bg, '3') }),
  leader: () => ({ fill: 'none', stroke: LIGHT.muted, 'stroke-width': '1' }),
  'detail-outline': () => ({ fill: 'none', stroke: LIGHT.fg, 'stroke-width': '1', 'stroke-dasharray': '3 2' }),
  'inset-border': () => ({ fill: 'none', stroke: LIGHT.muted, 'stroke-width': '1.5' }),
  'inset-title': () => ({
    'font-size': '11',
    'font-weight': '700',
    'paint-order': 'stroke',
    stroke: LIGHT.accentBg,
    'stroke-width': '3',
  }),
  // The pipeline's and map's text sizes (charts.css): last, so they win over the roles' own sizes.
  'size-13': () => ({ 'font-size': '13' }),
  'size-14': () => ({ 'font-size': '14' }),
  'size-15': () => ({ 'font-size': '15' }),
};

/** Classes whose text charts.css sets in capitals (text-transform: uppercase). */
export const UPPERCASE = new Set(['country-label']);

/** The attributes of an element with these classes inside a kind colour, as the light scheme draws it. */
export function styleOf(classes: string[], kind: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, style] of Object.entries(CLASS_STYLES)) {
    const needs = name.split('.');
    if (needs.every((c) => classes.includes(c))) Object.assign(out, style(kind));
  }
  return out;
}
