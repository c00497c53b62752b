import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkIndex, formatProblems } from '../../../../src/check/index.ts';
import { checkTagReferences } from '../../../../src/check/rules/references.ts';
import { checkNumbersCited } from '../../../../src/check/rules/story.ts';
import { memoryIndex } from '../../../helpers/problems.ts';

const FRONT =
  '---\ntitle: T\nsummary: One sentence that says what this theme tells its readers.\norder: 1\nupdated: 2025-10-17\n---\n';

describe('checkTagReferences(ctx)', () => {
  it('reports a <Cite> of an unknown source at its file line, listing the known ones', () => {
    const index = memoryIndex({
      'sources/known.yaml': 'outlet: X\n',
      'themes/en/x.mdx': `${FRONT}\nText <Cite id="unknown" />.\n`,
    });
    assert.equal(
      formatProblems(checkIndex(index, { pages: [] }, [checkTagReferences])),
      'The content has 1 problem:\n\n' +
        '  content/themes/en/x.mdx:8\n' +
        '    <Cite id="unknown">: "unknown" is not a known source; expected the id of a file in content/sources/ (one of: known)\n' +
        '    Fix: correct the id, or add content/sources/unknown.yaml\n',
    );
  });
  it('reports an unknown chart id with the known ones', () => {
    const index = memoryIndex({ 'themes/en/x.mdx': `${FRONT}\n<Chart id="pie" />\n` });
    assert.deepEqual(
      checkIndex(index, { pages: [], charts: ['map-chart'] }, [checkTagReferences]).map((p) => p.message),
      ['"pie" is not a known chart; expected one of: map-chart'],
    );
  });
});

describe('checkNumbersCited(ctx) on the MDX syntax tree', () => {
  const numbers = (body: string, lang = 'en') =>
    checkIndex(memoryIndex({ [`themes/${lang}/x.mdx`]: `${FRONT}${body}` }), { pages: [] }, [checkNumbersCited]).map(
      (p) => [p.line, p.message],
    );
  it('reports the first line of an uncited paragraph that states a number', () => {
    assert.deepEqual(numbers('\nA first line.\nHundreds were recruited.\n'), [
      [9, 'states the number "Hundreds" but its paragraph has no <Cite> or <Estimate>'],
    ]);
  });
  it('accepts a paragraph whose <Cite> is on another line of it', () => {
    assert.deepEqual(numbers('\nHundreds were recruited,\nthe agency said <Cite id="a" />.\n'), []);
  });
  it('ignores numbers in headings, code blocks, comments and component attributes', () => {
    assert.deepEqual(
      numbers('\n<Heading id="x">Five things</Heading>\n\n```\n5000\n```\n\n{/* 12 */}\n\n<Chart id="chart-2" />\n'),
      [],
    );
  });
  it('reports Arabic-Indic digits in the Arabic edition', () => {
    assert.deepEqual(
      numbers('\nجنّد ٥٠٠٠ رجل.\n', 'ar').map(([line]) => line),
      [8],
    );
  });
});
