// Layout of the map: country outlines from Natural Earth (world-atlas, TopoJSON) projected with d3-geo
// and clipped to the region, the places the sources name as dots, and their numbered labels spread so
// that none overlaps another (close places get leader lines). Places the sources do not pin down are
// not drawn: they are returned for listing. The map itself is geography and is never mirrored; in Arabic
// only what is layout reads from the right (decision 0002): labels prefer the side an Arabic reader
// starts from (to the left of the dot, read leftwards away from it) and the inset's title sits at its right.
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { geoConicConformal, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { r1, textWidth } from '../shared/text.ts';
import { compactPath } from '../shared/path.ts';
import { chartUi } from '../../i18n/charts.ts';
import { DIR, type Lang } from '../../i18n/locales.ts';
import { textSizes, type TextSizes } from '../pipeline/text-size.ts';

/** What the layout needs of a place record. */
export interface MapPlace {
  id: string;
  name: string;
  country: string;
  coordinates?: { lon: number; lat: number };
}

export interface MapCountry {
  /** ISO 3166 numeric code, as world-atlas gives it. */
  id: string;
  name: string;
  d: string;
  /** Drawn stronger and labelled: a country where a place is. */
  focus: boolean;
  /** Where the name goes (focus countries only). */
  label?: { x: number; y: number };
}

export interface MapMarker {
  id: string;
  /** 1-based number, matching the list under the map. */
  n: number;
  x: number;
  y: number;
  label: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** A leader line from the dot to the label, when the label had to move away from the dot. */
  leader: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  countries: MapCountry[];
  /** Labelled places on the main map. */
  markers: MapMarker[];
  /** Places shown in the inset, drawn on the main map as bare dots. */
  dots: { id: string; x: number; y: number }[];
  /** Outline (SVG path) of the inset's area on the main map. */
  detailOutline: string;
  /** The inset: its box in the drawing, its outlines and its labelled places. */
  inset: { box: Box; countries: MapCountry[]; markers: MapMarker[] };
  /** Ids of places without coordinates: described under the map, not placed. */
  unplaced: string[];
  /** Text sizes, by the language (src/charts/pipeline/text-size.ts). */
  text: TextSizes;
  /** Where the inset's title starts: its left edge in English, its right edge in Arabic. */
  insetTitle: { x: number; y: number; anchor: 'start' | 'end' };
}

/** The region the map frames, in degrees: Basra to Moscow, the Bakhmut area to the Gulf. */
export const REGION = { west: 33, east: 50, south: 29.5, north: 57 } as const;

/** Countries of the world from world-atlas (Natural Earth 1:110m), as GeoJSON. */
export function loadCountries(): FeatureCollection<Geometry, { name: string }> {
  const topo = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
}

const FOCUS: Record<string, string> = { iraq: '368', russia: '643', ukraine: '804' };

/** A box in px: left, right, top and bottom. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Moves a centred label of width `w` from `at` to the nearest of a few nearby spots where it overlaps
 * none of `boxes` and stays inside the drawing; keeps `at` when no spot is clear.
 */
export function clearLabel(
  at: { x: number; y: number },
  w: number,
  boxes: Box[],
  width: number,
  height: number,
): { x: number; y: number } {
  const hits = (x: number, y: number) =>
    x - w / 2 < 2 ||
    x + w / 2 > width - 2 ||
    y - 12 < 2 ||
    y + 3 > height - 2 ||
    boxes.some((b) => x - w / 2 < b.x1 && x + w / 2 > b.x0 && y - 12 < b.y1 && y + 3 > b.y0);
  for (const [dx, dy] of [
    [0, 0],
    [0, 22],
    [0, -22],
    [-w / 2, 22],
    [-w / 2, 0],
    [-w / 2, -22],
    [0, 44],
    [0, -44],
    [-w, 22],
    [-w, 0],
  ]) {
    if (!hits(at.x + dx, at.y + dy)) return { x: r1(at.x + dx), y: r1(at.y + dy) };
  }
  return at;
}

/** A dot projected into the drawing, with its label text. */
export interface Point {
  p: MapPlace;
  n: number;
  x: number;
  y: number;
  label: string;
}

/** How labels are set: their size, and whether they read right to left (they then try the dot's left first). */
export interface LabelOptions {
  size: number;
  rtl: boolean;
}

/** The box a label of `w` units covers, set at `size` from its anchor point. */
const labelBox = (x: number, y: number, w: number, size: number, anchor: 'start' | 'end'): Box =>
  anchor === 'start' ? { x0: x, x1: x + w, y0: y - size, y1: y + 3 } : { x0: x - w, x1: x, y0: y - size, y1: y + 3 };

/** Estimated width of a place label (bold, with a margin). */
export const placeLabelWidth = (label: string, size: number) => textWidth(label, size) * 1.1;

/**
 * Labels dots inside a frame, greedily in list order: each label tries beside its dot (right, then
 * left; left first right to left), then a line higher or lower (up to three lines, with a leader line
 * back to the dot), and takes the first spot inside the frame that covers no dot and no label already placed.
 */
export function placeMarkers(pts: Point[], frame: Box, opts: LabelOptions = { size: 12, rtl: false }): MapMarker[] {
  const { size, rtl } = opts;
  const dots: Box[] = pts.map((q) => ({ x0: q.x - 4, x1: q.x + 4, y0: q.y - 4, y1: q.y + 4 }));
  const taken: Box[] = [];
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
  const markers: MapMarker[] = [];
  for (const q of [...pts].sort((a, b) => a.n - b.n)) {
    const w = placeLabelWidth(q.label, size);
    const step = size + 3;
    let best: MapMarker | null = null;
    for (const dy of [0, -step, step, -2 * step, 2 * step, -3 * step, 3 * step]) {
      for (const right of rtl ? [false, true] : [true, false]) {
        const gap = dy === 0 ? 7 : 16;
        const labelX = right ? q.x + gap : q.x - gap;
        const labelY = q.y + 4 + dy;
        const box = labelBox(labelX, labelY, w, size, right ? 'start' : 'end');
        const inside = box.x0 >= frame.x0 + 2 && box.x1 <= frame.x1 - 2 && box.y0 >= frame.y0 && box.y1 <= frame.y1 - 2;
        if (inside && !taken.some((t) => overlaps(t, box)) && !dots.some((d) => overlaps(d, box))) {
          best = {
            id: q.p.id,
            n: q.n,
            x: q.x,
            y: q.y,
            label: q.label,
            labelX: r1(labelX),
            labelY: r1(labelY),
            anchor: right ? 'start' : 'end',
            leader: dy !== 0,
          };
          taken.push(box);
          break;
        }
      }
      if (best) break;
    }
    if (!best)
      throw new Error(
        `The map has no room for the label "${q.label}". Fix: shorten the place's name in content/places/${q.p.id}.yaml.`,
      );
    markers.push(best);
  }
  return markers;
}

/** Boxes covered by dots and their labels, for keeping country names off them. */
function markerBoxes(markers: MapMarker[], size: number): Box[] {
  return markers.flatMap((m) => [
    { x0: m.x - 5, x1: m.x + 5, y0: m.y - 5, y1: m.y + 5 },
    labelBox(m.labelX, m.labelY, placeLabelWidth(m.label, size), size, m.anchor),
  ]);
}

/** Projects and clips the countries, keeping those visible in the frame; `focus` ids are drawn stronger and named. */
function drawCountries(
  countries: FeatureCollection<Geometry, { name: string }>,
  path: ReturnType<typeof geoPath>,
  focus: Set<string>,
): MapCountry[] {
  const out: MapCountry[] = [];
  for (const f of countries.features) {
    const d = path(f);
    if (!d) continue;
    const id = String(f.id);
    const c: MapCountry = { id, name: f.properties.name, d: compactPath(d), focus: focus.has(id) };
    if (c.focus) {
      const [x, y] = path.centroid(f);
      c.label = { x: r1(x), y: r1(y) };
    }
    out.push(c);
  }
  return out;
}

const bboxFeature = (r: { west: number; east: number; south: number; north: number }): GeoJSON.Feature => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPoint',
    coordinates: [
      [r.west, r.south],
      [r.east, r.south],
      [r.west, r.north],
      [r.east, r.north],
      [(r.west + r.east) / 2, r.north],
      [(r.west + r.east) / 2, r.south],
    ],
  },
});

/** The detail of central and southern Iraq, where the Iraqi places cluster too tightly for the main map. */
export const DETAIL = { west: 42.6, east: 48.6, south: 29.8, north: 34.0 } as const;

/** Size of the map drawing and where its inset goes. */
export interface MapOptions {
  /** Width and height of the whole drawing in px. */
  width: number;
  height: number;
  /** Height of the main map (from the top); the rest of the drawing is free for the inset. Default: height. */
  mapHeight?: number;
  /** The inset's box: over a corner of the main map, or below it when mapHeight leaves room. */
  inset: Box;
  /** Language of the labels (English by default). */
  lang?: Lang;
}

/**
 * Lays out the map for a drawing `width` × `height` px. Places inside DETAIL are labelled in an inset
 * (`inset`, a box in the drawing) drawn at a larger scale; the main map shows their dots and the
 * outline of the detail area.
 */
export function layoutMap(
  countries: FeatureCollection<Geometry, { name: string }>,
  places: MapPlace[],
  opts: MapOptions,
): MapLayout {
  const { width, height, inset } = opts;
  const lang = opts.lang ?? 'en';
  const text = textSizes(lang);
  const labels: LabelOptions = { size: text.label, rtl: DIR[lang] === 'rtl' };
  const mapHeight = opts.mapHeight ?? height;
  const pad = 8;
  const projection = geoConicConformal()
    .parallels([33, 54])
    .rotate([-(REGION.west + REGION.east) / 2, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, mapHeight - pad],
      ],
      bboxFeature(REGION),
    )
    .clipExtent([
      [0, 0],
      [width, mapHeight],
    ]);
  const path = geoPath(projection).digits(0);
  const focusIds = new Set(places.map((p) => FOCUS[p.country]).filter(Boolean));
  const inDetail = (p: MapPlace) =>
    p.coordinates!.lon >= DETAIL.west &&
    p.coordinates!.lon <= DETAIL.east &&
    p.coordinates!.lat >= DETAIL.south &&
    p.coordinates!.lat <= DETAIL.north;
  const point =
    (proj: typeof projection) =>
    (p: MapPlace): Point => {
      const [x, y] = proj([p.coordinates!.lon, p.coordinates!.lat])!;
      return {
        p,
        n: places.indexOf(p) + 1,
        x: r1(x),
        y: r1(y),
        label: chartUi[lang].placeLabel(places.indexOf(p) + 1, p.name),
      };
    };
  const placed = places.filter((p) => p.coordinates);
  const detail = placed.filter(inDetail);

  // The inset: the same outlines at a larger scale, clipped to its box.
  const ip = geoConicConformal()
    .parallels([33, 54])
    .rotate([-(DETAIL.west + DETAIL.east) / 2, 0])
    .fitExtent(
      [
        [inset.x0 + 6, inset.y0 + 22],
        [inset.x1 - 6, inset.y1 - 6],
      ],
      bboxFeature(DETAIL),
    )
    .clipExtent([
      [inset.x0, inset.y0],
      [inset.x1, inset.y1],
    ]);
  // The inset's title takes its top line; labels keep below it.
  const insetMarkers = placeMarkers(
    detail.map(point(ip)),
    { x0: inset.x0, x1: inset.x1, y0: inset.y0 + text.label + 8, y1: inset.y1 },
    labels,
  );
  const insetCountries = drawCountries(countries, geoPath(ip).digits(0), focusIds);
  for (const c of insetCountries)
    if (c.label)
      c.label = clearLabel(
        c.label,
        textWidth(c.name.toUpperCase(), text.label) * 1.3,
        markerBoxes(insetMarkers, text.label),
        width,
        height,
      );
  for (const c of insetCountries)
    if (
      c.label &&
      (c.label.x < inset.x0 + 30 || c.label.x > inset.x1 - 30 || c.label.y < inset.y0 + 30 || c.label.y > inset.y1)
    )
      delete c.label;

  // The main map: labelled dots for places outside the detail, bare dots for those inside it.
  const frame = { x0: 0, x1: width, y0: 0, y1: mapHeight };
  const markers = placeMarkers(placed.filter((p) => !inDetail(p)).map(point(projection)), frame, labels);
  const dots = detail.map(point(projection)).map((q) => ({ id: q.p.id, x: q.x, y: q.y }));
  const out = drawCountries(countries, path, focusIds);
  const taken = [
    ...markerBoxes(markers, text.label),
    inset,
    ...dots.map((d) => ({ x0: d.x - 5, x1: d.x + 5, y0: d.y - 5, y1: d.y + 5 })),
  ];
  for (const c of out)
    if (c.label)
      c.label = clearLabel(c.label, textWidth(c.name.toUpperCase(), text.label) * 1.3, taken, width, mapHeight);
  const corners = [
    [DETAIL.west, DETAIL.north],
    [DETAIL.east, DETAIL.north],
    [DETAIL.east, DETAIL.south],
    [DETAIL.west, DETAIL.south],
  ].map((c) => projection(c as [number, number])!.map(r1));
  return {
    width,
    height,
    countries: out,
    markers,
    dots,
    detailOutline: `M${corners.map((c) => c.join(' ')).join('L')}Z`,
    inset: { box: inset, countries: insetCountries, markers: insetMarkers },
    unplaced: places.filter((p) => !p.coordinates).map((p) => p.id),
    text,
    insetTitle: {
      x: labels.rtl ? inset.x1 - 6 : inset.x0 + 6,
      y: inset.y0 + text.label + 4,
      anchor: labels.rtl ? 'end' : 'start',
    },
  };
}
