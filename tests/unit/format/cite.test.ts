import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bibtex, citationParts, citationText, cslJson, longDate } from '../../../src/format/cite.ts';

/** The same page cited by a build that does not know the site's address. */
const withoutUrl = {
  key: 'iraqs-recruits-overview',
  title: 'Overview: 5% & rising',
  site: 'Iraq’s Recruits',
  updated: '2026-11-22',
};
const input = {
  key: 'iraqs-recruits-overview',
  title: 'Overview: 5% & rising',
  site: 'Iraq’s Recruits',
  updated: '2026-11-22',
  url: 'https://news.test/overview/#who',
};

describe('longDate(iso)', () => {
  it('writes the day, month name and year', () => assert.equal(longDate('2026-01-05'), '5 January 2026'));
  it('refuses a date that is not a day', () => assert.throws(() => longDate('2026-11'), /not a yyyy-mm-dd day/));
});

describe('citationText(input)', () => {
  it('gives title, site, update day and URL', () =>
    assert.equal(
      citationText(input),
      '“Overview: 5% & rising”, Iraq’s Recruits, updated 22 November 2026, https://news.test/overview/#who',
    ));
});

describe("citations without the site's address (no SITE_URL)", () => {
  it('citationText ends with the update day', () =>
    assert.equal(citationText(withoutUrl), '“Overview: 5% & rising”, Iraq’s Recruits, updated 22 November 2026'));
  it('bibtex has no url line', () => assert.doesNotMatch(bibtex(withoutUrl), /url =/));
  it('cslJson has no URL', () => assert.equal('URL' in JSON.parse(cslJson(withoutUrl))[0], false));
});

describe('bibtex(input)', () => {
  const b = bibtex(input);
  it('is an @online entry with the key, the URL and the date', () => {
    assert.match(b, /^@online\{iraqs-recruits-overview,\n/);
    assert.match(b, /\n {2}url = \{https:\/\/news\.test\/overview\/#who\},\n/);
    assert.match(b, /\n {2}date = \{2026-11-22\},\n/);
    assert.match(b, /\n\}$/);
  });
  it('escapes BibTeX special characters and keeps the site as one corporate author', () => {
    assert.match(b, /title = \{Overview: 5\\% \\& rising\}/);
    assert.match(b, /author = \{\{Iraq’s Recruits\}\}/);
  });
  it('balances its braces', () => {
    const unescaped = b.replace(/\\[{}]/g, '');
    assert.equal(unescaped.split('{').length, unescaped.split('}').length);
  });
});

describe('cslJson(input)', () => {
  it('is a CSL-JSON array with the issued date split into parts', () => {
    const [item] = JSON.parse(cslJson(input));
    assert.equal(item.type, 'webpage');
    assert.equal(item.URL, input.url);
    assert.deepEqual(item.issued, { 'date-parts': [[2026, 11, 22]] });
    assert.equal(item['container-title'], 'Iraq’s Recruits');
  });
});

describe('a citation in Arabic (lang "ar")', () => {
  const ar = {
    ...input,
    title: 'ما نعرفه وما لا نعرفه',
    site: 'مجنَّدو العراق',
    lang: 'ar',
    updatedText: '٢٢ تشرين الثاني ٢٠٢٦',
  };
  it('is written in Arabic, with the Arabic date and the URL set apart', () => {
    assert.deepEqual(citationParts(ar), {
      words: '«ما نعرفه وما لا نعرفه»، مجنَّدو العراق، آخر تحديث ٢٢ تشرين الثاني ٢٠٢٦',
      sep: '، ',
      url: 'https://news.test/overview/#who',
    });
    assert.equal(
      citationText(ar),
      '«ما نعرفه وما لا نعرفه»، مجنَّدو العراق، آخر تحديث ٢٢ تشرين الثاني ٢٠٢٦، https://news.test/overview/#who',
    );
  });
  it('refuses to write an English date into it', () =>
    assert.throws(() => citationText({ ...ar, updatedText: undefined }), /has no updatedText/));
  it('keeps BibTeX a machine format, with the language id', () => assert.match(bibtex(ar), /langid = \{ar\}/));
});
