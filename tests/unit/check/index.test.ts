import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateContent, formatProblems } from '../../../src/check/index.ts';
import { ROOT, type ContentFixture } from '../../helpers/fixture.ts';
import { problemsAfter } from '../../helpers/problems.ts';

describe('validateContent(options)', () => {
  it('finds no problem in the real content', () => {
    const { problems, index } = validateContent({ root: ROOT, contentDir: `${ROOT}/content` });
    assert.equal(formatProblems(problems), 'The content has 0 problems:\n\n\n');
    assert.ok(index.sources.size >= 5 && index.estimates.size > 0 && index.events.size > 0);
  });

  // Each case makes exactly one mistake and pins the file, the field and the words of the message.
  const cases: {
    name: string;
    breakIt: (f: ContentFixture) => void;
    file: string;
    field: string;
    message: RegExp;
    fix: RegExp;
  }[] = [
    {
      name: 'an estimate pointing at an unknown source',
      breakIt: (f) =>
        f.edit('estimates/allawi-around-5000.yaml', 'source: noonpost-prosecutions', 'source: no-such-source'),
      file: 'estimates/allawi-around-5000.yaml',
      field: 'source',
      message: /"no-such-source" is not a known source; expected the id of a file in content\/sources\//,
      fix: /add content\/sources\/no-such-source\.yaml/,
    },
    {
      name: 'a value that is not a number',
      breakIt: (f) => f.edit('estimates/allawi-around-5000.yaml', 'value: 5000', 'value: "5,000"'),
      file: 'estimates/allawi-around-5000.yaml',
      field: 'value',
      message: /expected a number, found the text "5,000"/,
      fix: /digits only/,
    },
    {
      name: 'a range whose low is above its high',
      breakIt: (f) => f.edit('estimates/kutrashev-four-or-five-killed.yaml', /low: 4\nhigh: 5/, 'low: 5\nhigh: 4'),
      file: 'estimates/kutrashev-four-or-five-killed.yaml',
      field: 'low',
      message: /\(5\) is above "high" \(4\)/,
      fix: /swap "low" and "high"/,
    },
    {
      name: 'an impossible date',
      breakIt: (f) => f.edit('events/kutrashev-confirms-casualties.yaml', 'date: 2025-12-19', 'date: "2025-02-30"'),
      file: 'events/kutrashev-confirms-casualties.yaml',
      field: 'date',
      message: /has day 30, but that month has 28 days/,
      fix: /precision the source gives/,
    },
    {
      name: 'malformed frontmatter',
      breakIt: (f) => f.edit('themes/en/legal-response.mdx', 'title: How', 'title: How: '),
      file: 'themes/en/legal-response.mdx',
      field: '(YAML syntax)',
      message: /Nested mappings are not allowed/,
      fix: /must be in quotes/,
    },
    {
      name: 'a citation of an unknown source',
      breakIt: (f) =>
        f.edit('themes/en/legal-response.mdx', '<Cite id="noonpost-prosecutions" />', '<Cite id="noon-post" />'),
      file: 'themes/en/legal-response.mdx',
      field: '<Cite id="noon-post">',
      message: /"noon-post" is not a known source/,
      fix: /correct the id/,
    },
    {
      name: 'an unknown estimate id',
      breakIt: (f) =>
        f.edit('themes/en/overview.mdx', '<Estimate id="allawi-fewer-than-5000" />', '<Estimate id="allawi-5000" />'),
      file: 'themes/en/overview.mdx',
      field: '<Estimate id="allawi-5000">',
      message: /"allawi-5000" is not a known estimate; expected the id of a file in content\/estimates\//,
      fix: /add content\/estimates\/allawi-5000\.yaml/,
    },
    {
      name: 'a duplicate section id',
      breakIt: (f) => f.append('themes/en/legal-response.mdx', '\n<Heading id="channels">Channels again</Heading>\n'),
      file: 'themes/en/legal-response.mdx',
      field: '<Heading id="channels">',
      message: /already used in .*recruitment-tactics\.mdx/,
      fix: /choose another id/,
    },
    {
      name: 'a Markdown heading with no stable id',
      breakIt: (f) => f.append('themes/en/legal-response.mdx', '\n## Parliament\n\nMore text.\n'),
      file: 'themes/en/legal-response.mdx',
      field: 'heading',
      message: /"Parliament" is a Markdown heading, which has no stable id/,
      fix: /<Heading id="a-stable-id">Parliament<\/Heading>/,
    },
    {
      name: 'a misspelt field',
      breakIt: (f) =>
        f.edit('estimates/araji-hundreds.yaml', 'wording: hundreds', 'wording: hundreds\nwordnig: hundreds'),
      file: 'estimates/araji-hundreds.yaml',
      field: 'wordnig',
      message: /is not a field of this kind of record/,
      fix: /check the spelling/,
    },
    {
      name: 'a missing required field',
      breakIt: (f) => f.edit('estimates/araji-hundreds.yaml', 'unit: people\n', ''),
      file: 'estimates/araji-hundreds.yaml',
      field: 'unit',
      message: /is missing/,
      fix: /add "unit:"/,
    },
    {
      name: 'an update summary over its length limit, with the limit in the fix',
      breakIt: (f) =>
        f.edit('updates/first-publication.yaml', /^summary: .*$/m, `summary: ${'A long summary. '.repeat(40)}`),
      file: 'updates/first-publication.yaml',
      field: 'summary',
      message: /<=600 characters/,
      fix: /shorten "summary" to at most 600 characters/,
    },
    {
      name: 'a contested flag typed by hand',
      breakIt: (f) =>
        f.edit('estimates/araji-hundreds.yaml', 'wording: hundreds', 'wording: hundreds\ncontested: true'),
      file: 'estimates/araji-hundreds.yaml',
      field: 'contested',
      message: /contested if and only if it has a dispute link/,
      fix: /remove "contested:".*"disputes:"/,
    },
    {
      name: 'a wording whose number differs from the value',
      breakIt: (f) =>
        f.edit('estimates/ukraine-intelligence-1400.yaml', 'wording: closer to 1,400', 'wording: closer to 1,500'),
      file: 'estimates/ukraine-intelligence-1400.yaml',
      field: 'wording',
      message: /gives 1500, but the record's "value" is 1400/,
      fix: /copy the source's words for the number exactly/,
    },
    {
      name: 'an Arabic wording whose number differs from the value',
      breakIt: (f) =>
        f.edit('estimates/ukraine-intelligence-1400.yaml', 'wording: أقرب إلى ١٬٤٠٠', 'wording: أقرب إلى ١٬٥٠٠'),
      file: 'estimates/ukraine-intelligence-1400.yaml',
      field: 'ar.wording',
      message: /gives 1500/,
      fix: /copy the source's words/,
    },
    {
      name: 'a dispute naming an unknown claim',
      breakIt: (f) => f.edit('estimates/kutrashev-four-or-five-killed.yaml', '  - araji-hundreds', '  - araji-hundred'),
      file: 'estimates/kutrashev-four-or-five-killed.yaml',
      field: 'disputes.0.claims.0',
      message: /"araji-hundred" is not a known estimate/,
      fix: /correct the id/,
    },
    {
      name: 'a dispute naming the claim itself',
      breakIt: (f) =>
        f.edit(
          'estimates/kutrashev-four-or-five-killed.yaml',
          '  - araji-hundreds',
          '  - kutrashev-four-or-five-killed',
        ),
      file: 'estimates/kutrashev-four-or-five-killed.yaml',
      field: 'disputes.0.claims.0',
      message: /names the claim itself/,
      fix: /name the other claim/,
    },
    {
      name: 'a revision naming a missing entry of the updates log',
      breakIt: (f) =>
        f.edit('estimates/ukraine-intelligence-1400.yaml', 'update: figures-in-sources-words', 'update: no-such-entry'),
      file: 'estimates/ukraine-intelligence-1400.yaml',
      field: 'revisions.0.update',
      message: /"no-such-entry" is not an entry of the updates log/,
      fix: /content\/updates\/no-such-entry\.yaml/,
    },
    {
      name: 'a claim dated after the article that reports it',
      breakIt: (f) =>
        f.edit('estimates/kutrashev-thousands-willing.yaml', 'source: shafaq', 'claimed: 2025-11\nsource: shafaq'),
      file: 'estimates/kutrashev-thousands-willing.yaml',
      field: 'claimed',
      message: /later than the date of its source/,
      fix: /correct "claimed"/,
    },
    {
      name: 'a claim with neither a quote nor a reason for its absence',
      breakIt: (f) => f.edit('estimates/araji-hundreds.yaml', /quote:\n {2}text: .*\n {2}speaker: claimant\n/, ''),
      file: 'estimates/araji-hundreds.yaml',
      field: 'quote',
      message: /is missing, and no "noQuote" says why/,
      fix: /add "quote:"/,
    },
    {
      name: 'an event linking to a section that does not exist',
      breakIt: (f) => f.edit('events/najaf-life-sentence.yaml', 'section: najaf-verdict', 'section: najaf'),
      file: 'events/najaf-life-sentence.yaml',
      field: 'section',
      message: /"najaf" is not a section id/,
      fix: /use the id of a theme or of a <Heading id>/,
    },
    {
      name: 'a placeholder as the corrections contact in site.yaml',
      breakIt: (f) => f.edit('site.yaml', 'contact: /methodology/#corrections', 'contact: TODO'),
      file: 'site.yaml',
      field: 'corrections.contact',
      message: /TODO/,
      fix: /./,
    },
  ];
  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const problems = problemsAfter(c.breakIt);
      const p = problems.find((x) => x.file.endsWith(c.file) && x.field === c.field);
      if (!p) assert.fail(`expected a problem in ${c.file} at ${c.field}, got:\n${formatProblems(problems)}`);
      assert.match(p.message, c.message);
      assert.match(p.fix, c.fix);
      assert.equal(problems.length, 1, `expected exactly one problem, got:\n${formatProblems(problems)}`);
    });
  }
});
