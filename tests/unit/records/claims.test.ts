import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimWhen, contestedIds, disputeLinks, lastRevised, readingsOf } from '../../../src/records/claims.ts';
import { parseFuzzyDate } from '../../../src/schema/dates.ts';
import { loadChartContent } from '../../../src/records/charts.ts';
import { ROOT } from '../../helpers/fixture.ts';

const dispute = (claims?: string[]) => ({ claims, reason: 'r', by: 'b', source: 's' });

describe('disputeLinks(claims)', () => {
  it('links both claims: the one whose record names the other disputes it, the other is disputed by it', () => {
    const links = disputeLinks(
      new Map([
        ['a', { disputes: [dispute(['b'])] }],
        ['b', {}],
        ['c', {}],
      ]),
    );
    assert.deepEqual(links.get('a'), [{ other: 'b', direction: 'disputes', owner: 'a', index: 0 }]);
    assert.deepEqual(links.get('b'), [{ other: 'a', direction: 'disputed-by', owner: 'a', index: 0 }]);
    assert.deepEqual(links.get('c'), []);
  });
  it('keeps a dispute by someone who gives no figure on the disputed claim, with no other claim', () => {
    const links = disputeLinks(new Map([['a', { disputes: [dispute()] }]]));
    assert.deepEqual(links.get('a'), [{ other: null, direction: 'disputed-by', owner: 'a', index: 0 }]);
  });
  it('ignores a link to the claim itself or to an unknown claim (the content check reports both)', () => {
    const links = disputeLinks(new Map([['a', { disputes: [dispute(['a', 'zzz'])] }]]));
    assert.deepEqual(links.get('a'), []);
  });
});

describe('contestedIds(claims)', () => {
  it('is every claim with a dispute link in either direction, and no other', () => {
    const claims = new Map([
      ['a', { disputes: [dispute(['b'])] }],
      ['b', {}],
      ['c', { readings: [{ claims: ['a'], text: 'our reading' }] }],
      ['d', { disputes: [dispute()] }],
    ]);
    assert.deepEqual([...contestedIds(claims)].sort(), ['a', 'b', 'd']);
  });
  it('in the real content, follows the dispute links and nothing typed', () => {
    const { estimates } = loadChartContent(`${ROOT}/content`);
    const contested = estimates.filter((e) => e.contested).map((e) => e.id);
    assert.ok(contested.includes('kutrashev-four-or-five-killed'), 'the ambassador dismisses the other figures');
    assert.ok(contested.includes('media-up-to-50000'), 'Iraqi authorities doubt it');
    assert.ok(!contested.includes('kutrashev-two-documented-deaths'), 'nobody disputes the two documented cases');
    assert.ok(
      !contested.includes('intelligence-fewer-than-5-percent-returned'),
      'only our reading sets it against another',
    );
  });
});

describe('readingsOf(id, claims)', () => {
  it('finds the site’s readings written on the claim and on the claims that name it', () => {
    const claims = new Map([
      ['a', { readings: [{ claims: ['b'], text: 't' }] }],
      ['b', {}],
    ]);
    assert.deepEqual(readingsOf('a', claims), [{ owner: 'a', index: 0, others: ['b'] }]);
    assert.deepEqual(readingsOf('b', claims), [{ owner: 'a', index: 0, others: ['a'] }]);
  });
});

describe('claimWhen(claim, reported)', () => {
  const reported = parseFuzzyDate('2025-10-17');
  it('is the claim date when the source gives one', () => {
    const claimed = parseFuzzyDate('2025-09');
    assert.deepEqual(claimWhen({ claimed }, reported), { date: claimed, kind: 'claimed' });
  });
  it('is the date of the source, marked reported, when it does not', () => {
    assert.deepEqual(claimWhen({}, reported), { date: reported, kind: 'reported' });
  });
});

describe('lastRevised(claim)', () => {
  it('is the latest revision day, or undefined without revisions', () => {
    const rev = (d: string) => ({ date: parseFuzzyDate(d) });
    assert.equal(lastRevised({ revisions: [rev('2026-12-02'), rev('2026-11-30')] }), '2026-12-02');
    assert.equal(lastRevised({}), undefined);
  });
});
