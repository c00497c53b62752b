// Layout of the map: country outlines from Natural Earth (world-atlas, TopoJSON) projected with d3-geo
// and clipped to the region, the places the sources name as dots, and their numbered labels spread so
// that none overlaps another (close places get leader lines). Places the sources do not pin down are
// not drawn: they are returned for listing.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { geoConicConformal, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { spread } from '../shared/place.ts';
import { r1, textWidth } from '../shared/text.ts';

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
  markers: MapMarker[];
  /** Ids of places without coordinates: described under the map, not placed. */
  unplaced: string[];
}

/** The region the map frames, in degrees: Basra to Moscow, the Bakhmut area to the Gulf. */
export const REGION = { west: 33, east: 50, south: 29.5, north: 57 } as const;

/** Countries of the world from world-atlas (Natural Earth 1:110m), as GeoJSON. */
export function loadCountries(): FeatureCollection<Geometry, { name: string }> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
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
export function clearLabel(at: { x: number; y: number }, w: number, boxes: Box[], width: number, height: number): { x: number; y: number } {
  const hits = (x: number, y: number) =>
    x - w / 2 < 2 || x + w / 2 > width - 2 || y - 12 < 2 || y + 3 > height - 2 ||
    boxes.some((b) => x - w / 2 < b.x1 && x + w / 2 > b.x0 && y - 12 < b.y1 && y + 3 > b.y0);
  for (const [dx, dy] of [[0, 0], [0, 22], [0, -22], [-w / 2, 22], [-w / 2, 0], [-w / 2, -22], [0, 44], [0, -44], [-w, 22], [-w, 0]]) {
    if (!hits(at.x + dx, at.y + dy)) return { x: r1(at.x + dx), y: r1(at.y + dy) };
  }
  return at;
}

/** Lays out the map for a drawing `width` × `height` px. */
export function layoutMap(countries: FeatureCollection<Geometry, { name: string }>, places: MapPlace[], width: number, height: number): MapLayout {
  const pad = 8;
  const frame: GeoJSON.Feature = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[REGION.west, REGION.south], [REGION.east, REGION.south], [REGION.west, REGION.north], [REGION.east, REGION.north], [(REGION.west + REGION.east) / 2, REGION.north]] },
  };
  const projection = geoConicConformal()
    .parallels([33, 54])
    .rotate([-(REGION.west + REGION.east) / 2, 0])
    .fitExtent([[pad, pad], [width - pad, height - pad]], frame)
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const focusIds = new Set(places.map((p) => FOCUS[p.country]).filter(Boolean));
  const out: MapCountry[] = [];
  for (const f of countries.features) {
    const d = path(f);
    if (!d) continue;
    const id = String(f.id);
    const focus = focusIds.has(id);
    const c: MapCountry = { id, name: f.properties.name, d, focus };
    if (focus) {
      const [x, y] = path.centroid(f);
      c.label = { x: r1(x), y: r1(y) };
    }
    out.push(c);
  }

  // Dots at the places. Labels go in a column to the right of the dot's cluster (to the left when the
  // right edge is too close), spread so none overlaps; a label moved off its dot gets a leader line.
  const placed = places.filter((p) => p.coordinates);
  const pts = placed.map((p) => {
    const [x, y] = projection([p.coordinates!.lon, p.coordinates!.lat])!;
    return { p, n: places.indexOf(p) + 1, x: r1(x), y: r1(y), label: `${places.indexOf(p) + 1} ${p.name}` };
  });
  const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 40 && Math.abs(a.y - b.y) < 40;
  const cols = pts.map((q) => {
    const cluster = pts.filter((o) => near(o, q));
    const rightX = Math.max(...cluster.map((o) => o.x)) + 10;
    const right = rightX + textWidth(q.label, 12) * 1.1 <= width - pad;
    return { q, right, x: right ? rightX : Math.min(...cluster.map((o) => o.x)) - 10 };
  });
  const markers: MapMarker[] = [];
  for (const right of [true, false]) {
    const side = cols.filter((c) => c.right === right);
    const ys = spread(side.map((c) => c.q.y + 4), 15, pad + 10, height - pad);
    side.forEach((c, k) => {
      const labelY = r1(ys[k]);
      const leader = Math.abs(labelY - 4 - c.q.y) > 2 || Math.abs(c.x - c.q.x) > 10;
      markers.push({ id: c.q.p.id, n: c.q.n, x: c.q.x, y: c.q.y, label: c.q.label, labelX: r1(c.x + (leader ? (right ? 8 : -8) : 0)), labelY, anchor: right ? 'start' : 'end', leader });
    });
  }
  markers.sort((a, b) => a.n - b.n);

  // Country names at their centroid, moved off any dot or place label they would cover.
  const boxes = markers.flatMap((m) => [
    { x0: m.x - 5, x1: m.x + 5, y0: m.y - 5, y1: m.y + 5 },
    m.anchor === 'start'
      ? { x0: m.labelX, x1: m.labelX + textWidth(m.label, 12) * 1.1, y0: m.labelY - 12, y1: m.labelY + 3 }
      : { x0: m.labelX - textWidth(m.label, 12) * 1.1, x1: m.labelX, y0: m.labelY - 12, y1: m.labelY + 3 },
  ]);
  for (const c of out) if (c.label) c.label = clearLabel(c.label, textWidth(c.name.toUpperCase(), 12) * 1.3, boxes, width, height);

  return { width, height, countries: out, markers, unplaced: places.filter((p) => !p.coordinates).map((p) => p.id) };
}
