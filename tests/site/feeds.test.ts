// What machines read besides pages: the Atom feed of the updates log and the sitemap, where the build
// writes them (a build without a public address may leave out what needs absolute URLs), and robots.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { ROOT } from '../helpers/fixture.ts';
import { ids } from '../helpers/html.ts';
import { records } from '../helpers/records.ts';
import { BUILDS, builtPages, isEmbed, isNotFound, readPage } from '../helpers/site.ts';

interface XmlEl {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlEl[];
  text: string;
}

/** Parses XML strictly (namespaces resolved); throws on anything that is not well-formed. */
function parseXml(text: string): XmlEl {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlEl[] = [{ name: '#document', ns: '', attrs: {}, children: [], text: '' }];
  parser.onopentag = (t) => {
    const tag = t as sax.QualifiedTag;
    const el: XmlEl = {
      name: tag.local,
      ns: tag.uri,
      attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local || a.name, a.value])),
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  };
  parser.ontext = (s) => void (stack.at(-1)!.text += s);
  parser.oncdata = (s) => void (stack.at(-1)!.text += s);
  parser.onclosetag = () => void stack.pop();
  parser.write(text).close();
  return stack[0].children[0];
}
const kids = (el: XmlEl, name: string) => el.children.filter((c) => c.name === name);
const ATOM = 'http://www.w3.org/2005/Atom';
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';

for (const build of BUILDS) {
  const { outDir, base } = build;
  const at = (p: string) => join(ROOT, outDir, p);
  const pathOf = (u: string) => new URL(u, 'http://site.invalid').pathname;

  test(`${outDir}: robots.txt is there, and any sitemap it names is this build's`, () => {
    assert.ok(existsSync(at('robots.txt')), 'robots.txt');
    const robots = readFileSync(at('robots.txt'), 'utf8');
    assert.match(robots, /^User-agent: \*$/m);
    for (const line of robots.split('\n').filter((l) => l.startsWith('Sitemap:')))
      assert.equal(pathOf(line.slice('Sitemap:'.length).trim()), `${base}sitemap-index.xml`);
    if (build.siteUrl) assert.match(robots, /^Sitemap: /m, 'with a public address robots.txt names the sitemap');
  });

  test(`${outDir}: the updates feed, where there is one, is a valid Atom feed with one entry per record`, (t) => {
    if (!existsSync(at('updates.xml'))) {
      assert.ok(!build.siteUrl, 'a build with a public address writes the feed');
      return t.skip('no feed in a build without a public address');
    }
    const feed = parseXml(readFileSync(at('updates.xml'), 'utf8'));
    assert.equal(`${feed.ns} ${feed.name}`, `${ATOM} feed`);
    assert.equal(kids(feed, 'author').length, 1);
    assert.match(kids(feed, 'updated')[0]?.text ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    // The self link must be absolute: only a build with a public address can write it.
    const self = kids(feed, 'link').find((l) => l.attrs.rel === 'self')?.attrs.href;
    if (build.siteUrl) assert.match(pathOf(self ?? ''), /updates\.xml$/);
    else assert.equal(self, undefined, 'no self link without a public address');
    const entries = kids(feed, 'entry');
    assert.equal(entries.length, records('updates').size);
    const log = ids(readPage(outDir, 'updates/'));
    for (const e of entries) {
      assert.ok(kids(e, 'title')[0]?.text.trim(), 'entry title');
      assert.match(kids(e, 'updated')[0]?.text ?? '', /^\d{4}-\d{2}-\d{2}T/);
      assert.doesNotThrow(() => new URL(kids(e, 'id')[0]?.text ?? ''), 'entry id is a URL');
      // The entry's link lands on its entry in the log.
      const link = new URL(kids(e, 'link')[0]?.attrs.href ?? '', 'http://site.invalid');
      assert.equal(link.pathname, `${base}updates/`);
      assert.ok(log.includes(decodeURIComponent(link.hash.slice(1))), `updates/ has the target ${link.hash}`);
    }
  });

  test(`${outDir}: the sitemap, where there is one, lists every page but the 404s, the embeds and the offline notice`, (t) => {
    if (!existsSync(at('sitemap-index.xml'))) {
      assert.ok(!build.siteUrl, 'a build with a public address writes the sitemap');
      return t.skip('no sitemap in a build without a public address');
    }
    const index = parseXml(readFileSync(at('sitemap-index.xml'), 'utf8'));
    assert.equal(`${index.ns} ${index.name}`, `${SITEMAP} sitemapindex`);
    const maps = kids(index, 'sitemap').map((s) => pathOf(kids(s, 'loc')[0].text));
    assert.ok(maps.length > 0);
    const listed: string[] = [];
    for (const m of maps) {
      assert.ok(m.startsWith(base), `${m} is under ${base}`);
      const set = parseXml(readFileSync(at(m.slice(base.length)), 'utf8'));
      assert.equal(`${set.ns} ${set.name}`, `${SITEMAP} urlset`);
      for (const u of kids(set, 'url')) listed.push(pathOf(kids(u, 'loc')[0].text));
    }
    const expected = builtPages(outDir)
      .filter((p) => !isNotFound(p) && !isEmbed(p) && !/^(ar\/)?offline\/$/.test(p))
      .map((p) => `${base}${p}`);
    assert.deepEqual(listed.sort(), expected.sort());
  });
}
