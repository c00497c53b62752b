// The bench's judgement (bench/verdict.ts) without a browser: medians, the goals' checks, the busy
// machine's refusal and the exit code.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  busyReason,
  buildCheck,
  EXIT,
  median,
  outcome,
  pageChecks,
  rowVerdict,
  type Check,
  type Goals,
  type PageMedians,
} from '../../../bench/verdict.ts';

const goals: Goals = {
  pages: {
    lighthouse: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    tbtMs: 50,
    lcpVsFloor: 1.3,
    cls: 0,
  },
  longPages: { transferVsStarlight: 0.6 },
  fixture: {
    transferVsFloor: 2,
    lighthouse: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    tbtMs: 50,
  },
  build: { growthVsContent: 1 },
  quiet: { maxLoadPerCore: 0.5, minBenchmarkIndex: 1000, minBenchmarkShare: 0.8 },
};
const perfect: PageMedians = {
  scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs: 900,
  tbtMs: 10,
  cls: 0,
  transferBytes: 30000,
  elements: 500,
  otherHosts: [],
};
const failed = (cs: Check[]) => cs.filter((c) => c.ok === false).map((c) => c.goal);

describe('median()', () => {
  it('takes the middle of an odd count, whatever the order', () => assert.equal(median([5, 1, 3]), 3));
  it('takes the mean of the middle two of an even count', () => assert.equal(median([4, 1, 3, 2]), 2.5));
  it('leaves out nulls and non-finite numbers, and is null when nothing is left', () => {
    assert.equal(median([null, 7, Number.NaN, undefined]), 7);
    assert.equal(median([null]), null);
  });
});

describe('pageChecks()', () => {
  it('passes a page that meets every goal', () =>
    assert.deepEqual(failed(pageChecks('/', perfect, goals.pages, 800, false)), []));
  it('judges LCP against 1.3× the floor of the same run', () => {
    const m = { ...perfect, lcpMs: 1050 };
    assert.deepEqual(failed(pageChecks('/', m, goals.pages, 800, false)), ['LCP ms (≤ 1.3× floor)']);
    assert.deepEqual(failed(pageChecks('/', m, goals.pages, 810, false)), []);
  });
  it('leaves LCP unjudged (null) when the floor was not measured', () => {
    const lcp = pageChecks('/', perfect, goals.pages, null, false).find((c) => c.goal.startsWith('LCP'));
    assert.equal(lcp?.ok, null);
  });
  it('misses TBT over 50 ms, CLS above 0 and any other host', () => {
    const m = { ...perfect, tbtMs: 51, cls: 0.001, otherHosts: ['https://fonts.example/x.css'] };
    assert.deepEqual(failed(pageChecks('/', m, goals.pages, 800, false)), ['TBT ms', 'CLS', 'requests to other hosts']);
  });
  it('does not judge SEO on a page that is noindex on purpose, and judges it elsewhere', () => {
    const m = { ...perfect, scores: { ...perfect.scores, seo: 60 } };
    assert.deepEqual(failed(pageChecks('/embed/x/', m, goals.pages, 800, true)), []);
    assert.deepEqual(failed(pageChecks('/', m, goals.pages, 800, false)), ['Lighthouse seo']);
  });
  it('marks performance, TBT and LCP as timing goals, the other scores and CLS not', () => {
    const timing = pageChecks('/', perfect, goals.pages, 800, false)
      .filter((c) => c.timing)
      .map((c) => c.goal);
    assert.deepEqual(timing, ['Lighthouse performance', 'TBT ms', 'LCP ms (≤ 1.3× floor)']);
  });
});

describe('buildCheck()', () => {
  it('allows time×10 / time×1 up to 10 and no more', () => {
    assert.equal(buildCheck('cold', 20, 200, 10, 1).ok, true);
    assert.equal(buildCheck('cold', 20, 201, 10, 1).ok, false);
    assert.equal(buildCheck('cold', 20, 201, 10, 1).value, 10.05);
  });
});

describe('busyReason()', () => {
  const quiet = { cpus: 2, loadavg1AtStart: 0.8, benchmarkIndexes: [1500, 1450] };
  it('is null on a quiet machine', () => assert.equal(busyReason(quiet, goals.quiet), null));
  it('refuses a load average above 0.5 per core before the run', () =>
    assert.match(busyReason({ ...quiet, loadavg1AtStart: 1.2 }, goals.quiet) ?? '', /0\.60 per core, limit 0\.5/));
  it('refuses a benchmarkIndex below the floor', () =>
    assert.match(busyReason({ ...quiet, benchmarkIndexes: [1500, 900] }, goals.quiet) ?? '', /fell to 900/));
  it('refuses a benchmarkIndex that dropped below 0.8 of the run’s best', () =>
    assert.match(
      busyReason({ ...quiet, benchmarkIndexes: [2000, 1500] }, goals.quiet) ?? '',
      /varied from 1500 to 2000/,
    ));
});

describe('outcome() and rowVerdict()', () => {
  const timingMiss: Check = { page: '/', goal: 'TBT ms', value: 400, limit: 50, ok: false, timing: true };
  const byteMiss: Check = { page: '/', goal: 'bytes', value: 9e4, limit: 4e4, ok: false, timing: false };
  const ok: Check = { page: '/', goal: 'CLS', value: 0, limit: 0, ok: true, timing: false };
  it('exits 0 when every goal is met', () => assert.equal(outcome([ok], null).code, EXIT.met));
  it('exits 1 on a missed timing goal on a quiet machine', () =>
    assert.equal(outcome([ok, timingMiss], null).code, EXIT.missed));
  it('exits 3, not judged, on a missed timing goal on a busy machine', () => {
    assert.equal(outcome([ok, timingMiss], 'busy').code, EXIT.notJudged);
    assert.equal(rowVerdict([ok, timingMiss], 'busy'), 'timings not judged (busy)');
  });
  it('still fails a missed byte goal on a busy machine', () => {
    assert.equal(outcome([byteMiss, timingMiss], 'busy').code, EXIT.missed);
    assert.equal(rowVerdict([byteMiss, timingMiss], 'busy'), 'MISSED: bytes');
  });
  it('exits 3 when a goal could not be measured', () =>
    assert.equal(outcome([ok, { ...ok, goal: 'LCP', ok: null }], null).code, EXIT.notJudged));
});
