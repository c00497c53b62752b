// One Lighthouse run of one page, through Lighthouse's Node API in a fresh headless Chromium: the
// default (mobile) config with simulated throttling, the four categories, as the table and the
// peers' baselines were measured (shared/bench/measure-page.mjs). The network log gives the transfer
// (bodies plus headers, as DevTools counts them) and any request to another host.
import lighthouse from 'lighthouse';
import { Launcher, launch, type LaunchedChrome } from 'chrome-launcher';
import { loadavg } from 'node:os';
import { OWN_DISABLED_FEATURES } from '../tests/helpers/chromium-features.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/**
 * chrome-launcher's own flags, with the browser's preloaded address-bar popups turned off as well
 * (tests/helpers/chromium-features.ts), in its one --disable-features: Chromium reads only the last.
 */
const LAUNCHER_FLAGS = Launcher.defaultFlags().map((f) =>
  f.startsWith('--disable-features=') ? `${f},${OWN_DISABLED_FEATURES.join(',')}` : f,
);
if (!LAUNCHER_FLAGS.some((f) => f.startsWith('--disable-features=')))
  LAUNCHER_FLAGS.push(`--disable-features=${OWN_DISABLED_FEATURES.join(',')}`);
const CHROME_FLAGS = [
  ...LAUNCHER_FLAGS,
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** What one run measured. Times in ms, bytes as Lighthouse's network log counts them. */
export interface LighthouseRun {
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  fcpMs: number | null;
  transferBytes: number;
  jsTransferBytes: number;
  requests: number;
  /** Elements in the DOM (Lighthouse's DOM-size insight). */
  elements: number | null;
  otherHosts: string[];
  /** Lighthouse's CPU probe of this run: lower means a slower or busier machine. */
  benchmarkIndex: number | null;
  loadavg1: number;
  failedAudits: string[];
  runtimeError: string | null;
}

interface Lhr {
  runtimeError?: { code: string; message: string };
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { score: number | null; scoreDisplayMode: string; numericValue?: number; details?: { items?: unknown[] } }
  >;
}
interface NetItem {
  url: string;
  transferSize?: number;
  resourceType?: string;
  mimeType?: string;
}

let running: LaunchedChrome | null = null;
/** Stops the Chromium of a run in progress (on SIGINT), by the process this module started. */
export function stopChrome() {
  const c = running;
  running = null;
  if (c) c.kill();
}

/** One Lighthouse run of `url`; `origin` is the local server, every other host counts as another host. */
export async function lighthouseRun(url: string, origin: string): Promise<LighthouseRun> {
  running = await launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    // LAUNCHER_FLAGS are the defaults, with one --disable-features that carries ours too.
    ignoreDefaultFlags: true,
    handleSIGINT: false,
    logLevel: 'silent',
  });
  let lhr: Lhr;
  try {
    const result = await lighthouse(url, {
      port: running.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`bench: Lighthouse returned nothing for ${url}`);
    lhr = result.lhr as unknown as Lhr;
  } finally {
    stopChrome();
  }
  return readLhr(lhr, origin);
}

/** The numbers the bench judges, read from a Lighthouse result (pure, so it can be tested on a stored one). */
export function readLhr(lhr: Lhr, origin: string): LighthouseRun {
  const a = lhr.audits;
  const num = (id: string) => a[id]?.numericValue ?? null;
  const items = ((a['network-requests']?.details?.items ?? []) as NetItem[]).filter(
    (it) => !/^(data|blob|chrome-extension|about):/.test(it.url),
  );
  const isJs = (it: NetItem) => it.resourceType === 'Script' || /javascript|ecmascript/.test(it.mimeType ?? '');
  const sum = (xs: NetItem[]) => xs.reduce((s, it) => s + (it.transferSize ?? 0), 0);
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => {
        const s = lhr.categories[c]?.score;
        return [c, s == null ? null : Math.round(s * 100)];
      }),
    ) as Record<Category, number | null>,
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    fcpMs: num('first-contentful-paint'),
    transferBytes: sum(items),
    jsTransferBytes: sum(items.filter(isJs)),
    requests: items.length,
    elements: num('dom-size-insight'),
    otherHosts: items.filter((it) => !it.url.startsWith(origin + '/')).map((it) => it.url),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    loadavg1: loadavg()[0],
    // Audits that cost points: scored, below 0.9, and weighted in some category.
    failedAudits: Object.entries(a)
      .filter(
        ([, x]) =>
          x.score !== null && x.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(x.scoreDisplayMode),
      )
      .filter(([id]) => Object.values(lhr.categories).some((c) => c.auditRefs.some((r) => r.id === id && r.weight > 0)))
      .map(([id]) => id),
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
  };
}
