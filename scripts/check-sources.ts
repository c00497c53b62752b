// `npm run check:sources`: the archived articles as the test oracle of the English text (the rules are
// in src/check/sources/). The archive folder is SOURCES_ARCHIVE, resolved from the repository root,
// or ../shared/sources; when that default is missing the check says so and passes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { formatProblems } from '../src/check/problem.ts';
import { runSourcesCheck } from '../src/check/sources/index.ts';
import { contentDir } from '../src/records/paths.ts';

const started = performance.now();
const result = runSourcesCheck({
  root: process.cwd(),
  contentDir,
  env: process.env.SOURCES_ARCHIVE,
  io: {
    isDir: (p) => existsSync(p) && statSync(p).isDirectory(),
    list: (p) => readdirSync(p),
    read: (p) => readFileSync(p, 'utf8'),
  },
});
const took = `${Math.round(performance.now() - started)} ms`;
if (result.status === 'skipped') {
  console.log(result.reason);
} else if (result.status === 'failed' || result.problems.length) {
  process.stderr.write(formatProblems(result.problems));
  process.stderr.write(`(sources check, ${took})\n`);
  process.exit(1);
} else {
  // Checked, and nothing found.
  console.log(
    `Sources OK: ${result.archive.texts.size} archived articles in ${result.archive.shown}; every quotation found, no run of copied words (${took}).`,
  );
}
