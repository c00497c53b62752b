// The Arabic edition never tells recruiters (مجنِّد) from recruits (مجنَّد) by a vowel mark alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkRecruiterForm, recruiterForms } from '../../../../src/check/rules/recruiter-form.ts';
import { formatProblems } from '../../../../src/check/index.ts';
import { memoryIndex, problemsAfter } from '../../../helpers/problems.ts';

const theme = (body: string, summary = 'ملخص تجريبي طويل بما يكفي ليتجاوز أربعين حرفاً في جملة واحدة.') =>
  `---\ntitle: عنوان\nsummary: ${summary}\norder: 1\nupdated: 2026-12-01\n---\n\n${body}`;
const check = (texts: Record<string, string>) => checkRecruiterForm({ index: memoryIndex(texts), pages: [] });

describe('recruiterForms(text)', () => {
  it('finds the kasra form with or without the shadda, in either order of the marks, with prefixes', () => {
    assert.deepEqual(recruiterForms('ضد المجنِّدين، لا ضد المجنَّدين'), ['المجنِّدين']);
    assert.deepEqual(recruiterForms('مُجَنِّدٌ وبمجنِدين ولِمجنِّدون'), ['مُجَنِّدٌ', 'وبمجنِدين', 'ولِمجنِّدون']);
  });
  it('leaves the recruits, the unmarked word and other words alone', () => {
    assert.deepEqual(recruiterForms('المجنَّدون، من جُنِّدوا، المجندين، التجنيد، مجنون، القائمون على التجنيد'), []);
  });
});

describe('checkRecruiterForm(ctx)', () => {
  it('accepts recruiters named in words of their own', () => {
    assert.deepEqual(
      check({
        'themes/ar/x.mdx': theme('لاحق القضاء القائمين على التجنيد، لا المجنَّدين أنفسهم.\n'),
        'events/e.yaml': 'title: A\nar:\n  title: "شبكات التجنيد والمجنَّدون"\n',
      }),
      [],
    );
  });
  it('reports a line of an Arabic theme, once however often the line has the word, with the fix', () => {
    const problems = check({
      'themes/ar/x.mdx': theme('سطر أول.\n\nلاحق المجنِّدين<Cite id="s" /> ثم المجنِّدين مجدداً.\n'),
    });
    assert.equal(problems.length, 1, formatProblems(problems));
    const [p] = problems;
    assert.equal(p.file, 'content/themes/ar/x.mdx');
    assert.equal(p.field, 'text');
    assert.equal(p.line, 10);
    assert.match(
      p.message,
      /^writes «المجنِّدين»: the recruiter form of مجند, told from the recruits' «مجنَّد» by a kasra on the nun alone; expected /,
    );
    assert.match(p.fix, /«القائمون على التجنيد», «شبكات التجنيد» or «الوسطاء».*keep «المجنَّدون»/);
  });
  it('reports a heading and the frontmatter, but not code or English themes', () => {
    const problems = check({
      'themes/ar/x.mdx': theme(
        '<Heading id="h">ملاحقة المجنِّدين</Heading>\n\n`المجنِّدين` مثال.\n',
        'القوانين التي يلاحق بها العراق المجنِّدين وثغراتها، واللجان والتحقيقات.',
      ),
      'themes/en/x.mdx': theme('المجنِّدين\n'),
    });
    assert.deepEqual(
      problems.map((p) => [p.file, p.field, p.line]),
      [
        ['content/themes/ar/x.mdx', 'summary', undefined],
        ['content/themes/ar/x.mdx', 'text', 8],
      ],
    );
  });
  it('reports an "ar:" field of a record by its dotted path, and no English field', () => {
    const problems = check({
      'charts/c.yaml':
        'note: مجنِّد\nar:\n  pipeline:\n    promises:\n      - label: "وعد"\n      - detail: "يعد مجنِّدون برواتب"\n',
    });
    assert.deepEqual(
      problems.map((p) => [p.file, p.field]),
      [['content/charts/c.yaml', 'ar.pipeline.promises.1.detail']],
    );
  });
});

describe('validateContent with a recruiter form in the Arabic edition', () => {
  it('names the file and the field of the record', () => {
    const problems = problemsAfter((f) =>
      f.edit('events/najaf-life-sentence.yaml', /title: "[^"]*"/, 'title: "محكمة تقضي بالسجن المؤبد على مجنِّد"'),
    );
    assert.equal(problems.length, 1, formatProblems(problems));
    assert.match(
      formatProblems(problems),
      /events\/najaf-life-sentence\.yaml\n {4}ar\.title: writes «مجنِّد»: the recruiter form/,
    );
  });
});
