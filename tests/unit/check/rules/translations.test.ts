// The Arabic edition must mirror the English one: translated record fields and translated themes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblems, type Problem } from '../../../../src/check/index.ts';
import { problemsAfter } from '../../../helpers/problems.ts';

/** Asserts exactly one problem, in this file and field, and returns it. */
function only(problems: Problem[], file: string, field: string): Problem {
  const p = problems.find((x) => x.file.endsWith(file) && x.field === field);
  if (!p) assert.fail(`expected a problem in ${file} at ${field}, got:\n${formatProblems(problems)}`);
  assert.equal(problems.length, 1, `expected exactly one problem, got:\n${formatProblems(problems)}`);
  return p;
}

describe('translated record fields', () => {
  it('reports an English field without its Arabic translation, naming the file and the field', () => {
    const p = only(
      problemsAfter((f) => f.edit('estimates/allawi-around-5000.yaml', /\n {2}note: .*\n?/, '\n')),
      'estimates/allawi-around-5000.yaml',
      'ar.note',
    );
    assert.match(
      p.message,
      /is missing: "note" \("Kurdistan24 reports the same adviser.*"\) has no Arabic translation/,
    );
    assert.match(p.fix, /add "note" in Arabic under "ar:"/);
  });
  it('reports a nested field (ar.claimant.name)', () => {
    only(
      problemsAfter((f) => f.edit('estimates/araji-hundreds.yaml', /\n {4}name: .*/, '')),
      'estimates/araji-hundreds.yaml',
      'ar.claimant.name',
    );
  });
  it('reports a record with no "ar:" block at every translatable field', () => {
    const problems = problemsAfter((f) => f.edit('events/najaf-life-sentence.yaml', /\nar:[\s\S]*$/, '\n'));
    assert.deepEqual(problems.map((p) => p.field).sort(), ['ar.summary', 'ar.title']);
    assert.ok(problems.every((p) => p.file.endsWith('events/najaf-life-sentence.yaml')));
  });
  it('reports a list item without its translation (ar.cites.1.label)', () => {
    only(
      problemsAfter((f) => f.edit('sources/dagens-message-to-putin.yaml', /\n {4}- label: "كييف إندبندنت"/, '')),
      'sources/dagens-message-to-putin.yaml',
      'ar.cites.1.label',
    );
  });
  it('needs no translation of the headline "untitled"', () => {
    const problems = problemsAfter(() => {});
    assert.equal(formatProblems(problems), 'The content has 0 problems:\n\n\n');
  });
});

describe('checkTranslatedThemes(themes) through validateContent', () => {
  it('reports an English theme without an Arabic translation', () => {
    const p = only(
      problemsAfter((f) => f.remove('themes/ar/diplomacy.mdx')),
      'themes/ar/diplomacy.mdx',
      '(file)',
    );
    assert.match(p.message, /the English theme .*themes\/en\/diplomacy\.mdx has no Arabic translation/);
  });
  it('reports an Arabic theme whose section ids differ from the English ones', () => {
    const p = only(
      problemsAfter((f) =>
        f.edit('themes/ar/legal-response.mdx', '<Heading id="parliament">', '<Heading id="barlaman">'),
      ),
      'themes/ar/legal-response.mdx',
      '<Heading id>',
    );
    assert.match(p.message, /lacks the section ids "parliament"/);
  });
  it('reports an Arabic theme that leaves out a figure shown in English', () => {
    const p = only(
      problemsAfter((f) =>
        f.edit('themes/ar/diplomacy.mdx', /<Estimate id="kutrashev-600000-russian-soldiers"[^>]*\/>/, '٦٠٠٬٠٠٠'),
      ),
      'themes/ar/diplomacy.mdx',
      '<Estimate id>',
    );
    assert.match(
      p.message,
      /does not show "kutrashev-600000-russian-soldiers", which .*themes\/en\/diplomacy\.mdx shows/,
    );
  });
  it('reports a section at another level than in English', () => {
    const p = only(
      problemsAfter((f) =>
        f.edit(
          'themes/ar/recruitment-tactics.mdx',
          '<Heading id="human-stories" level={3}>',
          '<Heading id="human-stories">',
        ),
      ),
      'themes/ar/recruitment-tactics.mdx',
      '<Heading id="human-stories">',
    );
    assert.match(p.message, /has level 2, but level 3/);
  });
  it('reports an Arabic theme with no English original', () => {
    const p = only(
      problemsAfter((f) =>
        f.write(
          'themes/ar/extra.mdx',
          '---\ntitle: إضافي\nsummary: ملخص تجريبي طويل بما يكفي ليتجاوز أربعين حرفاً في جملة واحدة.\norder: 9\nupdated: 2026-11-22\n---\n',
        ),
      ),
      'themes/ar/extra.mdx',
      '(file)',
    );
    assert.match(p.message, /has no English original/);
  });
});

describe('numbers without citation in the Arabic edition (src/check/rules/story.ts)', () => {
  it('catches Arabic-Indic digits in a paragraph without <Cite> or <Estimate>', () => {
    const p = only(
      problemsAfter((f) => f.append('themes/ar/overview.mdx', '\nقُتل ١٢ شخصاً في الأسبوع الأول.\n')),
      'themes/ar/overview.mdx',
      'paragraph',
    );
    assert.match(p.message, /states the number "١٢"/);
  });
  it('catches the words for hundreds and thousands, with the article or a preposition', () => {
    const p = only(
      problemsAfter((f) => f.append('themes/ar/overview.mdx', '\nوذهب إلى هناك المئات من الشبان.\n')),
      'themes/ar/overview.mdx',
      'paragraph',
    );
    assert.match(p.message, /states the number "\s?المئات"/);
    assert.equal(
      problemsAfter((f) =>
        f.append('themes/ar/overview.mdx', '\nوذهب إلى هناك المئات من الشبان.<Cite id="noonpost-prosecutions" />\n'),
      ).length,
      0,
    );
  });
});
