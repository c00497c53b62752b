import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkIndex, formatProblems } from '../../../../src/check/index.ts';
import { checkHeadings, checkUniqueSections, checkEventSections } from '../../../../src/check/rules/sections.ts';
import { memoryIndex } from '../../../helpers/problems.ts';

const theme = (order: number, body: string) =>
  `---\ntitle: T\nsummary: One sentence that says what this theme tells its readers.\norder: ${order}\nupdated: 2025-10-17\n---\n${body}`;

describe('checkUniqueSections(ctx)', () => {
  it('reports a section id used again in a later theme, naming the first use', () => {
    const index = memoryIndex({
      'themes/en/first.mdx': theme(1, '\n<Heading id="channels">Channels</Heading>\n'),
      'themes/en/second.mdx': theme(2, '\n<Heading id="channels">Again</Heading>\n'),
    });
    assert.equal(
      formatProblems(checkIndex(index, { pages: [] }, [checkUniqueSections])),
      'The content has 1 problem:\n\n' +
        '  content/themes/en/second.mdx:8\n' +
        '    <Heading id="channels">: the section id "channels" is already used in content/themes/en/first.mdx:8; ids must be unique across all themes\n' +
        '    Fix: choose another id (ids are permanent link targets: never reuse or rename a published one)\n',
    );
  });
  it('treats a former id (an alias) as taken', () => {
    const index = memoryIndex({
      'themes/en/first.mdx': theme(1, '\n<Heading id="recruiters" aliases={["channels"]}>Recruiters</Heading>\n'),
      'themes/en/second.mdx': theme(2, '\n<Heading id="channels">Channels</Heading>\n'),
    });
    assert.deepEqual(
      checkIndex(index, { pages: [] }, [checkUniqueSections]).map((p) => [p.file, p.field]),
      [['content/themes/en/second.mdx', '<Heading id="channels">']],
    );
  });
});

describe('checkHeadings(ctx)', () => {
  it('reports a Markdown heading with the file line, and not one inside a code block', () => {
    const index = memoryIndex({ 'themes/en/x.mdx': theme(1, '\n## Channels\n\n```md\n## An example\n```\n') });
    assert.deepEqual(
      checkIndex(index, { pages: [] }, [checkHeadings]).map((p) => [p.line, p.message]),
      [[8, '"Channels" is a Markdown heading, which has no stable id']],
    );
  });
});

describe('checkEventSections(ctx)', () => {
  it('reports an event whose section is not in the English themes', () => {
    const index = memoryIndex({
      'themes/en/x.mdx': theme(1, '\n<Heading id="verdict">V</Heading>\n'),
      'events/e.yaml': 'section: nowhere\n',
    });
    assert.equal(
      formatProblems(checkIndex(index, { pages: [] }, [checkEventSections])),
      'The content has 1 problem:\n\n  content/events/e.yaml\n    section: "nowhere" is not a section id in the en themes\n    Fix: use the id of a theme or of a <Heading id> that explains this event\n',
    );
  });
});
