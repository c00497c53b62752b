// `npm run bench` (issue 18): builds the site into dist-bench/, measures its pages (bench/pages.ts) beside
// the peers' reference page built three ways (bench/peers.ts) with one harness and one encoding, times
// the build cold and warm at ×1 and ×10 content, prints a table, writes bench/results/latest.json and
// exits 0 when every goal of bench/budgets.json is met, 1 when one is missed, 2 on bad arguments, and 3
// ("not judged") when the machine was too busy for the timings to mean anything (bench/verdict.ts).
// Minutes long, never part of `npm test`. See bench/README.md.
//   node bench/run.ts [--runs 3] [--pages /,/ar/] [--times 10] [--skip-peers] [--skip-scale] [--skip-lighthouse]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { timeBuilds, type BuildTimes } from './build-time.ts';
import { stopChrome } from './lighthouse.ts';
import { measurePage, type Measured } from './measure.ts';
import { benchPages, saysNoindex, selectPages, type BenchPage } from './pages.ts';
import { fixture, floor, starlight, type Build, type Skipped } from './peers.ts';
import { withBrowser } from './scroll.ts';
import { StaticServer } from './serve.ts';
import { formatTable, kb, type Row } from './table.ts';
import {
  atLeast,
  atMost,
  buildCheck,
  busyReason,
  EXIT,
  outcome,
  pageChecks,
  rowVerdict,
  type Check,
  type Goals,
} from './verdict.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'dist-bench');

/** The command line; a mistake in it exits 2 with the reason. */
function readArgs() {
  try {
    return parseArgs({
      options: {
        runs: { type: 'string', default: '3' },
        pages: { type: 'string' },
        times: { type: 'string', default: '10' },
        'skip-peers': { type: 'boolean', default: false },
        'skip-scale': { type: 'boolean', default: false },
        'skip-lighthouse': { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    console.error(`bench: ${(e as Error).message}`);
    process.exit(EXIT.usage);
  }
}
const args = readArgs();
const RUNS = args['skip-lighthouse'] ? 0 : Number(args.runs);
const TIMES = Number(args.times);
if (!Number.isInteger(RUNS) || RUNS < 0 || !Number.isInteger(TIMES) || TIMES < 2) {
  console.error('bench: --runs must be a whole number ≥ 1 and --times one ≥ 2. Fix: e.g. --runs 1 --times 10');
  process.exit(EXIT.usage);
}
const goals = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as Goals;
const log = (s: string) => console.log(s);

for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    stopChrome();
    process.exit(130);
  });

/** Serves one build while `f` measures pages of it. */
async function serving<T>(dist: string, f: (s: StaticServer) => Promise<T>): Promise<T> {
  const server = new StaticServer(dist);
  await server.listen();
  try {
    return await f(server);
  } finally {
    await server.close();
  }
}

async function main(): Promise<number> {
  const machine = { cpus: cpus().length, loadavg1AtStart: loadavg()[0], benchmarkIndexes: [] as number[] };
  log(`Machine: ${machine.cpus} cores, 1-minute load average ${machine.loadavg1AtStart.toFixed(2)} before the run.`);
  const started = performance.now();

  // 1. The site's build, cold, then warm (which also leaves dist-bench/ for the measurements).
  log(`Building the site into dist-bench/ (cold${args['skip-scale'] ? '' : ', then warm'})…`);
  const builds: BuildTimes[] = [timeBuilds(1, OUT, !args['skip-scale'])];
  // The build at ×N content comes next, before the twenty minutes of measuring, so a content copy the
  // build refuses stops the bench at once.
  if (!args['skip-scale']) {
    log(`Building ${TIMES}× the content (cold, then warm)…`);
    builds.push(timeBuilds(TIMES, join(ROOT, `.cache/bench/x${TIMES}/dist`), true));
  }

  // 2. The peers and the fixture.
  let peers: Build[] = [];
  const skipped: Skipped[] = [];
  if (args['skip-peers']) skipped.push({ label: 'the peers and the fixture', reason: '--skip-peers' });
  else {
    peers.push(floor());
    const s = starlight(log);
    if ('reason' in s) skipped.push(s);
    else peers.push(s);
    log('Building the reference page with the site (bench/fixture/)…');
    peers.push(fixture());
  }
  for (const s of skipped) log(`SKIPPED ${s.label}: ${s.reason}. Goals measured against it are not judged.`);

  // 3. The measurements: peers first (the floor's LCP is the reference), then the site's pages.
  const pages = selectPages(benchPages(ROOT, OUT), args.pages ? args.pages.split(',') : null);
  log(
    `Measuring ${pages.length} page(s) and ${peers.length} peer page(s): Lighthouse ×${RUNS}, then a scroll to the end…`,
  );
  const { peerResults, siteResults } = await withBrowser(async (browser) => {
    const peerResults: Measured[] = [];
    for (const p of peers)
      peerResults.push(await serving(p.dist, (s) => measurePage(s, browser, p.label, p.path, RUNS, true, log)));
    const siteResults = await serving(OUT, async (s) => {
      const out: Measured[] = [];
      for (const p of pages) out.push(await measurePage(s, browser, p.path, p.path, RUNS, p.kind === 'long', log));
      return out;
    });
    return { peerResults, siteResults };
  });
  peers = peers.filter((p) => peerResults.some((r) => r.label === p.label));
  machine.benchmarkIndexes = [...peerResults, ...siteResults]
    .flatMap((m) => m.runs.map((r) => r.benchmarkIndex))
    .filter((x): x is number => x != null);

  // 4. The goals.
  const peer = (label: string) => peerResults.find((r) => r.label.startsWith(label)) ?? null;
  const floorM = peer('hand-written');
  const starM = peer('Starlight');
  const fixM = peer('this site');
  const perPage = new Map<string, Check[]>();
  for (const [i, m] of siteResults.entries()) {
    const p: BenchPage = pages[i];
    const checks: Check[] = [];
    if (m.medians) {
      const file = new StaticServer(OUT).pageFile(p.path);
      const waived = p.noindexOnPurpose && file != null && saysNoindex(file);
      checks.push(...pageChecks(p.path, m.medians, goals.pages, floorM?.medians?.lcpMs ?? null, waived));
    }
    if (m.scroll)
      checks.push(atMost(p.path, 'requests to other hosts (scrolled)', m.scroll.otherHosts.length, 0, false));
    if (p.kind === 'long' && m.scroll) {
      const limit = starM?.scroll ? starM.scroll.wireBytes * goals.longPages.transferVsStarlight : null;
      checks.push(
        atMost(
          p.path,
          `bytes after scrolling (≤ ${goals.longPages.transferVsStarlight}× Starlight)`,
          m.scroll.wireBytes,
          limit,
          false,
        ),
      );
      checks.push(atMost(p.path, 'texts only a script writes', m.scroll.textOnlyWithJs.length, 0, false));
    }
    perPage.set(m.label, checks);
  }
  if (fixM) {
    const f = goals.fixture;
    const checks: Check[] = [];
    const transfer = fixM.medians?.transferBytes ?? null;
    const floorTransfer = floorM?.medians?.transferBytes ?? null;
    if (fixM.medians) {
      checks.push(
        atMost(
          fixM.label,
          `transfer (≤ ${f.transferVsFloor}× floor)`,
          transfer,
          floorTransfer == null ? null : floorTransfer * f.transferVsFloor,
          false,
        ),
      );
      for (const [c, min] of Object.entries(f.lighthouse) as [keyof typeof f.lighthouse, number][])
        checks.push(atLeast(fixM.label, `Lighthouse ${c}`, fixM.medians.scores[c], min, c === 'performance'));
      checks.push(atMost(fixM.label, 'TBT ms', fixM.medians.tbtMs, f.tbtMs, true));
    }
    perPage.set(fixM.label, checks);
  }
  const scale = builds.find((b) => b.times === TIMES);
  const one = builds[0];
  const buildChecks: Check[] = [];
  if (scale) {
    buildChecks.push(buildCheck('cold', one.coldSeconds, scale.coldSeconds, TIMES, goals.build.growthVsContent));
    if (one.warmSeconds && scale.warmSeconds)
      buildChecks.push(buildCheck('warm', one.warmSeconds, scale.warmSeconds, TIMES, goals.build.growthVsContent));
  }
  const checks = [...perPage.values()].flat().concat(buildChecks);
  const busy = RUNS || !args['skip-scale'] ? busyReason(machine, goals.quiet) : null;

  // 5. The report.
  const row = (m: Measured, checksOf: Check[]): Row => ({
    page: m.label,
    transferBytes: m.medians?.transferBytes ?? null,
    scrollBytes: m.scroll?.wireBytes ?? null,
    perf: m.medians?.scores.performance ?? null,
    a11y: m.medians?.scores.accessibility ?? null,
    bp: m.medians?.scores['best-practices'] ?? null,
    seo: m.medians?.scores.seo ?? null,
    tbtMs: m.medians?.tbtMs ?? null,
    lcpMs: m.medians?.lcpMs ?? null,
    cls: m.medians?.cls ?? null,
    elements: m.medians?.elements ?? m.scroll?.elements ?? null,
    verdict: rowVerdict(checksOf, busy),
  });
  const rows = [...siteResults, ...peerResults].map((m) => row(m, perPage.get(m.label) ?? []));
  log(
    `\nMobile Lighthouse ${RUNS ? `(simulated throttling), median of ${RUNS} run(s)` : 'skipped'}; bytes are gzip-9 bodies plus headers` +
      ` ("transfer": Lighthouse's network log of the load; "after scroll": what the bench's server wrote by the end of the page).\n`,
  );
  log(formatTable(rows, starM?.scroll?.wireBytes ?? null));
  for (const b of builds)
    log(
      `\nBuild ×${b.times} (${b.pages} pages): cold ${b.coldSeconds.toFixed(1)} s` +
        (b.warmSeconds == null ? '' : `, warm ${b.warmSeconds.toFixed(1)} s`),
    );
  for (const c of buildChecks)
    log(`  ${c.goal} = ${c.value!.toFixed(2)} (at most ${c.limit}): ${c.ok ? 'ok' : 'MISSED'}`);
  const bi = machine.benchmarkIndexes;
  log(
    `\nMachine: load average ${machine.loadavg1AtStart.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after; ` +
      `Lighthouse benchmarkIndex ${bi.length ? `${Math.round(Math.min(...bi))} to ${Math.round(Math.max(...bi))}` : 'not measured'}.`,
  );
  for (const s of skipped) log(`SKIPPED ${s.label}: ${s.reason}.`);
  for (const m of siteResults)
    if (m.scroll?.textOnlyWithJs.length)
      log(
        `${m.label}: ${m.scroll.textOnlyWithJs.length} text(s) only a script writes, e.g. "${m.scroll.textOnlyWithJs[0].slice(0, 80)}"`,
      );
  const result = outcome(checks, busy);
  if (busy)
    log(`\nNOT JUDGED: the machine was too busy for timings (${busy}). Timing goals are printed but not judged.`);
  for (const c of result.missed)
    log(
      `MISSED ${c.page}: ${c.goal} = ${c.value == null ? '–' : c.goal.startsWith('bytes') || c.goal.startsWith('transfer') ? kb(c.value) : +c.value.toFixed(3)} (limit ${c.limit == null ? '–' : c.goal.startsWith('bytes') || c.goal.startsWith('transfer') ? kb(c.limit) : +c.limit.toFixed(3)})`,
    );
  for (const c of result.unknown) log(`NOT MEASURED ${c.page}: ${c.goal}`);
  const minutes = (performance.now() - started) / 60000;
  log(
    `\n${result.code === EXIT.met ? 'Every goal is met.' : result.code === EXIT.notJudged ? 'No goal that can be judged on a busy machine is missed; timings not judged (exit 3).' : `${result.missed.length} goal(s) missed, ${result.unknown.length} not measured.`} (${minutes.toFixed(1)} min)`,
  );

  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const json = JSON.stringify(
    {
      date: new Date().toISOString(),
      args,
      machine,
      busy,
      exitCode: result.code,
      minutes,
      builds,
      skipped,
      goals,
      checks,
      peers: peerResults,
      pages: siteResults,
    },
    null,
    2,
  );
  writeFileSync(join(ROOT, 'bench/results/latest.json'), json + '\n');
  log('Wrote bench/results/latest.json.');
  return result.code;
}

process.exit(await main());
