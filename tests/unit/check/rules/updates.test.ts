// The updates log is content like the rest: a broken entry stops the build with an instruction.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblems, type Problem } from '../../../../src/check/index.ts';
import { problemsAfter } from '../../../helpers/problems.ts';

const FILE = 'updates/first-publication.yaml';

const only = (problems: Problem[], field: string) => {
  const p = problems.find((x) => x.file.endsWith(FILE) && x.field === field);
  if (!p) assert.fail(`expected a problem in ${FILE} at ${field}, got:\n${formatProblems(problems)}`);
  assert.equal(problems.length, 1, formatProblems(problems));
  return p;
};

describe('checkUpdates(ctx)', () => {
  it('finds no problem in the real log', () => {
    assert.equal(formatProblems(problemsAfter(() => {})), 'The content has 0 problems:\n\n\n');
  });
  it('reports an unknown kind of change', () => {
    const p = only(
      problemsAfter((f) => f.edit(FILE, 'kind: published', 'kind: fix')),
      'kind',
    );
    assert.match(p.message, /expected one of: "published", "update", "correction"/);
  });
  it('reports a date that is not a day', () => {
    const p = only(
      problemsAfter((f) => f.edit(FILE, 'date: 2026-11-22', 'date: 2026-11')),
      'date',
    );
    assert.match(p.message, /must be an exact day/);
  });
  it('reports a section that does not exist, naming the fix', () => {
    const p = only(
      problemsAfter((f) => f.append(FILE, 'sections: [overview, no-such-section]\n')),
      'sections.1',
    );
    assert.match(p.message, /"no-such-section" is not a theme or section id/);
    assert.match(p.fix, /<Heading id>/);
  });
  it('accepts a section known only by its alias', () => {
    const problems = problemsAfter((f) => {
      for (const lang of ['en', 'ar'])
        f.edit(
          `themes/${lang}/recruitment-tactics.mdx`,
          '<Heading id="who-is-targeted">',
          '<Heading id="targeted-recruits" aliases={["who-is-targeted"]}>',
        );
      f.append(FILE, 'sections: [who-is-targeted]\n');
    });
    assert.equal(formatProblems(problems), 'The content has 0 problems:\n\n\n');
  });
  it('reports a missing summary', () => {
    const p = only(
      problemsAfter((f) => f.edit(FILE, /summary: .*\n/, '')),
      'summary',
    );
    assert.match(p.message, /is missing/);
  });
});
