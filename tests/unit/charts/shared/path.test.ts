import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { geoConicConformal, geoPath } from 'd3';
import { compactPath } from '../../../../src/charts/shared/path.ts';

/** The absolute vertices path data visits, one list per subpath (read with relative and implicit commands). */
function vertices(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  let [x, y] = [0, 0];
  const re = /([MLZmlz])([^MLZmlz]*)/g;
  for (const [, c, args] of d.matchAll(re)) {
    if (c === 'Z' || c === 'z') {
      [x, y] = out.at(-1)![0];
      continue;
    }
    const nums = (args.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      const rel = c === 'm' || c === 'l';
      [x, y] = rel ? [x + nums[i], y + nums[i + 1]] : [nums[i], nums[i + 1]];
      if (i === 0 && (c === 'M' || c === 'm')) out.push([[x, y]]);
      else out.at(-1)!.push([x, y]);
    }
  }
  return out;
}

/** The vertices without a point that repeats the one before, or closes back onto the start. */
const drawn = (subpaths: [number, number][][]) =>
  subpaths.map((pts) =>
    pts.filter(
      (p, i) =>
        (i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]) &&
        !(i === pts.length - 1 && i > 0 && p[0] === pts[0][0] && p[1] === pts[0][1]),
    ),
  );

describe('compactPath(d)', () => {
  it('writes each point as its step from the one before, leaving out repeated letters', () => {
    assert.equal(compactPath('M10,10L20,5L15,25L10,10Z'), 'm10,10 10-5-5,20z');
  });

  it('starts the subpath after a Z from where the Z closed it', () => {
    assert.equal(compactPath('M10,10L20,10L20,20ZM30,30L40,30L40,40Z'), 'm10,10 10,0 0,10zm20,20 10,0 0,10z');
  });

  it('drops a point that repeats the one before it', () => {
    assert.equal(compactPath('M0,0L5,5L5,5L9,0Z'), 'm0,0 5,5 4-5z');
  });

  it('leaves out the "l" after a move, since a pair after "m" is a relative line', () => {
    assert.equal(compactPath('M3,4L7,4'), 'm3,4 4,0');
  });

  it('leaves data of any other form as it came', () => {
    for (const d of ['M0.5,1L2,3Z', 'M0,0A5,5,0,1,1,0,10Z', 'M0,0C1,1,2,2,3,3', '']) assert.equal(compactPath(d), d);
  });

  it('visits the same vertices as d3-geo’s projected outline of a polygon, and is shorter', () => {
    const polygon = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [38.8, 33.4],
            [41.0, 34.4],
            [42.4, 37.1],
            [44.8, 37.2],
            [45.4, 35.9],
            [46.1, 35.7],
            [45.4, 34.0],
            [46.1, 33.0],
            [47.8, 31.7],
            [48.0, 30.5],
            [47.3, 30.1],
            [46.6, 29.1],
            [44.7, 29.2],
            [42.1, 31.1],
            [39.0, 32.0],
            [38.8, 33.4],
          ],
        ].map((ring) => ring.reverse()),
      },
    };
    const projection = geoConicConformal().parallels([33, 54]).rotate([-44, 0]).fitSize([340, 260], polygon);
    const d = geoPath(projection).digits(0)(polygon)!;
    const short = compactPath(d);
    assert.ok(short.length < d.length, `${short.length} < ${d.length}`);
    assert.deepEqual(vertices(short), drawn(vertices(d)));
  });
});
