import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { estimateWords, recordUnits, themeUnits } from '../../../../src/check/sources/units.ts';
import { BODY_LINE, contentIndex } from './fixture.ts';

describe('estimateWords(record, by)', () => {
  const record = { wording: 'closer to 40,000', claimant: { name: 'Mara Ellison', role: 'council chair' } };
  it('is the record’s wording, and with by={true} who gives it', () => {
    assert.equal(estimateWords(record, false), 'closer to 40,000');
    assert.equal(estimateWords(record, true), 'closer to 40,000, according to Mara Ellison, council chair');
  });
  it('is the qualifier and number while a record has no wording', () => {
    assert.equal(estimateWords({ qualifier: 'fewer-than', value: 5000 }, false), 'fewer than 5000');
    assert.equal(estimateWords({ qualifier: 'range', low: 4, high: 5 }, false), '4 to 5');
  });
});

describe('themeUnits(theme, index)', () => {
  it('gives each paragraph, list item and heading with its lines, and the sources its list item cites', () => {
    const index = contentIndex({
      records: { estimates: { cost: { source: 'courier', wording: 'closer to 40,000' } } },
      themes: {
        harbour:
          '<Heading id="vote">The vote</Heading>\n\n- It costs <Estimate id="cost" />.\n\n  More on it.<Cite id="gazette" />\n\nPlain words.\n',
      },
    });
    const units = themeUnits(index.themes[0], index).map((u) => ({
      field: u.field,
      line: u.lines?.[u.text.search(/\S/)],
      text: u.text.replace(/\s+/g, ' ').trim(),
      sources: u.sources,
    }));
    assert.deepEqual(units, [
      { field: 'title', line: undefined, text: 'Test theme', sources: [] },
      {
        field: 'summary',
        line: undefined,
        text: 'A theme written only for the tests of the sources check.',
        sources: [],
      },
      { field: '<Heading id="vote">', line: BODY_LINE, text: 'The vote', sources: [] },
      { field: '(prose)', line: BODY_LINE + 2, text: 'It costs closer to 40,000 .', sources: ['courier', 'gazette'] },
      { field: '(prose)', line: BODY_LINE + 4, text: 'More on it.', sources: ['courier', 'gazette'] },
      { field: '(prose)', line: BODY_LINE + 6, text: 'Plain words.', sources: [] },
    ]);
  });
});

describe('recordUnits(kind, file)', () => {
  it('gives every English field with the sources of its nearest holder, and leaves out ids, addresses and ar:', () => {
    const units = recordUnits('charts', {
      id: 'c',
      file: 'content/charts/c.yaml',
      data: {
        title: 'T',
        section: 'vote',
        pipeline: { channels: [{ label: 'L', sources: ['courier'] }] },
        ar: { title: 'ت' },
      },
    });
    assert.deepEqual(
      units.map((u) => [u.field, u.sources]),
      [
        ['title', []],
        ['pipeline.channels.0.label', ['courier']],
      ],
    );
  });
});
