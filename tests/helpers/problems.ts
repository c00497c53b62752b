// The content-rule tests' common step: copy the content, make one mistake in the copy, and validate it
// with the real chart ids. The copies are removed when the test file ends.
import { after } from 'node:test';
import { validateContent, type Problem } from '../../src/check/index.ts';
import { CHART_IDS } from '../../src/charts/ids.ts';
import { ContentFixture } from './fixture.ts';

const fixtures: ContentFixture[] = [];
after(() => fixtures.forEach((f) => f.cleanup()));

/** Validates a fixture copy of the content after `breakIt` has changed it. */
export function problemsAfter(breakIt: (f: ContentFixture) => void): Problem[] {
  const f = new ContentFixture();
  fixtures.push(f);
  breakIt(f);
  return validateContent({ root: f.dir, contentDir: f.dir, charts: CHART_IDS }).problems;
}
