import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allIds, publishedIds, lostAnchors, describeLost, mergeRecord } from '../../../src/build/anchors.ts';

const page = `<main id="main"><div class="heading-wrap"><span id="old-channels" class="alias-target"></span><h2 id="channels" tabindex="-1">Channels</h2>
<a class="anchor" href="#channels"><span aria-hidden="true">#</span></a></div>
<table><tr id="estimate-a"><td><a href="#estimate-a" class="anchor">#</a></td></tr></table>
<a href="#main">Skip</a><a class="cite" href="#ref-x">[1]</a><p id='single'>x</p></main>`;

describe('allIds(html)', () => {
  it('finds every id, quoted either way', () =>
    assert.deepEqual([...allIds(page)].sort(), ['channels', 'estimate-a', 'main', 'old-channels', 'single']));
});

describe('publishedIds(html)', () => {
  it('takes the targets of "link to this" anchors and aliases, not other links', () =>
    assert.deepEqual(publishedIds(page), ['channels', 'estimate-a', 'old-channels']));
});

describe('lostAnchors(record, readPage)', () => {
  const pages: Record<string, string> = { 'recruitment-tactics/': page };
  const read = (p: string) => pages[p] ?? null;
  it('accepts a record the build still honours, aliases included', async () => {
    assert.deepEqual(
      await lostAnchors({ 'recruitment-tactics/': ['channels', 'old-channels', 'estimate-a'] }, read),
      [],
    );
  });
  it('names the page and the id of a removed target, and a removed page', async () => {
    const lost = await lostAnchors({ 'recruitment-tactics/': ['channels', 'promises'], 'gone/': ['x'] }, read);
    assert.deepEqual(lost, [
      { page: 'recruitment-tactics/', id: 'promises' },
      { page: 'gone/', id: null },
    ]);
    const text = describeLost(lost);
    assert.match(text, /\/recruitment-tactics\/#promises: no element has this id any more/);
    assert.match(text, /\/gone\/: the page is gone/);
    assert.match(text, /aliases=\{\["old-id"\]\}/);
  });
});

describe('mergeRecord(record, build)', () => {
  it('adds new pages and ids and never drops a recorded one', () => {
    const { record, added } = mergeRecord({ 'a/': ['x', 'y'] }, { 'a/': ['x', 'z'], 'b/': ['w'] });
    assert.deepEqual(record, { 'a/': ['x', 'y', 'z'], 'b/': ['w'] });
    assert.deepEqual(added, ['/a/#z', '/b/#w']);
  });
});
