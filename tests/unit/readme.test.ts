// The README is the map a newcomer reads first: every file or folder it names must exist.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

/** Top-level places of the repository a README path can start with. */
const ROOTS = ['content/', 'src/', 'tests/', 'scripts/', 'bench/', 'deploy/', 'docs/', 'public/', '.ci/'];
const ROOT_FILES = ['package.json', 'astro.config.mjs', 'playwright.config.ts', 'eslint.config.js', 'tsconfig.json'];

/** Repository paths named in `code spans` of a Markdown text, without placeholders (<id>, …) or globs. */
export function namedPaths(markdown: string): string[] {
  const spans = markdown.split('`').filter((_, i) => i % 2 === 1);
  const paths = spans
    .map((span) => span.split('#')[0])
    .filter((span) => ROOTS.some((root) => span.startsWith(root)) || ROOT_FILES.includes(span))
    .filter((span) => ![' ', '<', '…', '*', '='].some((c) => span.includes(c)));
  return [...new Set(paths)];
}

describe('namedPaths(markdown)', () => {
  it('takes repository paths from code spans and leaves out commands, placeholders and site addresses', () => {
    const md = 'See `src/check/`, `content/themes/en/<id>.mdx`, `npm test`, `/sources/` and `docs/deploy.md#nginx`.';
    assert.deepEqual(namedPaths(md), ['src/check/', 'docs/deploy.md']);
  });
});

describe('README.md', () => {
  const paths = namedPaths(readFileSync('README.md', 'utf8'));
  it('names paths at all', () => assert.ok(paths.length > 30, `only ${paths.length} paths found`));
  for (const path of paths) {
    it(`names ${path}, which exists`, () => {
      assert.ok(existsSync(path), `README.md names ${path}, which does not exist. Fix the README or restore the path.`);
    });
  }
});
