// `npm run check:content`: runs the content check alone and prints every problem found.
import { validateContent, formatProblems } from '../src/check/index.ts';
import { CHART_IDS } from '../src/charts/ids.ts';
import { contentDir } from '../src/records/paths.ts';

const root = process.cwd();
const { problems, index } = validateContent({ root, contentDir, charts: CHART_IDS });
if (problems.length) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}
console.log(
  `Content OK: ${index.themes.length} themes, ${index.sources.size} sources, ${index.estimates.size} estimates, ${index.events.size} events.`,
);
