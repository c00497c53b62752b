// Measures one page of one build: `runs` Lighthouse runs (medians kept, every run recorded) and one
// scroll to the end (bytes after scrolling, text that only a script writes), all through the bench's
// one server (bench/serve.ts), so the site and its peers are measured alike.
import type { Browser } from '@playwright/test';
import { CATEGORIES, lighthouseRun, type Category, type LighthouseRun } from './lighthouse.ts';
import { scrollToEnd, type ScrollResult } from './scroll.ts';
import type { StaticServer } from './serve.ts';
import { median, type PageMedians } from './verdict.ts';

export interface Measured {
  label: string;
  path: string;
  medians: PageMedians | null;
  runs: LighthouseRun[];
  scroll: ScrollResult | null;
}

/** Medians over runs; other hosts are the union over every run. */
export function mediansOf(runs: LighthouseRun[]): PageMedians {
  const m = (f: (r: LighthouseRun) => number | null) => median(runs.map(f));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, m((r) => r.scores[c])])) as Record<Category, number | null>,
    lcpMs: m((r) => r.lcpMs),
    tbtMs: m((r) => r.tbtMs),
    cls: m((r) => r.cls),
    transferBytes: m((r) => r.transferBytes),
    elements: m((r) => r.elements),
    otherHosts: [...new Set(runs.flatMap((r) => r.otherHosts))],
  };
}

export async function measurePage(
  server: StaticServer,
  browser: Browser | null,
  label: string,
  path: string,
  runs: number,
  withServiceWorker: boolean,
  log: (s: string) => void,
): Promise<Measured> {
  const origin = `http://127.0.0.1:${server.port}`;
  const done: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await lighthouseRun(origin + path, origin);
    if (r.runtimeError) log(`  ${label}: Lighthouse run ${i + 1}: ${r.runtimeError}`);
    else done.push(r);
  }
  const scroll = browser ? await scrollToEnd(browser, server, path, withServiceWorker) : null;
  const medians = done.length ? mediansOf(done) : null;
  if (medians && scroll) medians.otherHosts = [...new Set([...medians.otherHosts, ...scroll.otherHosts])];
  const s = medians?.scores;
  log(
    `  ${label}${runs ? `: ${s ? CATEGORIES.map((c) => s[c] ?? '–').join('/') : 'no Lighthouse result'}` : ''}` +
      (medians ? `, TBT ${Math.round(medians.tbtMs ?? NaN)} ms, LCP ${Math.round(medians.lcpMs ?? NaN)} ms` : '') +
      (scroll ? `, ${(scroll.wireBytes / 1024).toFixed(1)} KB after scrolling` : '') +
      (scroll?.serviceWorkerBytes
        ? ` (+${(scroll.serviceWorkerBytes / 1024).toFixed(1)} KB by the service worker)`
        : ''),
  );
  return { label, path, medians, runs: done, scroll };
}
