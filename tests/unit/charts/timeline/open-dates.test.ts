import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OPEN_ENDED } from '../../../../src/charts/timeline/open-dates.ts';
import { loadChartContent } from '../../../../src/records/charts.ts';
import { contentDir } from '../../../../src/records/paths.ts';

const events = loadChartContent(contentDir).events;
const SINCE = (year: number) => new RegExp(`\\b(since ${year}|from ${year} onwards)\\b`, 'i');

describe('OPEN_ENDED', () => {
  for (const id of OPEN_ENDED)
    it(`${id}: a year-dated event whose summary says "since" or "from … onwards" that year`, () => {
      const e = events.find((x) => x.id === id);
      assert.ok(e, `content/events/${id}.yaml exists`);
      assert.equal(e.date.precision, 'year');
      assert.match(e.summary, SINCE(e.date.year!));
    });
  it('names every event whose summary dates it "since" its own year', () => {
    const open = events.filter((e) => e.date.precision === 'year' && SINCE(e.date.year!).test(e.summary));
    assert.deepEqual(open.map((e) => e.id).sort(), [...OPEN_ENDED].sort());
  });
});
