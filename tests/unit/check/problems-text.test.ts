// Whole reports of the content check, pinned word for word: maintainers read these in the terminal
// and in the browser (astro dev), so a changed word must be a reviewed change. Each case checks a few
// files held in memory with the rules that concern them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkIndex, formatProblems } from '../../../src/check/index.ts';
import { checkThemeFiles } from '../../../src/check/rules/records.ts';
import { checkRecordReferences, checkTagReferences } from '../../../src/check/rules/references.ts';
import { checkWalks } from '../../../src/check/rules/walk.ts';
import { memoryIndex } from '../../helpers/problems.ts';

const FRONT =
  '---\ntitle: A theme\nsummary: One sentence that says what this theme tells its readers.\norder: 1\nupdated: 2025-10-17\n---\n';
const report = (texts: Record<string, string>, rules: Parameters<typeof checkIndex>[2]) =>
  formatProblems(checkIndex(memoryIndex(texts), { pages: [] }, rules));

describe('formatProblems(problems) for MDX that the parser cannot read', () => {
  it('reports a stray "{" with file:line:column and the fix, not a stack trace', () => {
    assert.equal(
      report({ 'themes/en/x.mdx': `${FRONT}\nSome text { with a brace.\n` }, [checkThemeFiles]),
      'The content has 1 problem:\n\n' +
        '  content/themes/en/x.mdx:8:26\n' +
        '    (MDX syntax): Unexpected end of file in expression, expected a corresponding closing brace for `{`\n' +
        '    Fix: a "{" starts an expression in MDX: close it with "}", or write a brace meant as text as \\{\n',
    );
  });
  it('reports an unclosed <Cite> with file:line:column and the fix', () => {
    assert.equal(
      report({ 'themes/en/x.mdx': `${FRONT}\nText <Cite id="a">\n\nMore.\n` }, [checkThemeFiles]),
      'The content has 1 problem:\n\n' +
        '  content/themes/en/x.mdx:8:1\n' +
        '    (MDX syntax): Expected a closing tag for `<Cite>` (8:6-8:19) before the end of `paragraph`\n' +
        '    Fix: close every component: write <Cite id="source-id" /> with the slash when it has no content, or end it with its closing tag (</Heading>); a "<" meant as text is written \\<\n',
    );
  });
});

describe('formatProblems(problems) for records', () => {
  it('gives a YAML mistake in a walk its line', () => {
    assert.equal(
      report({ 'walks/w.yaml': 'chart: figures-chart\nsteps: [a\n' }, [checkWalks]),
      'The content has 1 problem:\n\n' +
        '  content/walks/w.yaml:3\n' +
        '    (YAML syntax): Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:\n' +
        '    Fix: check indentation and quoting on that line; text containing ": " must be in quotes\n',
    );
  });
  it('names an unknown source with the known ids and the fix', () => {
    assert.equal(
      report({ 'sources/noonpost-a.yaml': 'outlet: X\n', 'estimates/e.yaml': 'source: noon-post\n' }, [
        checkRecordReferences,
      ]),
      'The content has 1 problem:\n\n' +
        '  content/estimates/e.yaml\n' +
        '    source: "noon-post" is not a known source; expected the id of a file in content/sources/ (one of: noonpost-a)\n' +
        '    Fix: correct the id, or add content/sources/noon-post.yaml\n',
    );
  });
  it('ignores components inside code blocks and comments', () => {
    const body =
      '\n```mdx\n<Cite id="nowhere" />\n```\n\n~~~\n<Estimate id="none" />\n~~~\n\n{/* <Cite id="gone" /> */}\n\nInline `<Cite id="x" />`.\n';
    assert.equal(
      report({ 'themes/en/x.mdx': `${FRONT}${body}` }, [checkTagReferences]),
      'The content has 0 problems:\n\n\n',
    );
  });
});

describe('a theme with an MDX syntax error', () => {
  it('is reported once: sections other records name in it are not reported as missing', () => {
    const index = memoryIndex({
      'themes/en/x.mdx': `${FRONT}\n<Heading id="verdict">V</Heading>\n\nA stray { brace.\n`,
      'events/e.yaml': 'section: verdict\n',
    });
    assert.deepEqual(
      checkIndex(index, { pages: [] })
        .map((p) => p.field)
        .filter((f) => f === 'section' || f === '(MDX syntax)'),
      ['(MDX syntax)'],
    );
  });
});
