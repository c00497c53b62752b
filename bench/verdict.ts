// The bench's judgement, kept pure so it can be tested without a browser: medians of runs, each goal of
// issue 18 as a check with its measured value and its limit, and whether the machine was quiet enough
// for any timing to be judged at all.
import type { Category } from './lighthouse.ts';

/** The limits in bench/budgets.json (see the "$comment" there for what each means). */
export interface Goals {
  pages: { lighthouse: Record<Category, number>; tbtMs: number; lcpVsFloor: number; cls: number };
  longPages: { transferVsStarlight: number };
  fixture: { transferVsFloor: number; lighthouse: Record<Category, number>; tbtMs: number };
  build: { growthVsContent: number };
  quiet: { maxLoadPerCore: number; minBenchmarkIndex: number; minBenchmarkShare: number };
}

/** Median of the finite numbers among `xs` (the mean of the middle two for an even count); null if none. */
export function median(xs: readonly (number | null | undefined)[]): number | null {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** One goal on one page: ok is null when it could not be judged (a value or its reference is missing). */
export interface Check {
  page: string;
  goal: string;
  value: number | null;
  limit: number | null;
  ok: boolean | null;
  /** Timing goals move with the machine's load; byte and score-free goals do not. */
  timing: boolean;
}

/** value ≤ limit, or null when either is unknown. */
export function atMost(page: string, goal: string, value: number | null, limit: number | null, timing: boolean): Check {
  return { page, goal, value, limit, timing, ok: value == null || limit == null ? null : value <= limit };
}
/** value ≥ limit, or null when either is unknown. */
export function atLeast(
  page: string,
  goal: string,
  value: number | null,
  limit: number | null,
  timing: boolean,
): Check {
  return { page, goal, value, limit, timing, ok: value == null || limit == null ? null : value >= limit };
}

/** Medians over runs of what a page is judged on. */
export interface PageMedians {
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  transferBytes: number | null;
  elements: number | null;
  otherHosts: string[];
}

/**
 * The per-page goals: the four Lighthouse scores (SEO waived where the page is noindex on purpose),
 * TBT, LCP against the hand-written floor's median LCP of the same run, CLS, and no other host.
 * The performance score is a timing goal: Lighthouse computes it from simulated times.
 */
export function pageChecks(
  page: string,
  m: PageMedians,
  g: Goals['pages'],
  floorLcpMs: number | null,
  seoWaived: boolean,
): Check[] {
  const out: Check[] = [];
  for (const [c, min] of Object.entries(g.lighthouse) as [Category, number][]) {
    if (c === 'seo' && seoWaived) continue;
    out.push(atLeast(page, `Lighthouse ${c}`, m.scores[c], min, c === 'performance'));
  }
  out.push(atMost(page, 'TBT ms', m.tbtMs, g.tbtMs, true));
  out.push(
    atMost(
      page,
      `LCP ms (≤ ${g.lcpVsFloor}× floor)`,
      m.lcpMs,
      floorLcpMs == null ? null : floorLcpMs * g.lcpVsFloor,
      true,
    ),
  );
  out.push(atMost(page, 'CLS', m.cls, g.cls, false));
  out.push(atMost(page, 'requests to other hosts', m.otherHosts.length, 0, false));
  return out;
}

/**
 * The build grows no faster than the content: with `times` times the content, the time may be at most
 * `times × growth` times the time of the content as it is (growth 1: time×10 / time×1 ≤ 10).
 */
export function buildCheck(label: string, seconds1: number, secondsN: number, times: number, growth: number): Check {
  return atMost('build', `${label}: time×${times} / time×1`, secondsN / seconds1, times * growth, true);
}

/** The machine's state, as recorded before the run and by every Lighthouse run. */
export interface Machine {
  cpus: number;
  loadavg1AtStart: number;
  benchmarkIndexes: number[];
}

/**
 * Why the timings cannot be judged, or null when the machine was quiet: a 1-minute load average above
 * maxLoadPerCore per core before the run; or a Lighthouse benchmarkIndex (its CPU probe, taken in every
 * run) below minBenchmarkIndex, or below minBenchmarkShare of the run's best one (the machine got busy
 * during the run).
 */
export function busyReason(m: Machine, q: Goals['quiet']): string | null {
  const reasons: string[] = [];
  const perCore = m.loadavg1AtStart / m.cpus;
  if (perCore > q.maxLoadPerCore)
    reasons.push(
      `load average ${m.loadavg1AtStart.toFixed(2)} on ${m.cpus} cores before the run (${perCore.toFixed(2)} per core, limit ${q.maxLoadPerCore})`,
    );
  if (m.benchmarkIndexes.length) {
    const lo = Math.min(...m.benchmarkIndexes);
    const hi = Math.max(...m.benchmarkIndexes);
    if (lo < q.minBenchmarkIndex)
      reasons.push(`Lighthouse benchmarkIndex fell to ${Math.round(lo)} (limit ${q.minBenchmarkIndex})`);
    if (lo < hi * q.minBenchmarkShare)
      reasons.push(
        `Lighthouse benchmarkIndex varied from ${Math.round(lo)} to ${Math.round(hi)} (below ${q.minBenchmarkShare} of the best)`,
      );
  }
  return reasons.length ? reasons.join('; ') : null;
}

/** Exit codes of `npm run bench`. */
export const EXIT = { met: 0, missed: 1, usage: 2, notJudged: 3 } as const;

/**
 * The outcome: a missed goal that does not depend on timing fails whatever the load; timing goals are
 * judged only on a quiet machine, else the run is "not judged" (exit 3), so a busy machine neither
 * passes nor fails a timing goal. A goal that could not be measured (ok null: its peer was skipped, or
 * Lighthouse failed) neither passes nor fails either: "not judged" too.
 */
export function outcome(checks: Check[], busy: string | null): { code: number; missed: Check[]; unknown: Check[] } {
  const judged = busy ? checks.filter((c) => !c.timing) : checks;
  const missed = judged.filter((c) => c.ok === false);
  const unknown = judged.filter((c) => c.ok === null);
  if (missed.length) return { code: EXIT.missed, missed, unknown };
  if (busy || unknown.length) return { code: EXIT.notJudged, missed, unknown };
  return { code: EXIT.met, missed, unknown };
}

/** One page's verdict for the table: "ok", "MISSED (goals…)", or "not judged" when only timings missed on a busy machine. */
export function rowVerdict(checks: Check[], busy: string | null): string {
  const missed = checks.filter((c) => c.ok === false);
  const hard = missed.filter((c) => !busy || !c.timing);
  if (hard.length) return `MISSED: ${hard.map((c) => c.goal).join(', ')}`;
  if (busy && checks.some((c) => c.timing))
    return missed.length ? 'timings not judged (busy)' : 'ok (timings not judged)';
  if (checks.some((c) => c.ok === null)) return 'incomplete';
  return checks.length ? 'ok' : '';
}
