import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, readingMinutes } from '../../../src/records/reading.ts';

describe('countWords(mdx)', () => {
  test('counts prose and heading text, not component tags or their attributes', () => {
    const mdx =
      '<Heading id="channels-and-brokers" level={3}>Channels</Heading>\n\nBrokers recruit <Cite id="shafaq-willing-to-enlist" /> young men.';
    assert.equal(countWords(mdx), 5);
  });
  test('leaves out MDX comments, imports, link targets and bare punctuation', () => {
    // An import is followed by a blank line, as MDX requires (otherwise the next lines are read as code).
    const mdx =
      "import X from './x';\n\n{/* a long editor's note that readers never see */}\nSee [the source](https://example.org/a/b) — now.";
    assert.equal(countWords(mdx), 4);
  });
  test('counts words in any script', () => {
    assert.equal(countWords('تجنيد العراقيين في الجيش الروسي'), 5);
  });
});

describe('readingMinutes(mdx, wordsPerMinute)', () => {
  test('rounds up to whole minutes', () => {
    assert.equal(readingMinutes('word '.repeat(201)), 2);
    assert.equal(readingMinutes('word '.repeat(200)), 1);
  });
  test('is at least one minute, even for an empty theme', () => {
    assert.equal(readingMinutes(''), 1);
  });
  test('uses the given reading speed', () => {
    assert.equal(readingMinutes('word '.repeat(300), 100), 3);
  });
});
