import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { busyWindow } from '../../../../src/charts/timeline/zoom.ts';

const day = (iso: string): [string, string] => [iso, iso];

describe('busyWindow(spans, domain)', () => {
  const domain: [string, string] = ['2022-01-01', '2026-01-31'];
  const early: [string, string][] = [
    ['2022-01-01', '2022-12-31'],
    ['2023-01-01', '2023-12-31'],
    ['2025-01-01', '2025-12-31'],
  ];
  const late = [
    day('2025-09-14'),
    day('2025-10-17'),
    day('2025-12-19'),
    ['2026-01-01', '2026-01-31'] as [string, string],
  ];
  it('starts on the first of the month of the earliest event of the busy months at the end', () => {
    assert.deepEqual(busyWindow([...early, ...late], domain), ['2025-09-01', '2026-01-31']);
  });
  it('is null when fewer than half the events fall in those months', () => {
    assert.equal(busyWindow([...early, ...early, ...late], domain), null);
  });
  it('is null when the busy months would cover more than a quarter of the axis', () => {
    assert.equal(busyWindow(late, ['2025-09-01', '2026-01-31']), null);
  });
});
