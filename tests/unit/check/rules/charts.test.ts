import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateContent } from '../../../../src/check/index.ts';
import { CHART_IDS } from '../../../../src/charts/ids.ts';
import { ROOT, type ContentFixture } from '../../../helpers/fixture.ts';
import { problemsAfter } from '../../../helpers/problems.ts';

describe('checkCharts() through validateContent(options)', () => {
  it('finds no problem in the real charts and places', () => {
    const { problems } = validateContent({ root: ROOT, contentDir: `${ROOT}/content`, charts: CHART_IDS });
    assert.deepEqual(problems, []);
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
      name: 'a chart pointing at a missing estimate',
      breakIt: (f) =>
        f.edit(
          'charts/pipeline-chart.yaml',
          'salaries: [recruiters-salary-up-to-2500,',
          'salaries: [recruiters-salary-up-to-9999,',
        ),
      file: 'charts/pipeline-chart.yaml',
      field: 'pipeline.salaries.0',
      message:
        /^"recruiters-salary-up-to-9999" is not a known estimate; expected the id of a file in content\/estimates\/ \(one of: allawi-around-5000, /,
      fix: /^correct the id, or add content\/estimates\/recruiters-salary-up-to-9999\.yaml$/,
    },
    {
      name: 'a chart pointing at an estimate of the wrong unit',
      breakIt: (f) =>
        f.edit(
          'charts/pipeline-chart.yaml',
          'outcome: intelligence-fewer-than-5-percent-returned',
          'outcome: allawi-around-5000',
        ),
      file: 'charts/pipeline-chart.yaml',
      field: 'pipeline.outcome',
      message: /^"allawi-around-5000" is not a percentage: its unit is "people", expected "percent"$/,
      fix: /unit is percent/,
    },
    {
      name: 'a chart pointing at a missing source',
      breakIt: (f) =>
        f.edit('charts/pipeline-chart.yaml', 'sources: [shafaq-willing-to-enlist]', 'sources: [shafaq-news]'),
      file: 'charts/pipeline-chart.yaml',
      field: 'pipeline.channels.1.sources.0',
      message: /^"shafaq-news" is not a known source; expected the id of a file in content\/sources\//,
      fix: /add content\/sources\/shafaq-news\.yaml/,
    },
    {
      name: 'a chart leaving out a missing event',
      breakIt: (f) => f.edit('charts/responses-chart.yaml', 'event: us-list-six-groups', 'event: us-blacklist'),
      file: 'charts/responses-chart.yaml',
      field: 'responses.exclude.0.event',
      message: /^"us-blacklist" is not a known event; expected the id of a file in content\/events\//,
      fix: /add content\/events\/us-blacklist\.yaml/,
    },
    {
      name: 'a chart placed in a missing section',
      breakIt: (f) => f.edit('charts/figures-chart.yaml', 'section: estimates-side-by-side', 'section: the-numbers'),
      file: 'charts/figures-chart.yaml',
      field: 'section',
      message: /^"the-numbers" is not a section id in the en themes$/,
      fix: /<Heading id>/,
    },
    {
      name: 'a chart without its words',
      breakIt: (f) => f.remove('charts/map-chart.yaml'),
      file: 'charts/map-chart.yaml',
      field: '(file)',
      message: /^is missing: the chart "map-chart" has no title, takeaway or description$/,
      fix: /create content\/charts\/map-chart\.yaml/,
    },
    {
      name: 'a takeaway that is not a sentence',
      breakIt: (f) =>
        f.edit('charts/timeline-chart.yaml', 'several have no date at all.', 'several have no date at all'),
      file: 'charts/timeline-chart.yaml',
      field: 'takeaway',
      message: /must be a sentence ending with a full stop/,
      fix: /takeaway/,
    },
    {
      name: 'a place pointing at a missing source',
      breakIt: (f) =>
        f.edit(
          'places/najaf.yaml',
          'sources: [shafaq-willing-to-enlist, noonpost-prosecutions]',
          'sources: [shafaq-willing-to-enlist, noon-post]',
        ),
      file: 'places/najaf.yaml',
      field: 'sources.1',
      message: /^"noon-post" is not a known source/,
      fix: /add content\/sources\/noon-post\.yaml/,
    },
    {
      name: 'a city without coordinates',
      breakIt: (f) => f.edit('places/basra.yaml', /coordinates: .*\n/, ''),
      file: 'places/basra.yaml',
      field: 'coordinates',
      message: /^is required for a city$/,
      fix: /set "kind: area" to describe the place without placing it/,
    },
  ];
  for (const c of cases) {
    it(`reports ${c.name}, naming the file, the field and the fix`, () => {
      const problems = problemsAfter(c.breakIt);
      assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
      const [p] = problems;
      assert.equal(p.file, c.file);
      assert.equal(p.field, c.field);
      assert.match(p.message, c.message);
      assert.match(p.fix, c.fix);
    });
  }
});
