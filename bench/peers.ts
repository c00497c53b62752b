// The three builds of the peers' reference page (bench/fixture/prose.md and estimates.json: about 1,200
// words, 5 headings, 5 footnotes, an 8-estimate log chart), measured in the same run as the site:
//  - the hand-written floor: bench/peers/handwritten/index.html, one file with inline CSS and SVG;
//  - Astro Starlight with its defaults: bench/peers/starlight/, installed from its lockfile and built
//    into .cache/peers/starlight/ (reused when its page is there; delete the folder to rebuild);
//  - this site: the same page as content of the site (bench/fixture/content.ts), built by the site's
//    own config and components into .cache/bench/fixture/, rebuilt every run since the site changes.
// These sources were copied from shared/bench/peers/ so that the bench does not depend on that folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_URL } from './build-time.ts';
import { FIXTURE_THEME, writeFixtureContent } from './fixture/content.ts';

const ROOT = new URL('../', import.meta.url).pathname;

export interface Build {
  label: string;
  dist: string;
  /** The measured page's path in that build. */
  path: string;
}
/** A peer that could not be had, and why, said plainly in the output. */
export interface Skipped {
  label: string;
  reason: string;
}

/**
 * The floor, served from .cache/peers/handwritten/ as it was written: the copy in bench/peers/ carries
 * one "prettier-ignore" line (so the formatter leaves the hand layout alone), which is taken out again
 * here, so the bytes measured are the hand-written page's own.
 */
export function floor(): Build {
  const dist = join(ROOT, '.cache/peers/handwritten');
  const html = readFileSync(join(ROOT, 'bench/peers/handwritten/index.html'), 'utf8');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), html.replace(PRETTIER_IGNORE, ''));
  return { label: 'hand-written floor', dist, path: '/' };
}
const PRETTIER_IGNORE = /^<!-- prettier-ignore -->\n/m;

const TITLE = 'Estimating the uncountable';
const DESCRIPTION = 'How order-of-magnitude estimates are made, why they differ, and how to read them on a log scale.';

/** Starlight's page: the prose as MDX, with the peer's chart component where the prose marks it. */
export function starlightMdx(prose: string): string {
  if (!prose.includes('<!-- CHART -->')) throw new Error('bench: prose.md lacks <!-- CHART -->');
  return (
    `---\ntitle: ${TITLE}\ndescription: ${DESCRIPTION}\n---\n\n` +
    `import EstimatesChart from '../../components/EstimatesChart.astro';\n\n` +
    prose.replace('<!-- CHART -->', '<EstimatesChart />')
  );
}

const run = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${tail}`);
  }
};

/** The Starlight build, made once into .cache/peers/starlight/ (npm install from its lockfile, then astro build). */
export function starlight(log: (s: string) => void): Build | Skipped {
  const label = 'Starlight reference page';
  const work = join(ROOT, '.cache/peers/starlight');
  const dist = join(work, 'dist');
  if (existsSync(join(dist, 'estimates/index.html'))) return { label, dist, path: '/estimates/' };
  log(`Building the Starlight peer into ${work} (npm install from its lockfile, then astro build)…`);
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(join(ROOT, 'bench/peers/starlight'), work, { recursive: true });
    writeFileSync(
      join(work, 'src/content/docs/estimates.mdx'),
      starlightMdx(readFileSync(join(ROOT, 'bench/fixture/prose.md'), 'utf8')),
    );
    const npm = join(process.execPath, '../npm');
    run(existsSync(npm) ? npm : 'npm', ['install', '--no-audit', '--no-fund'], work);
    run(process.execPath, [join(work, 'node_modules/astro/bin/astro.mjs'), 'build'], work, {
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    return { label, dist, path: '/estimates/' };
  } catch (e) {
    // A half-made folder would be taken for a build next time.
    rmSync(dist, { recursive: true, force: true });
    return { label, reason: `could not build it (${(e as Error).message.split('\n')[0]})` };
  }
}

/** The reference page built by this site (see bench/fixture/): its own Base layout, prose styles and figures chart. */
export function fixture(): Build {
  const dir = join(ROOT, '.cache/bench/fixture');
  const content = writeFixtureContent(join(dir, 'content'));
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  run(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'bench/fixture/astro.config.mjs'],
    ROOT,
    {
      CONTENT_DIR: content,
      OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, 'astro'),
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL,
      BASE_PATH: '/',
    },
  );
  return { label: 'this site, same page (fixture)', dist: join(dir, 'dist'), path: `/${FIXTURE_THEME}/` };
}
