// `npm run bench`: builds the site, then for each main page (home, each theme page, sources) measures
// what a reader downloads (HTML, CSS, JS and font bytes, raw, gzip and brotli; total transfer; request
// count) and its Lighthouse mobile scores (medians of several runs, with LCP, TBT and CLS), compares
// them with bench/budgets.json, and reports the build time for the content as it is and multiplied
// tenfold. Prints a table; exits non-zero when a budget is missed. Not part of `npm test` (minutes long).
//   node bench/run.ts [--runs 3] [--times 10] [--skip-lighthouse] [--skip-scale]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { multiplyContent } from './multiply-content.ts';
import { loadContent } from '../src/records/load.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    times: { type: 'string', default: '10' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const CHROME =
  process.env.CHROMIUM_PATH && process.env.CHROMIUM_PATH !== 'bundled'
    ? process.env.CHROMIUM_PATH
    : '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const PORT = Number(process.env.BENCH_PORT ?? Number(process.env.E2E_PORT ?? 4400) + 6);
const OUT = 'dist-bench';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

interface Budgets {
  themePage: { transferBrotliBytes: number; jsBrotliBytes: number };
  mainPage: { lighthouse: Record<Category, number>; cls: number };
}
const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as Budgets;

/** Bytes of one kind of file, as stored and as sent compressed. */
interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}
const KINDS = ['html', 'css', 'js', 'font', 'other'] as const;
type Kind = (typeof KINDS)[number];
interface PageResult {
  path: string;
  theme: boolean;
  bytes: Record<Kind, Bytes>;
  total: Bytes;
  requests: number;
  scores?: Record<Category, number>;
  lcp?: number;
  tbt?: number;
  cls?: number;
}

/** Runs a build and returns its wall-clock time in seconds; throws with the build's output when it fails. */
function build(env: Record<string, string>): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bench: the build failed:\n${r.stdout}${r.stderr}`);
  return (performance.now() - started) / 1000;
}

const kindOf = (file: string): Kind => {
  if (/\.html$/.test(file)) return 'html';
  if (/\.css$/.test(file)) return 'css';
  if (/\.m?js$/.test(file)) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  return 'other';
};
const zero = (): Bytes => ({ raw: 0, gzip: 0, brotli: 0 });
const sizes = (buf: Buffer): Bytes => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** Loads the page in Chromium and adds up every file it requests, read from the build. */
async function measure(browser: import('@playwright/test').Browser, path: string): Promise<Omit<PageResult, 'theme'>> {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto(`http://127.0.0.1:${PORT}/${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.close();
  const bytes = Object.fromEntries(KINDS.map((k) => [k, zero()])) as Record<Kind, Bytes>;
  const total = zero();
  for (const u of urls) {
    const url = new URL(u);
    if (url.origin !== `http://127.0.0.1:${PORT}`)
      throw new Error(`bench: /${path} requested ${u} from another origin`);
    let file = join(ROOT, OUT, decodeURIComponent(url.pathname));
    if (file.endsWith('/')) file += 'index.html';
    if (!existsSync(file)) throw new Error(`bench: /${path} requested ${url.pathname}, which is not in ${OUT}/`);
    const s = sizes(readFileSync(file));
    for (const b of [bytes[kindOf(file)], total]) for (const k of ['raw', 'gzip', 'brotli'] as const) b[k] += s[k];
  }
  return { path, bytes, total, requests: urls.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Lighthouse mobile run, tried again (up to twice) when Lighthouse itself fails to record the load. */
function lighthouseRun(
  url: string,
  attempt = 1,
): { scores: Record<Category, number>; lcp: number; tbt: number; cls: number } {
  try {
    return lighthouseOnce(url);
  } catch (e) {
    if (attempt >= 3) throw e;
    const reason = (e as Error).message
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .at(-1);
    console.log(`\n  (${reason}; trying again)`);
    return lighthouseRun(url, attempt + 1);
  }
}

/** One Lighthouse mobile run (the default form factor and throttling), through its command line. */
function lighthouseOnce(url: string): { scores: Record<Category, number>; lcp: number; tbt: number; cls: number } {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  try {
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--output=json',
        `--output-path=${join(dir, 'r.json')}`,
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS.join(' ')} --user-data-dir=${join(dir, 'profile')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`bench: Lighthouse failed on ${url}:\n${r.stderr}`);
    const lhr = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as {
      runtimeError?: { message: string };
      categories: Record<Category, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
    };
    if (lhr.runtimeError) throw new Error(`bench: Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const a = lhr.audits;
    return {
      scores,
      lcp: a['largest-contentful-paint'].numericValue ?? NaN,
      tbt: a['total-blocking-time'].numericValue ?? NaN,
      cls: a['cumulative-layout-shift'].numericValue ?? NaN,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitForServer(url: string, server: ChildProcess) {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error('bench: nginx stopped before serving');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bench: ${url} did not answer`);
}

const kb = (n: number) => (n / 1024).toFixed(1);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

async function main() {
  // Build times are medians too: the first build of a series also fills Astro's cache.
  console.log(`Building the site ×${RUNS}…`);
  const buildTime = median(Array.from({ length: RUNS }, () => build({ OUT_DIR: OUT })));
  const themes = loadContent(join(ROOT, 'content'), ROOT)
    .themes.filter((t) => t.lang === 'en')
    .map((t) => t.id)
    .sort();
  const paths = ['', ...themes.map((t) => `${t}/`), 'sources/'];

  const server = spawn(
    process.execPath,
    [join(ROOT, 'deploy/serve-nginx.ts'), '--out', OUT, '--base', '/', '--port', String(PORT)],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const results: PageResult[] = [];
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`, server);
    const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(1) });
    for (const p of paths) results.push({ ...(await measure(browser, p)), theme: themes.includes(p.slice(0, -1)) });
    await browser.close();
    if (!args['skip-lighthouse']) {
      for (const r of results) {
        process.stdout.write(`Lighthouse /${r.path} ×${RUNS}…`);
        const runs = Array.from({ length: RUNS }, () => lighthouseRun(`http://127.0.0.1:${PORT}/${r.path}`));
        r.scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((x) => x.scores[c]))])) as Record<
          Category,
          number
        >;
        r.lcp = median(runs.map((x) => x.lcp));
        r.tbt = median(runs.map((x) => x.tbt));
        r.cls = median(runs.map((x) => x.cls));
        console.log(` ${CATEGORIES.map((c) => r.scores![c]).join('/')}`);
      }
    }
  } finally {
    server.kill('SIGTERM');
  }

  let scale: { times: number; seconds: number; pages: number } | null = null;
  if (!args['skip-scale']) {
    const times = Number(args.times);
    console.log(`Building ${times}× the content ×${RUNS}…`);
    const dir = mkdtempSync(join(tmpdir(), 'content-x-'));
    try {
      multiplyContent(join(ROOT, 'content'), join(dir, 'content'), times);
      const seconds = median(
        Array.from({ length: RUNS }, () => build({ CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist') })),
      );
      const pages = readFileSync(join(dir, 'dist', '_headers'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('/') && !l.endsWith('*')).length;
      scale = { times, seconds, pages };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // The table.
  const head = [
    'page',
    'HTML',
    'CSS',
    'JS',
    'font',
    'total br',
    'total gz',
    'req',
    ...(args['skip-lighthouse'] ? [] : ['perf', 'a11y', 'bp', 'seo', 'LCP ms', 'TBT ms', 'CLS']),
  ];
  const rows = results.map((r) => [
    `/${r.path}`,
    ...(['html', 'css', 'js', 'font'] as const).map((k) => kb(r.bytes[k].brotli)),
    kb(r.total.brotli),
    kb(r.total.gzip),
    String(r.requests),
    ...(r.scores
      ? [
          ...CATEGORIES.map((c) => String(r.scores![c])),
          String(Math.round(r.lcp!)),
          String(Math.round(r.tbt!)),
          r.cls!.toFixed(3),
        ]
      : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ');
  console.log(`\nKB are brotli-compressed unless marked gz; Lighthouse: mobile, median of ${RUNS} run(s).\n`);
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(
    `\nBuild (median of ${RUNS}): ${buildTime.toFixed(1)} s for ${paths.length} main pages of ${
      readFileSync(join(ROOT, OUT, '_headers'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('/') && !l.endsWith('*')).length
    } pages`,
  );
  if (scale)
    console.log(
      `Build with ${scale.times}× the content: ${scale.seconds.toFixed(1)} s for ${scale.pages} pages (${(scale.seconds / buildTime).toFixed(1)}× the time)`,
    );

  // The budgets.
  const missed: string[] = [];
  for (const r of results) {
    if (r.theme) {
      if (r.total.brotli > budgets.themePage.transferBrotliBytes)
        missed.push(
          `/${r.path}: ${kb(r.total.brotli)} KB transferred, budget ${kb(budgets.themePage.transferBrotliBytes)} KB`,
        );
      if (r.bytes.js.brotli > budgets.themePage.jsBrotliBytes)
        missed.push(
          `/${r.path}: ${kb(r.bytes.js.brotli)} KB of JavaScript, budget ${kb(budgets.themePage.jsBrotliBytes)} KB`,
        );
    }
    if (r.scores) {
      for (const c of CATEGORIES)
        if (r.scores[c] < budgets.mainPage.lighthouse[c])
          missed.push(`/${r.path}: Lighthouse ${c} ${r.scores[c]}, budget ${budgets.mainPage.lighthouse[c]}`);
      if (r.cls! > budgets.mainPage.cls)
        missed.push(`/${r.path}: CLS ${r.cls!.toFixed(3)}, budget ${budgets.mainPage.cls}`);
    }
  }
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  writeFileSync(join(ROOT, '.cache/bench.json'), JSON.stringify({ buildTime, scale, results, missed }, null, 2));
  console.log(
    missed.length ? `\n${missed.length} budget(s) missed:\n  ${missed.join('\n  ')}` : '\nEvery budget is met.',
  );
  process.exit(missed.length ? 1 : 0);
}

await main();
