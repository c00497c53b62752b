import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateContent, formatProblems, type Problem } from '../../../../src/check/index.ts';
import { checkEstimatesUsed, checkNumbersCited } from '../../../../src/check/rules/story.ts';
import { ROOT, type ContentFixture } from '../../../helpers/fixture.ts';
import { problemsAfter } from '../../../helpers/problems.ts';

const FRONTMATTER =
  '---\ntitle: Numbers\nsummary: A theme written only to exercise the rule about numbers and citations.\norder: 99\nupdated: 2026-11-22\n---\n';
/** Writes themes/en/numbers.mdx with `body` after the frontmatter (body line 1 is file line 7). */
const numbersTheme = (body: string) => (f: ContentFixture) => f.write('themes/en/numbers.mdx', FRONTMATTER + body);
const inNumbersTheme = (problems: Problem[]) => problems.filter((p) => p.file === 'themes/en/numbers.mdx');

const FIX_NUMBER =
  'add <Cite id="source-id" /> for the article that gives it to the same paragraph; if it is a figure with a record in content/estimates/, write <Estimate id="estimate-id" /> instead of typing it';

describe('checkEstimatesUsed(ctx)', () => {
  it('finds every estimate of the real content told in the prose', () => {
    const { index } = validateContent({ root: ROOT, contentDir: `${ROOT}/content` });
    assert.deepEqual(checkEstimatesUsed({ index, pages: [] }), []);
  });

  it('names a record that only the table of estimates would show, and says how to fix it', () => {
    const problems = problemsAfter((f) =>
      f.write(
        'estimates/unused-figure.yaml',
        'measure: killed\nscope: iraqis\nfigureKind: media-report\nqualifier: exactly\nvalue: 3\nunit: people\nwording: three\nnotCounted: Anyone else.\nclaimant:\n  name: Someone\n  kind: media\nsource: shafaq-willing-to-enlist\nnoQuote: None given.\nar:\n  wording: ثلاثة\n  notCounted: أي أحد آخر.\n  noQuote: لا اقتباس.\n  claimant:\n    name: شخص ما\n',
      ),
    );
    assert.deepEqual(problems, [
      {
        file: 'estimates/unused-figure.yaml',
        field: '(record)',
        message:
          'the estimate "unused-figure" is not told in the prose of any theme (listing it in <EstimatesTable /> does not count)',
        fix: 'write <Estimate id="unused-figure" /> in the paragraph of a theme that explains this figure, or delete the record if the story does not need it',
      },
    ]);
  });

  it('reports a record whose last <Estimate> was removed from the prose', () => {
    const problems = problemsAfter((f) =>
      f
        .edit('themes/en/disputed-figures.mdx', /<Estimate id="kutrashev-600000-russian-soldiers" \/>/, 'many')
        .edit('themes/en/diplomacy.mdx', /<Estimate id="kutrashev-600000-russian-soldiers"[^>]*\/>/, 'many'),
    );
    assert.deepEqual(
      problems.map((p) => `${p.file} ${p.field}`),
      ['estimates/kutrashev-600000-russian-soldiers.yaml (record)'],
      formatProblems(problems),
    );
  });
});

describe('checkNumbersCited(ctx)', () => {
  it('finds no uncited number in the real content', () => {
    const { index } = validateContent({ root: ROOT, contentDir: `${ROOT}/content` });
    assert.equal(formatProblems(checkNumbersCited({ index, pages: [] })), 'The content has 0 problems:\n\n\n');
  });

  it('names the file, the line and the digits of an uncited number', () => {
    const problems = inNumbersTheme(
      problemsAfter(numbersTheme('\nA first line without numbers,\nthen a second one that says 1,400 people went.\n')),
    );
    assert.deepEqual(problems, [
      {
        file: 'themes/en/numbers.mdx',
        field: 'paragraph',
        line: 9,
        message: 'states the number "1,400" but its paragraph has no <Cite> or <Estimate>',
        fix: FIX_NUMBER,
      },
    ]);
  });

  it('catches numbers written as words, and percentages', () => {
    const problems = inNumbersTheme(
      problemsAfter(
        numbersTheme(
          '\nHundreds of families wrote in.\n\nAbout 5% came back.\n\nThey said four or five.\n\nDozens applied.\n',
        ),
      ),
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [
        [8, 'states the number "Hundreds" but its paragraph has no <Cite> or <Estimate>'],
        [10, 'states the number "5%" but its paragraph has no <Cite> or <Estimate>'],
        [12, 'states the number "four" but its paragraph has no <Cite> or <Estimate>'],
        [14, 'states the number "Dozens" but its paragraph has no <Cite> or <Estimate>'],
      ],
    );
  });

  it('accepts a number whose paragraph cites a source or gives the figure from its record', () => {
    const body =
      '\nIn September 2025 a court in Najaf ruled.\nThe ruling was reported.<Cite id="noonpost-prosecutions" />\n\n' +
      'Allawi gave <Estimate id="allawi-around-5000" /> and said so twice.\n';
    assert.deepEqual(inNumbersTheme(problemsAfter(numbersTheme(body))), []);
  });

  it('ignores digits in headings, component attributes, comments and lone components', () => {
    const body =
      '\n<Heading id="law-2012" level={3}>The 2012 law</Heading>\n\n<EstimatesTable />\n\n' +
      '{/* 50,000 is disputed */}\n\nA sentence with no figure at all.\n';
    assert.deepEqual(inNumbersTheme(problemsAfter(numbersTheme(body))), []);
  });

  it('treats each list item as its own paragraph', () => {
    const body = '\n- Recruited: <Estimate id="allawi-around-5000" />.\n- Fighting: 1,400, says Ukraine.\n';
    assert.deepEqual(
      inNumbersTheme(problemsAfter(numbersTheme(body))).map((p) => [p.line, p.message]),
      [[9, 'states the number "1,400" but its paragraph has no <Cite> or <Estimate>']],
    );
  });

  it('is part of the content check', () => {
    const problems = problemsAfter((f) => f.append('themes/en/methodology.mdx', '\nSix of the sources say so.\n'));
    assert.equal(problems.length, 1, formatProblems(problems));
    assert.equal(problems[0].file, 'themes/en/methodology.mdx');
    assert.match(problems[0].message, /^states the number "Six"/);
  });
});
