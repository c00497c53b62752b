import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCopiedText, RUN_LENGTH } from '../../../../src/check/sources/copies.ts';
import { formatProblems } from '../../../../src/check/problem.ts';
import { checkSources } from '../../../../src/check/sources/index.ts';
import { BODY_LINE, contentIndex, fixtureArchive } from './fixture.ts';

type Records = Parameters<typeof contentIndex>[0];
const run = (opts: Records) => checkCopiedText({ index: contentIndex(opts), archive: fixtureArchive() });
const prose = (body: string) => run({ themes: { harbour: body } });

// Ten consecutive words of the fixture gazette, and nine.
const TEN = 'a dispute that had divided the town’s fishing families for';
const NINE = 'a dispute that had divided the town’s fishing families';

describe('checkCopiedText(ctx)', () => {
  it(`counts runs of ${RUN_LENGTH} words`, () => assert.equal(RUN_LENGTH, 10));

  it('names the file, line, words, article and fix for a run of 10 words in the prose', () => {
    assert.deepEqual(
      prose(`First line.\nThe vote came after years, ${TEN.replace('town’s', "Town's")} years.<Cite id="gazette" />\n`),
      [
        {
          file: 'content/themes/en/harbour.mdx',
          field: '(prose)',
          line: BODY_LINE + 1,
          message: `10 consecutive words are the same as Lantern Gazette (100_0a1b2c3d4e5f6a7b.txt) at its line 3, outside quotation marks: "a dispute that had divided the Town's fishing families for"`,
          fix: 'say it in your own words, keeping who says it and every hedge ("may have", "appeared to"), and adding no fact; or quote only a short fragment, in quotation marks, attributed to its speaker',
        },
      ],
    );
  });

  it('lets 9 words through, and any number in quotation marks', () => {
    assert.deepEqual(prose(`The vote came, ${NINE}.<Cite id="gazette" />\n`), []);
    assert.deepEqual(prose(`The paper wrote of “${TEN} more than a decade”.<Cite id="gazette" />\n`), []);
  });

  it('counts the words an <Estimate> prints, and says so', () => {
    const records = { estimates: { cost: { source: 'gazette', wording: 'closer to 40,000' } } };
    const [p] = run({
      records,
      themes: { harbour: 'The chair added that the work would cost <Estimate id="cost" /> crowns.\n' },
    });
    assert.match(
      p.message,
      /^10 consecutive words .*: "added that the work would cost closer to 40,000 crowns\." \(including the words <Estimate id="cost"> prints\)$/,
    );
    assert.match(p.fix, /reword the text around it$/);
  });

  it('counts what <Estimate by={true}> prints: ", according to" the claimant', () => {
    const records = {
      estimates: {
        cost: {
          source: 'gazette',
          wording: 'closer to 40,000',
          claimant: { name: 'Mara Ellison', role: 'council chair' },
        },
      },
    };
    const [p] = run({ records, themes: { harbour: 'It is <Estimate id="cost" by={true} />.\n' } });
    assert.equal(p, undefined, 'no run of the article: its words are the wording and the claimant');
  });

  it('checks every English record field and leaves out the ar: block', () => {
    const problems = run({
      records: { places: { pier: { what: `The pier, ${TEN} years.`, sources: ['gazette'], ar: { what: TEN } } } },
    });
    assert.deepEqual(
      problems.map((p) => `${p.file} ${p.field}`),
      ['content/places/pier.yaml what'],
    );
  });

  it('exempts a source record’s headline, and nothing else of it', () => {
    const headline = 'Harbour Council Votes to Rebuild the Old Lighthouse on the Northern Pier';
    assert.deepEqual(run({ records: { sources: { copy: { headline } } } }), []);
    assert.equal(run({ records: { sources: { copy: { outletNote: headline } } } }).length, 1);
  });

  it('leaves quotation fields (quote.text, wording) to the quotation rule', () => {
    assert.deepEqual(run({ records: { estimates: { q: { source: 'gazette', quote: { text: TEN } } } } }), []);
  });
});

describe('checkSources(index, archive)', () => {
  it('reports every rule’s problems in the content check’s format', () => {
    const index = contentIndex({ themes: { harbour: `It said "no such words", ${TEN} x.<Cite id="gazette" />\n` } });
    const text = formatProblems(checkSources(index, fixtureArchive()));
    assert.match(
      text,
      /^The content has 2 problems:\n\n {2}content\/themes\/en\/harbour\.mdx:7\n {4}\(prose\): the quotation "no such words" is not in/,
    );
    assert.match(text, /\(prose\): 10 consecutive words are the same as Lantern Gazette/);
  });
});
