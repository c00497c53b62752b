// No English on Arabic pages unless the markup says so (lang="en" or translate="no").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkLatinLetters, latinWords } from '../../../../src/check/rules/latin-letters.ts';
import { formatProblems } from '../../../../src/check/index.ts';
import { memoryIndex, problemsAfter } from '../../../helpers/problems.ts';

const theme = (body: string, title = 'عنوان') =>
  `---\ntitle: ${title}\nsummary: ملخص تجريبي طويل بما يكفي ليتجاوز أربعين حرفاً في جملة واحدة.\norder: 1\nupdated: 2026-12-01\n---\n\n${body}`;
const check = (texts: Record<string, string>) => checkLatinLetters({ index: memoryIndex(texts), pages: [] });

describe('latinWords(text)', () => {
  it('lists each Latin word once, and leaves out web addresses', () => {
    assert.deepEqual(latinWords('على TikTok و TikTok، وفي Kurdistan24 (https://www.kurdistan24.net/ar/story/1)'), [
      'TikTok',
      'Kurdistan24',
    ]);
    assert.deepEqual(latinWords('راجع www.example.org/a أو http://x.test ١١٠ م'), []);
  });
});

describe('checkLatinLetters(ctx)', () => {
  it('accepts Latin letters marked lang="en" or translate="no", in code, in links and in attributes', () => {
    assert.deepEqual(
      check({
        'themes/ar/x.mdx': theme(
          [
            'على <span lang="en" translate="no">TikTok</span> و<span translate="no">RT</span> و<i lang="en-GB">Dagens</i>.<Cite id="dagens-message-to-putin" />',
            '',
            'افتح `issue` في [المستودع](https://github.com/x/y) أو https://example.org/page.',
            '',
            '```',
            'npm run check:content',
            '```',
            '',
            '<Heading id="how-they-conflict">أوجه التعارض</Heading>',
            '',
          ].join('\n'),
        ),
        'themes/en/x.mdx': theme('English text.\n', 'Title'),
        'sources/s.yaml':
          'outlet: Dagens\nurl: https://dagens.com/a\nar:\n  outlet: "داغنز"\n  headlineNote: "انظر https://dagens.com/a"\n',
      }),
      [],
    );
  });
  it('reports each line of an Arabic theme with the Latin words, what is expected and the fix', () => {
    const problems = check({
      'themes/ar/x.mdx': theme(
        'نشر على TikTok مقطعاً.\n\nوبثّت RT<Cite id="s" /> مقطعاً لـRT، <span lang="ar">Dagens</span>.\n',
      ),
    });
    assert.deepEqual(
      problems.map((p) => [p.file, p.field, p.line, p.message.split(';')[0]]),
      [
        ['content/themes/ar/x.mdx', 'text', 8, 'has Latin letters ("TikTok")'],
        ['content/themes/ar/x.mdx', 'text', 10, 'has Latin letters ("RT", "Dagens")'],
      ],
    );
    assert.match(
      problems[0].message,
      /expected Arabic script; Latin letters belong only inside an element marked lang="en"/,
    );
    assert.match(
      problems[0].fix,
      /write the name in Arabic script.*«تيك توك».*<span lang="en" translate="no">TikTok<\/span>/,
    );
  });
  it('reports the frontmatter, a heading and an image alternative', () => {
    const problems = check({
      'themes/ar/x.mdx': theme('<Heading id="h">عن RT</Heading>\n\n![خريطة Natural Earth](/m.png)\n', 'عنوان CC'),
    });
    assert.deepEqual(
      problems.map((p) => [p.field, p.line]),
      [
        ['title', undefined],
        ['text', 8],
        ['text', 10],
      ],
    );
  });
  it('reports an "ar:" field of a record by its dotted path, even when the English field is Latin', () => {
    const problems = check({
      'sources/s.yaml':
        'outlet: Kyiv Independent\nar:\n  outlet: "Kyiv Independent"\n  cites:\n    - label: "روسيا اليوم (RT)"\n',
    });
    assert.deepEqual(
      problems.map((p) => [p.file, p.field, p.message.split(';')[0]]),
      [
        ['content/sources/s.yaml', 'ar.outlet', 'has Latin letters ("Kyiv", "Independent")'],
        ['content/sources/s.yaml', 'ar.cites.0.label', 'has Latin letters ("RT")'],
      ],
    );
    assert.match(problems[0].message, /in an "ar:" field Latin letters belong only in a web address/);
    assert.match(problems[0].fix, /write the name in Arabic script/);
  });
});

describe('validateContent with English in the Arabic edition', () => {
  it('names the theme and its line', () => {
    const problems = problemsAfter((f) => f.append('themes/ar/overview.mdx', '\nنشرت TikTok ذلك.\n'));
    assert.equal(problems.length, 1, formatProblems(problems));
    assert.match(formatProblems(problems), /themes\/ar\/overview\.mdx:\d+\n {4}text: has Latin letters \("TikTok"\)/);
  });
});
