// An event the sources date only by when it began (`since: true` in content/events/) is printed "since
// <date>" in the event list of every page that has one, in both editions, never as a closed year (the
// charts' data tables read the same field: tests/unit/charts/timeline/since-dates.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, hasClass } from '../helpers/html.ts';
import { builtPages, readPage } from '../helpers/site.ts';
import { loadChartContent } from '../../src/records/charts.ts';
import { contentDir } from '../../src/records/paths.ts';
import { chartUi } from '../../src/i18n/charts.ts';
import { formatDate } from '../../src/format/format.ts';

const events = loadChartContent(contentDir).events.filter((e) => e.since);
const pages = builtPages('dist');

test('some events are dated "since" (the checks below are not vacuous)', () => assert.ok(events.length >= 2));

for (const lang of ['en', 'ar'] as const) {
  const prefix = lang === 'ar' ? 'ar/' : '';
  // The pages of this edition whose event list holds these events.
  const withList = pages.filter(
    (p) =>
      (lang === 'ar') === p.startsWith('ar/') &&
      findAll(readPage('dist', p), (e) => e.tag === 'ol' && hasClass(e, 'event-list')).length > 0,
  );
  test(`/${prefix}: some pages list the events`, () => assert.ok(withList.length > 0));
  for (const page of withList)
    test(`/${page}: each event dated "since" reads "${chartUi[lang].sinceDate('…')}" in the event list`, () => {
      const doc = readPage('dist', page);
      for (const e of events) {
        const li = findAll(doc, (el) => el.tag === 'li' && el.attrs.id === `event-${e.id}`)[0];
        assert.ok(li, `event-${e.id} is listed`);
        const date = findAll(li, (el) => el.tag === 'p' && hasClass(el, 'event-date'))[0];
        assert.equal(date?.text.trim(), chartUi[lang].sinceDate(formatDate(e.date, lang)), e.id);
      }
    });
}
