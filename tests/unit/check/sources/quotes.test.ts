import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkQuotations } from '../../../../src/check/sources/quotes.ts';
import { BODY_LINE, contentIndex, fixtureArchive } from './fixture.ts';

type Records = Parameters<typeof contentIndex>[0];
const run = (opts: Records) => checkQuotations({ index: contentIndex(opts), archive: fixtureArchive() });
const prose = (body: string) => run({ themes: { harbour: body } });
/** An estimate citing the gazette, with the fields given. */
const estimate = (fields: Record<string, unknown>) => ({
  records: { estimates: { cost: { source: 'gazette', note: 'The cost of the work.', ...fields } } },
});

describe('checkQuotations(ctx): quotations in the prose', () => {
  it('passes a quotation found in the article its paragraph cites, typographic characters aside', () => {
    assert.deepEqual(
      prose('The chair called it "a promise kept to every crew that sails at night".<Cite id="gazette" />\n'),
      [],
    );
  });

  it('passes a quotation found in any source its paragraph or list item cites, or cites through an <Estimate>', () => {
    const body =
      '- The operator said "We would rather run fewer boats" <Cite id="gazette" /><Cite id="courier" />\n- It costs <Estimate id="cost" />, for "every crew that sails at night".\n';
    assert.deepEqual(run({ ...estimate({}), themes: { harbour: body } }), []);
  });

  it('fails a quotation the cited article does not have, at its line, with the fix', () => {
    assert.deepEqual(prose('Intro line.\nThe chair called it "a pledge to every crew".<Cite id="gazette" />\n'), [
      {
        file: 'content/themes/en/harbour.mdx',
        field: '(prose)',
        line: BODY_LINE + 1,
        message:
          'the quotation "a pledge to every crew" is not in the article cited for it: Lantern Gazette (100_0a1b2c3d4e5f6a7b.txt)',
        fix: 'copy the quoted words exactly as the article has them (only typographic quotes, apostrophes, dashes and spacing may differ) and cite that article in the same paragraph or record, or remove the quotation marks and say it in your own words',
      },
    ]);
  });

  it('fails a quotation in a paragraph that cites no source as "cannot verify"', () => {
    const [p] = prose('Figures qualified as “around” are estimates.\n');
    assert.equal(p.message, 'cannot verify the quotation "around": its paragraph cites no source');
    assert.equal(p.line, BODY_LINE);
  });

  it('fails a quotation citing only a source without an archived text as "cannot verify"', () => {
    const [p] = prose('It said "anything at all".<Cite id="no-archive" />\n');
    assert.match(
      p.message,
      /^cannot verify the quotation "anything at all": its paragraph cites only "no-archive", and the archive \(tests\/fixtures\/archive\) has no text of that source$/,
    );
  });

  it('checks the words of a heading too (a heading cites nothing)', () => {
    const [p] = prose('<Heading id="promise">A "promise kept"</Heading>\n');
    assert.equal(p.field, '<Heading id="promise">');
  });
});

describe('checkQuotations(ctx): record fields', () => {
  it('checks a passage in quotation marks in an English field against the record’s sources, never the ar: block', () => {
    const event = (summary: string) => ({
      records: { events: { vote: { summary, sources: ['courier'], ar: { summary: 'قال "كلام غير موجود"' } } } },
    });
    assert.deepEqual(run(event('The operator said it would "run fewer boats".')), []);
    assert.deepEqual(
      run(event('The operator said it would "run more boats".')).map((p) => `${p.file} ${p.field}`),
      ['content/events/vote.yaml summary'],
    );
  });

  it('takes the sources of the list item that holds the field (a pipeline step), and a source record’s own text', () => {
    const chart = {
      pipeline: { channels: [{ detail: 'A spokesman spoke of "trained deckhands".', sources: ['courier'] }] },
    };
    const source = {
      ...{ outlet: 'Lantern Gazette', archive: '100_0a1b2c3d4e5f6a7b.txt' },
      outletNote: 'It writes of "fishing families".',
    };
    assert.deepEqual(run({ records: { charts: { c: chart }, sources: { again: source } } }), []);
  });

  it('passes quote.text equal to the article’s characters, and wording found in it', () => {
    assert.deepEqual(
      run(estimate({ quote: { text: 'the town’s fishing families' }, wording: 'closer to 40,000' })),
      [],
    );
  });

  it('fails quote.text that matches only with typographic characters aside, naming the characters to copy', () => {
    assert.deepEqual(run(estimate({ quote: { text: "the town's fishing families" } })), [
      {
        file: 'content/estimates/cost.yaml',
        field: 'quote.text',
        message:
          "\"the town's fishing families\" matches Lantern Gazette (100_0a1b2c3d4e5f6a7b.txt) only with typographic characters aside; quote.text must equal the article's characters exactly, because it becomes the link's text fragment",
        fix: 'copy these characters from the article: "the town’s fishing families" (the article writes "’" (U+2019) where the record has "\'" (U+0027))',
      },
    ]);
  });

  it('fails wording the article does not use, and a dispute quote missing from the dispute’s own source', () => {
    const problems = run(
      estimate({
        wording: 'about 40,000',
        disputes: [
          {
            claims: ['other'],
            reason: 'Too high.',
            by: 'Critics',
            source: 'courier',
            quote: 'better spent on dredging',
          },
        ],
      }),
    );
    assert.deepEqual(
      problems.map((p) => `${p.field}: ${p.message}`),
      [
        'wording: "about 40,000" is not in the article cited for it: Lantern Gazette (100_0a1b2c3d4e5f6a7b.txt)',
        'disputes.0.quote: "better spent on dredging" is not in the article cited for it: Valley Courier (101_f0e1d2c3b4a59687.txt)',
      ],
    );
  });

  it('fails a quotation whose record cites no source as "cannot verify"', () => {
    const [p] = run({ records: { charts: { c: { takeaway: 'Counts are marked "contested".' } } } });
    assert.equal(p.message, 'cannot verify the quotation "contested": the record cites no source');
  });
});
