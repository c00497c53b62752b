// A renamed section keeps its old id as an alias: the scanner reads it and the content check
// treats it as a taken id.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanMdx } from '../../../src/records/mdx.ts';
import { formatProblems } from '../../../src/check/index.ts';
import { problemsAfter } from '../../helpers/problems.ts';

describe('scanMdx(body) reading aliases={[…]}', () => {
  const aliases = (attr: string) => scanMdx(`<Heading id="x"${attr}>X</Heading>`).headings[0]?.aliases ?? null;
  it('reads double- and single-quoted ids', () =>
    assert.deepEqual(aliases(` aliases={["old-one", 'older']}`), ['old-one', 'older']));
  it('reads an absent attribute as no aliases', () => assert.deepEqual(aliases(''), []));
  it('rejects what is not a list', () =>
    assert.equal(scanMdx('<Heading id="x" aliases={"old-one"}>X</Heading>').badHeadings.length, 1));
});

describe('scanMdx(body) with aliases', () => {
  it("keeps a heading's former ids", () => {
    const scan = scanMdx('<Heading id="recruiters" aliases={["channels", "networks"]}>Recruiters</Heading>');
    assert.deepEqual(scan.headings[0].aliases, ['channels', 'networks']);
    assert.deepEqual(scan.badHeadings, []);
  });
  it('reports an unreadable aliases attribute', () => {
    const scan = scanMdx('<Heading id="recruiters" aliases="channels">Recruiters</Heading>');
    assert.match(scan.badHeadings[0].problem, /expected a list of ids such as aliases=\{\["old-id"\]\}/);
  });
});

describe('validateContent(options) with aliases', () => {
  it('accepts a renamed heading that keeps its old id', () => {
    const problems = problemsAfter((f) => {
      for (const lang of ['en', 'ar'])
        f.edit(
          `themes/${lang}/recruitment-tactics.mdx`,
          '<Heading id="who-is-targeted">',
          '<Heading id="targeted-recruits" aliases={["who-is-targeted"]}>',
        );
    });
    assert.equal(formatProblems(problems), 'The content has 0 problems:\n\n\n');
  });
  it('rejects an alias that another section uses as its id', () => {
    const problems = problemsAfter((f) =>
      f.edit(
        'themes/en/recruitment-tactics.mdx',
        '<Heading id="channels">',
        '<Heading id="channels" aliases={["promises"]}>',
      ),
    );
    const p = problems.find((x) => x.field === '<Heading id="promises">');
    assert.ok(p, formatProblems(problems));
    assert.match(p.message, /already used in .*recruitment-tactics\.mdx/);
  });
  it('rejects an alias that is not a valid id', () => {
    const problems = problemsAfter((f) =>
      f.edit(
        'themes/en/recruitment-tactics.mdx',
        '<Heading id="channels">',
        '<Heading id="channels" aliases={["Old Channels"]}>',
      ),
    );
    assert.ok(
      problems.some((x) => x.field === '<Heading id="Old Channels">' && /not a valid section id/.test(x.message)),
      formatProblems(problems),
    );
  });
});
