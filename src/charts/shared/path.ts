// Shorter SVG path data for the outlines d3-geo draws (the map's countries, about 40% of a map page's
// gzipped HTML before this): the same vertices, written relative to the one before.

/**
 * Rewrites path data made only of M, L and Z with whole-number coordinates, as `geoPath().digits(0)`
 * writes it, into relative commands: each point as its step from the one before, which is a short
 * number where the absolute one is long; a line's letter left out where it would repeat or follow a
 * move; and a point that repeats the one before it (or, just before Z, the subpath's start) dropped,
 * since it draws nothing. The shape drawn is the same. Data of any other form is returned as it came.
 */
export function compactPath(d: string): string {
  if (!/^(?:[ML]-?\d+,-?\d+|Z)+$/.test(d)) return d;
  const steps = [...d.matchAll(/([ML])(-?\d+),(-?\d+)|Z/g)].map((m) =>
    m[0] === 'Z' ? ({ cmd: 'Z' } as const) : ({ cmd: m[1] as 'M' | 'L', x: Number(m[2]), y: Number(m[3]) } as const),
  );
  let out = '';
  let last = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  steps.forEach((s, i) => {
    if (s.cmd === 'Z') {
      out += 'z';
      last = 'z';
      [x, y] = [startX, startY];
      return;
    }
    const next = steps[i + 1];
    if (s.cmd === 'L' && s.x === x && s.y === y) return;
    if (s.cmd === 'L' && next?.cmd === 'Z' && s.x === startX && s.y === startY) return;
    const cmd = s.cmd === 'M' ? 'm' : 'l';
    const [dx, dy] = [s.x - x, s.y - y];
    const pair = `${dx}${dy < 0 ? '' : ','}${dy}`;
    // A pair after "m" is read as "l", so a line needs its letter only after "z" or at the start.
    out += cmd === 'l' && last === 'l' ? (dx < 0 ? '' : ' ') + pair : cmd + pair;
    last = 'l';
    [x, y] = [s.x, s.y];
    if (cmd === 'm') [startX, startY] = [x, y];
  });
  return out;
}
