// Build times, cold and warm, for the content as it is and multiplied (bench/multiply-content.ts).
// Cold: no .astro/, no Astro cache and no output folder; warm: the same build again straight after, with
// the cache the cold one left. Each size has its own output and cache folders under .cache/bench/, so
// the bench never touches dist/ or the real build's cache (.cache/astro). The site is built with a public
// address, as it is published (SITE_URL, else the tests' reserved https://news.test): without one the
// pages leave out their canonical links and a script writes the page's address into the citation.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { multiplyContent } from './multiply-content.ts';

const ROOT = new URL('../', import.meta.url).pathname;
/** The address the bench builds the site for. */
export const SITE_URL = process.env.SITE_URL ?? 'https://news.test';

export interface BuildTimes {
  times: number;
  pages: number;
  coldSeconds: number;
  warmSeconds: number | null;
}

/** Runs one build and returns its wall-clock seconds; throws with the build's output when it fails. */
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

/** Pages in a build: the page addresses its _headers file lists. */
const pagesIn = (out: string) =>
  readFileSync(join(out, '_headers'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('/') && !l.endsWith('*')).length;

/**
 * Builds `times` × the content into `out`, cold and then (unless `warm` is false) warm. times 1 builds
 * the real content/ as it is.
 */
export function timeBuilds(times: number, out: string, warm: boolean): BuildTimes {
  const dir = join(ROOT, `.cache/bench/x${times}`);
  const env: Record<string, string> = { OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'astro'), SITE_URL, BASE_PATH: '/' };
  if (times > 1) {
    multiplyContent(join(ROOT, 'content'), join(dir, 'content'), times);
    env.CONTENT_DIR = join(dir, 'content');
  }
  for (const gone of [out, env.ASTRO_CACHE_DIR, join(ROOT, '.astro')]) rmSync(gone, { recursive: true, force: true });
  const coldSeconds = build(env);
  const warmSeconds = warm ? build(env) : null;
  return { times, pages: pagesIn(out), coldSeconds, warmSeconds };
}
