// `npm run anchors:record`: adds the pages, downloads and link targets of the current build (dist/) to
// tests/published-anchors.json. It only ever adds: a published id stays recorded for good, and the
// site check tests/site/anchors.test.ts fails when a build loses one.
// Run after `npm run build`, when a change adds sections, figures, events, charts or pages.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mergeRecord, publishedIds, type AnchorRecord } from '../src/build/anchors.ts';

/** Published addresses: every page except the 404, the data downloads and the updates feed. */
export const isPublished = (rel: string) =>
  (rel.endsWith('.html') && rel !== '404.html') || /^data\/[^/]+\.(csv|json)$/.test(rel) || rel === 'updates.xml';

/** The addresses a build folder publishes, each with the link targets its page offers. */
export function buildRecord(dist: string): AnchorRecord {
  const build: AnchorRecord = {};
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      const rel = relative(dist, p);
      if (statSync(p).isDirectory()) {
        if (!['_astro', 'og'].includes(f)) walk(p);
      } else if (isPublished(rel)) {
        const page = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        build[page] = rel.endsWith('.html') ? publishedIds(readFileSync(p, 'utf8')) : [];
      }
    }
  };
  walk(dist);
  return build;
}

/** Adds a build's addresses and targets to the record file; returns what was added. */
export function recordAnchors(dist: string, recordFile: string): { record: AnchorRecord; added: string[] } {
  const before: AnchorRecord = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : {};
  const result = mergeRecord(before, buildRecord(dist));
  writeFileSync(recordFile, `${JSON.stringify(result.record, null, 2)}\n`);
  return result;
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  const recordFile = 'tests/published-anchors.json';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(
      `No build in ${dist}/. Fix: run \`npm run build\` first (with the default BASE_PATH), then run this again.`,
    );
    process.exit(1);
  }
  const { record, added } = recordAnchors(dist, recordFile);
  const total = Object.values(record).reduce((n, ids) => n + ids.length, 0);
  console.log(
    `${recordFile}: ${Object.keys(record).length} addresses, ${total} link targets; ${added.length} added${added.length ? `:\n  ${added.join('\n  ')}` : '.'}`,
  );
}
