// Events the sources date only by when they began ("since 2022", "from 2022 onwards") carry `since: true`
// (src/schema/records.ts), which the timeline, the responses chart and the event lists read: the field
// and the summary's words agree, both ways, and a "since" without a date is refused with a fix.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadChartContent } from '../../../../src/records/charts.ts';
import { contentDir } from '../../../../src/records/paths.ts';
import { eventSchema } from '../../../../src/schema/records.ts';
import { z } from 'astro/zod';

const events = loadChartContent(contentDir).events;
const SINCE = (year: number) => new RegExp(`\\b(since ${year}|from ${year} onwards)\\b`, 'i');

describe('since: true', () => {
  const open = events.filter((e) => e.since);
  it('is on some events (the check below is not vacuous)', () => assert.ok(open.length >= 2));
  for (const e of open)
    it(`${e.id}: its summary says "since" or "from … onwards" its year`, () => {
      assert.notEqual(e.date.precision, 'undated');
      assert.match(e.summary, SINCE(e.date.year!));
    });
  it('is on every event whose summary dates it "since" its own year', () => {
    const said = events.filter((e) => e.date.precision === 'year' && SINCE(e.date.year!).test(e.summary));
    assert.deepEqual(
      said.filter((e) => !e.since).map((e) => e.id),
      [],
      'Fix: add "since: true" to these events',
    );
  });
  it('is refused on an undated event, with the fix', () => {
    const r = eventSchema(z.string()).safeParse({
      date: 'undated',
      dateNote: 'The report gives no date.',
      since: true,
      dateKind: 'happened',
      title: 'A title',
      summary: 'A summary.',
      kind: 'recruitment',
      sources: ['a-source'],
      section: 'a-section',
    });
    assert.equal(r.success, false);
    const issue = r.error!.issues.find((i) => i.path.join('.') === 'since');
    assert.ok(issue, 'an issue on "since"');
    assert.match(issue.message, /undated/);
  });
});
