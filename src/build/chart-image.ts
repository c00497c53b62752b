// Chart images (charts/<id>/<id>.svg and .png, ar/charts/<id>/<id>.svg and .png): the wide drawing of a chart,
// exactly as its page renders it, made self-contained. The page's SVG takes its colours, sizes and fonts
// from the site's CSS through classes; here every class becomes the presentation attributes of the light
// scheme (src/charts/export/svg-styles.ts), links and page-only attributes are dropped, and a header
// (title, takeaway) and a footer (sources, credit, licence, the chart's address) are drawn around it in
// the chart's language. The SVG names the site's font families with a generic fallback (embedding the
// faces would weigh several hundred kilobytes per file); the PNG is drawn by resvg from the bundled faces
// with system fonts off (the faces of the share cards, src/build/share-image.ts).
import { Resvg } from '@resvg/resvg-js';
import sax from 'sax';
import { FACES, faceFile, hasArabic } from './share-image.ts';
import { visualPieces, type Script } from './share-bidi.ts';
import { FIGURES_EM, FONT_FAMILY, KIND_COLOURS, LIGHT, UPPERCASE, styleOf } from '../charts/export/svg-styles.ts';
import { MIN_TEXT_PX } from '../charts/shared/text-size.ts';
import { textWidth, boldWidth, wrapText } from '../charts/shared/text.ts';

/** What the header and footer of a chart image say. */
export interface ChartImageText {
  title: string;
  takeaway: string;
  /** "Sources: Kurdistan24; Reuters…", in the chart's language. */
  sources: string;
  /** "Iraq’s Recruits": the credit. */
  credit: string;
  /** The licence's name ("CC BY 4.0"): beside the credit, or on a line of its own in a right-to-left image. */
  licence: string;
  /** The chart page's address (absolute when the site's address is known, else the site path). */
  address: string;
  dir: 'ltr' | 'rtl';
}

/** Margin around the drawing, in SVG units. */
const M = 20;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Attributes that only the page uses (links, accessibility, hooks for scripts and CSS). */
const DROP = /^(class|aria-.*|focusable|tabindex|data-.*|href)$/;

/** The wide variant's <svg> of a chart in the HTML of its frame. */
export function wideSvg(html: string, id: string): string {
  const m = /<svg class="chart-svg chart-wide[\s\S]*?<\/svg>/.exec(html);
  if (!m) throw new Error(`Chart image: no wide drawing (<svg class="chart-svg chart-wide …">) in chart "${id}".`);
  return m[0];
}

/** The classes used inside an SVG, for the test that the style table names them all. */
export function classesIn(svg: string): Set<string> {
  const out = new Set<string>();
  for (const m of svg.matchAll(/class="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) if (c) out.add(c);
  return out;
}

/**
 * The page's drawing with every class turned into presentation attributes and <a> unwrapped. Anchors
 * stay physical (start is the left edge) and no text says direction="rtl": image viewers swap the
 * anchor of right-to-left text and resvg does not, so only physical anchors draw the same in both.
 */
export function inlineStyles(svg: string, dir: 'ltr' | 'rtl' = 'ltr'): { body: string; width: number; height: number } {
  const parser = sax.parser(true, {});
  let out = '';
  let width = 0;
  let height = 0;
  const stack: { name: string; kind: string; upper: boolean; skip: boolean }[] = [];
  // The figures chart's text is sized in em of its <svg>'s font size (FIGURES_EM), which the image keeps.
  let emBase: number | null = null;
  parser.onopentag = (node) => {
    const parent = stack.at(-1);
    const attrs = node.attributes as Record<string, string>;
    const classes = (attrs.class ?? '').split(/\s+/).filter(Boolean);
    const kindClass = classes.find((c) => c in KIND_COLOURS);
    const kind = kindClass ? KIND_COLOURS[kindClass] : (parent?.kind ?? LIGHT.neutral);
    const upper = (parent?.upper ?? false) || classes.some((c) => UPPERCASE.has(c));
    const root = !parent;
    const skip = node.name === 'a' || root;
    stack.push({ name: node.name, kind, upper, skip });
    if (root) {
      width = Number(attrs.width);
      height = Number(attrs.height);
      if (classes.includes('figures-svg') && attrs['font-size']) emBase = Number(attrs['font-size']);
      return;
    }
    if (skip) return;
    const a: Record<string, string> = {};
    for (const [k, v] of Object.entries(attrs)) if (!DROP.test(k)) a[k] = v;
    Object.assign(a, styleOf(classes, kind));
    const em = emBase == null ? undefined : classes.map((c) => FIGURES_EM[c]).find((e) => e != null);
    if (em != null) a['font-size'] = String(Math.round(emBase! * em * 10) / 10);
    out += `<${node.name}${Object.entries(a)
      .map(([k, v]) => ` ${k}="${esc(v)}"`)
      .join('')}>`;
  };
  parser.ontext = (t) => {
    if (!stack.length) return;
    out += esc(stack.at(-1)!.upper ? t.toUpperCase() : t);
  };
  parser.onclosetag = () => {
    const e = stack.pop()!;
    if (!e.skip) out += `</${e.name}>`;
  };
  parser.write(svg).close();
  const body = splitLines(out);
  return { body: dir === 'rtl' ? rtlText(body) : body, width, height };
}

/** The bundled face of each script, as the share cards name them. */
const FAMILY: Record<Script, string> = { arabic: 'Noto Sans Arabic', latin: 'Noto Sans' };
const unesc = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const inks = new Map<string, number>();
/** The width of a piece as resvg shapes it in its face (the ink's box), measured once per build. */
function inkWidth(text: string, script: Script, size: number, bold: boolean): number {
  const key = `${script} ${size} ${bold} ${text}`;
  let w = inks.get(key);
  if (w === undefined) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="10" y="50" font-family="${FAMILY[script]}" font-size="${size}"${bold ? ' font-weight="700"' : ''}>${esc(text)}</text></svg>`;
    const box = new Resvg(svg, { font: { fontFiles: fontFiles(), loadSystemFonts: false } }).getBBox();
    w = box ? box.width : textWidth(text, size);
    inks.set(key, w);
  }
  return w;
}

/**
 * Every right-to-left label cut into pieces of one script each, in visual order (./share-bidi.ts, the
 * share cards' bidi rules), each its own <text> in its own face, placed left to right from the label's
 * anchor with the widths resvg shapes them to. resvg draws a character its face lacks as a box
 * (no fallback from Noto Sans Arabic to Noto Sans for ":" or "CC BY 4.0") and orders a label's runs left
 * to right, and image viewers would swap the anchor of direction="rtl": pieces draw the same in both.
 * A label's figure is not set in bold as on the page (one weight per label).
 */
export function rtlText(body: string): string {
  return body.replace(/<text([^>]*)>([\s\S]*?)<\/text>/g, (_, attrs: string, inner: string) => {
    const text = unesc(inner.replace(/<\/?tspan[^>]*>/g, ''));
    // Latin only (an address, a licence's name): one run in the Latin face, where it stands.
    if (!hasArabic(text))
      return `<text${attrs.replace(/ font-family="[^"]*"/, '')} font-family="${FAMILY.latin}">${esc(text)}</text>`;
    const size = Number(/ font-size="([\d.]+)"/.exec(attrs)?.[1] ?? 13);
    const bold = / font-weight="700"/.test(attrs);
    const pieces = visualPieces(text, true);
    // A space's advance (about a quarter of the type size) and the side bearings the ink leaves out.
    const space = size * 0.34;
    const widths = pieces.map((p) => inkWidth(p.text, p.script, size, bold));
    const total = widths.reduce((a, w, i) => a + w + (i > 0 && pieces[i].space ? space : 0), 0);
    const x = Number(/ x="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
    const anchor = / text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start';
    let cursor = anchor === 'end' ? x - total : anchor === 'middle' ? x - total / 2 : x;
    const rest = attrs.replace(/ (x|text-anchor|font-family)="[^"]*"/g, '');
    return pieces
      .map((p, i) => {
        if (i > 0 && p.space) cursor += space;
        const at = Math.round(cursor * 10) / 10;
        cursor += widths[i];
        return `<text x="${at}"${rest} font-family="${FAMILY[p.script]}">${esc(p.text)}</text>`;
      })
      .join('');
  });
}

const LINE_TSPAN = /<tspan x="([^"]*)" dy="([^"]*)">((?:[^<]|<tspan[^>]*>[^<]*<\/tspan>)*)<\/tspan>/g;
/**
 * A label of several lines (a <text> of <tspan x dy> lines) as one <text> per line: resvg reorders a
 * right-to-left label across its lines as one run, which draws the lines over each other.
 */
export function splitLines(body: string): string {
  return body.replace(
    /<text([^>]*)>((?:<tspan x="[^"]*" dy="[^"]*">(?:[^<]|<tspan[^>]*>[^<]*<\/tspan>)*<\/tspan>)+)<\/text>/g,
    (_, attrs: string, inner: string) => {
      let y = Number(/ y="([^"]*)"/.exec(attrs)?.[1] ?? 0);
      const rest = attrs.replace(/ [xy]="[^"]*"/g, '');
      return [...inner.matchAll(LINE_TSPAN)]
        .map(([, x, dy, text]) => {
          y += Number(dy);
          return `<text x="${x}" y="${y}"${rest}>${text}</text>`;
        })
        .join('');
    },
  );
}

/** Lines of text right- or left-aligned inside the image, from `y` down; returns the SVG and the next y. */
function lines(
  texts: string[],
  o: { y: number; size: number; weight?: number; fill: string; width: number; dir: 'ltr' | 'rtl'; gap: number },
): { svg: string; y: number } {
  // Right-aligned in a right-to-left language, with a physical anchor (see inlineStyles).
  const x = o.dir === 'rtl' ? o.width - M : M;
  const anchor = o.dir === 'rtl' ? 'end' : 'start';
  let y = o.y;
  let svg = '';
  for (const t of texts) {
    y += o.size * 1.25;
    svg += `<text x="${x}" y="${y}" font-size="${o.size}"${o.weight ? ` font-weight="${o.weight}"` : ''} fill="${o.fill}" text-anchor="${anchor}">${esc(t)}</text>`;
  }
  return { svg: o.dir === 'rtl' ? rtlText(svg) : svg, y: y + o.gap };
}

/** The self-contained chart image: header, the drawing, footer, on the light scheme's page colour. */
export function chartSvg(pageSvg: string, text: ChartImageText): string {
  const { body, width: cw, height: ch } = inlineStyles(pageSvg, text.dir);
  const width = cw + 2 * M;
  const inner = width - 2 * M;
  const common = { width, dir: text.dir } as const;
  const title = lines(wrapText(text.title, inner, 20, boldWidth), {
    ...common,
    y: M - 6,
    size: 20,
    weight: 700,
    fill: LIGHT.fg,
    gap: 2,
  });
  const takeaway = lines(wrapText(text.takeaway, inner, 14, textWidth), {
    ...common,
    y: title.y,
    size: 14,
    fill: LIGHT.fg,
    gap: 14,
  });
  const top = takeaway.y;
  // The footer in the smallest size chart text may take (decision 0002): 12 px in English, 13 in Arabic.
  const footSize = MIN_TEXT_PX[text.dir === 'rtl' ? 'ar' : 'en'];
  const foot = lines(
    [
      ...wrapText(text.sources, inner, footSize, textWidth),
      // A Latin name inside an Arabic line would be ordered by share-bidi.ts, which sets "CC BY 4.0" as "4.0 CC BY".
      ...(text.dir === 'rtl' ? [text.credit, text.licence] : [`${text.credit} · ${text.licence}`]),
      text.address,
    ],
    {
      ...common,
      y: top + ch + 14,
      size: footSize,
      fill: LIGHT.muted,
      gap: 0,
    },
  );
  const height = Math.ceil(foot.y + M - 4);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY[text.dir])}" fill="${LIGHT.fg}" role="img" aria-label="${esc(text.title)}">`,
    `<title>${esc(text.title)}</title>`,
    `<desc>${esc([text.takeaway, text.sources, text.credit, text.licence, text.address].join(' — '))}</desc>`,
    `<rect width="${width}" height="${height}" fill="${LIGHT.bg}"/>`,
    title.svg,
    takeaway.svg,
    `<line x1="${M}" x2="${width - M}" y1="${top - 6}" y2="${top - 6}" stroke="${LIGHT.line}" stroke-width="1"/>`,
    `<g transform="translate(${M} ${top})">${body}</g>`,
    `<line x1="${M}" x2="${width - M}" y1="${top + ch + 8}" y2="${top + ch + 8}" stroke="${LIGHT.line}" stroke-width="1"/>`,
    foot.svg,
    '</svg>',
    '',
  ].join('\n');
}

let fonts: string[] | undefined;
/**
 * The bundled faces as TrueType files for resvg (which reads files lazily and almost for free), unpacked
 * by the share cards' loader and named by a hash of their bytes, so a new version writes new files.
 */
function fontFiles(): string[] {
  fonts ??= FACES.map((f) => faceFile(f));
  return fonts;
}

/** The image as PNG at twice its size (sharp on high-density screens), drawn with the bundled faces only. */
export function chartPng(svg: string, scale = 2): Buffer {
  const width = Number(/^<svg[^>]*? width="([\d.]+)"/.exec(svg)![1]);
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  })
    .render()
    .asPng();
}
