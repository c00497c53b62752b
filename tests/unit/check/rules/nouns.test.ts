import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkIndex, formatProblems } from '../../../../src/check/index.ts';
import { checkEstimateNouns } from '../../../../src/check/rules/nouns.ts';
import { memoryIndex } from '../../../helpers/problems.ts';

const FRONT =
  '---\ntitle: T\nsummary: One sentence that says what this theme tells its readers.\norder: 1\nupdated: 2025-10-17\n---\n';
const problems = (lang: string, body: string) =>
  checkIndex(memoryIndex({ [`themes/${lang}/x.mdx`]: `${FRONT}${body}` }), { pages: [] }, [checkEstimateNouns]);

describe('checkEstimateNouns(ctx)', () => {
  it('reports an Arabic noun typed after a figure, at its line, with the tag to write instead', () => {
    assert.equal(
      formatProblems(problems('ar', '\nقال إن <Estimate id="x" /> أجنبي انضمّوا.\n')),
      'The content has 1 problem:\n\n' +
        '  content/themes/ar/x.mdx:8\n' +
        '    <Estimate>: is followed by the typed noun "أجنبي"; the noun a figure counts is part of its output, so it takes the form the number asks for\n' +
        '    Fix: write <Estimate id="x" noun="foreign-nationals" /> and delete the typed "أجنبي"\n',
    );
  });
  it('reports "of Iraqis" typed after an English figure', () => {
    assert.deepEqual(
      problems('en', '\nHe says <Estimate id="x" /> of Iraqis are involved.\n').map((p) => p.fix),
      ['write <Estimate id="x" noun="iraqis" /> and delete the typed "of Iraqis"'],
    );
  });
  it('accepts a figure whose noun is its own output, or followed by words that are not a counted noun', () => {
    assert.deepEqual(
      problems('ar', '\nقال إن <Estimate id="x" noun="iraqis" /> انضمّوا، و<Estimate id="y" /> التي يذكرها.\n'),
      [],
    );
    assert.deepEqual(
      problems('en', '\nHe gives <Estimate id="x" /> of them, and <Estimate id="y" /> Iraqiness.\n'),
      [],
    );
  });
  it('reports an unknown noun with the known ones', () => {
    assert.match(
      problems('en', '\n<Estimate id="x" noun="people" /> joined.\n')[0].message,
      /^noun="people" is not a known noun; expected one of: iraqis, /,
    );
  });
  it('reports a case on an English figure and an unknown case on an Arabic one', () => {
    assert.deepEqual(
      problems('en', '\n<Estimate id="x" noun="iraqis" case="genitive" /> died.\n').map((p) => p.fix),
      ['delete the case attribute'],
    );
    assert.deepEqual(
      problems('ar', '\n<Estimate id="x" noun="iraqis" case="dative" /> قُتلا.\n').map((p) => p.message),
      ['case="dative" is not a case; expected one of: nominative, accusative, genitive'],
    );
  });
});
