// Every figure is a claim with a page of its own (/figures/<id>/ and /ar/figures/<id>/), in both builds:
// its quote links to the article at the quoted words, its dispute links run both ways, the site's own
// readings are set apart from disputes, its revisions lead to the updates log, and every place that
// prints or draws the figure links to the page. Read from the built HTML and the raw records, not from
// the code that builds the pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';
import { byTag, findAll, hasClass, type El } from '../helpers/html.ts';
import { readCsv, records } from '../helpers/records.ts';
import { BUILDS, builtPages, pageFile, readPage } from '../helpers/site.ts';

const estimates = records('estimates');
const sources = records('sources');
const updates = records('updates');
const EDITIONS = ['', 'ar/'] as const;

/** The dispute links the records make, computed here from the raw YAML: [from, to] pairs and the disputed-without-figure claims. */
const pairs: [string, string][] = [];
const deniedBy = new Map<string, string[]>();
for (const [id, e] of estimates)
  for (const d of e.disputes ?? []) {
    if (!d.claims) deniedBy.set(id, [...(deniedBy.get(id) ?? []), d.by]);
    for (const other of d.claims ?? []) if (other !== id && estimates.has(other)) pairs.push([id, other]);
  }
const contested = new Set([...pairs.flat(), ...deniedBy.keys()]);

const byId = (root: El, id: string) => findAll(root, (e) => e.attrs.id === id)[0];
const links = (root: El) => findAll(root, (e) => e.tag === 'a' && e.attrs.href !== undefined);
/** The text fragment of a link, split into its terms and decoded as a browser does, or null. */
function fragmentTerms(href: string): { url: string; terms: string[]; raw: string } | null {
  const at = href.indexOf('#:~:text=');
  if (at < 0) return null;
  const raw = href.slice(at + '#:~:text='.length);
  return { url: href.slice(0, at), raw, terms: raw.split(',').map((t) => decodeURIComponent(t)) };
}
const words = (s: string) => s.trim().split(/\s+/).join(' ');
/** Whether a text directive selects this quote: in full, or from its first words to its last. */
function selects(terms: string[], quote: string): boolean {
  const q = words(quote);
  if (terms.length === 1) return words(terms[0]) === q;
  if (terms.length !== 2) return false;
  const [start, end] = terms.map(words);
  return q.startsWith(`${start} `) && q.endsWith(` ${end}`) && start.length + end.length + 2 <= q.length;
}

for (const build of BUILDS) {
  const { outDir, base } = build;
  const pages = new Set(builtPages(outDir));
  const figurePage = (edition: string, id: string) => `${edition}figures/${id}/`;
  const figureHref = (edition: string, id: string) => `${base}${figurePage(edition, id)}`;
  const each = (fn: (edition: string, id: string, e: Record<string, unknown>, doc: El) => void) => {
    for (const edition of EDITIONS)
      for (const [id, e] of estimates) fn(edition, id, e, readPage(outDir, figurePage(edition, id)));
  };

  test(`${outDir}: every estimate has its page in both editions, titled with the source's words`, () => {
    const missing = [...estimates.keys()].flatMap((id) =>
      EDITIONS.map((ed) => figurePage(ed, id)).filter((p) => !pages.has(p)),
    );
    assert.deepEqual(missing, [], 'figure pages missing from the build');
    const extra = [...pages].filter((p) => /^(ar\/)?figures\/[^/]+\/$/.test(p) && !estimates.has(p.split('/').at(-2)!));
    assert.deepEqual(extra, [], 'figure pages without a record');
    each((edition, id, e, doc) => {
      assert.equal(doc.attrs.lang ?? byTag(doc, 'html')[0].attrs.lang, edition ? 'ar' : 'en', `${id}: lang`);
      const wording = edition ? (e.ar as { wording: string }).wording : (e.wording as string);
      assert.ok(byTag(doc, 'h1')[0].text.includes(wording), `/${figurePage(edition, id)}: the <h1> gives "${wording}"`);
    });
  });

  test(`${outDir}: each figure's quote links to the article at exactly the record's quote (or the page says why there is none)`, () => {
    each((edition, id, e, doc) => {
      const section = byId(doc, 'quote');
      assert.ok(section, `/${figurePage(edition, id)}: section#quote`);
      const url = sources.get(e.source as string)!.url as string;
      const fragments = links(section)
        .map((a) => ({ a, f: fragmentTerms(a.attrs.href) }))
        .filter((x) => x.f !== null);
      const quote = e.quote as { text: string } | undefined;
      if (!quote) {
        assert.equal(fragments.length, 0, `${id}: no text fragment without a quote`);
        const why = edition ? (e.ar as { noQuote: string }).noQuote : (e.noQuote as string);
        assert.ok(section.text.includes(why), `${id}: the page says why there is no quote`);
        assert.ok(
          links(section).some((a) => a.attrs.href === url),
          `${id}: the article is still linked`,
        );
        return;
      }
      assert.equal(fragments.length, 1, `${id}: one link to the quoted passage`);
      const { a, f } = fragments[0];
      assert.equal(f!.url, url, `${id}: the fragment is on the source's address`);
      assert.ok(selects(f!.terms, quote.text), `${id}: ${a.attrs.href} selects "${quote.text}"`);
      // At most one comma (textStart,textEnd); inside a term, "-", "&", "," and spaces are percent-encoded.
      const raw = f!.raw.split(',');
      assert.ok(raw.length <= 2, `${id}: ${f!.raw}`);
      for (const term of raw) assert.match(term, /^[A-Za-z0-9%!'()*._~]+$/, `${id}: "${term}" is encoded`);
      assert.equal(a.attrs.rel, 'noopener noreferrer');
      // The English quote is shown as the article has it; the Arabic edition shows the translation beside it.
      const shown = findAll(section, (x) => x.tag === 'blockquote')[0]?.text ?? '';
      assert.ok(words(shown).includes(words(quote.text)), `${id}: the quote is shown verbatim`);
      if (edition) {
        const ar = (e.ar as { quote: { text: string } }).quote.text;
        assert.ok(shown.includes(ar), `${id}: the Arabic translation is shown`);
        const en = findAll(section, (x) => x.attrs.lang === 'en' && words(x.text) === words(quote.text));
        assert.equal(en.length, 1, `${id}: the English original is marked lang="en"`);
      }
    });
  });

  test(`${outDir}: each dispute's quote links to its source article at those words`, () => {
    each((edition, id, e, doc) => {
      const conflicts = byId(doc, 'conflicts');
      assert.ok(conflicts, `/${figurePage(edition, id)}: section#conflicts`);
      const hrefs = links(conflicts).map((a) => a.attrs.href);
      for (const d of (e.disputes ?? []) as { source: string; quote?: string }[]) {
        if (!d.quote) continue;
        const url = sources.get(d.source)!.url as string;
        assert.ok(
          hrefs.some((h) => {
            const f = fragmentTerms(h);
            return f !== null && f.url === url && selects(f.terms, d.quote!);
          }),
          `${id}: a link to "${d.quote}" in ${url}`,
        );
      }
    });
  });

  test(`${outDir}: dispute links are shown on both claims, and a claim is contested if and only if it has one`, () => {
    /** The figure pages an item of the conflicts list links to, by direction. */
    const linked = (edition: string, id: string, direction: string) =>
      findAll(
        byId(readPage(outDir, figurePage(edition, id)), 'conflicts'),
        (x) => x.tag === 'li' && x.attrs['data-direction'] === direction,
      ).flatMap((li) => links(li).map((a) => a.attrs.href));
    for (const edition of EDITIONS) {
      for (const [from, to] of pairs) {
        assert.ok(linked(edition, from, 'disputes').includes(figureHref(edition, to)), `${from} disputes ${to}`);
        assert.ok(
          linked(edition, to, 'disputed-by').includes(figureHref(edition, from)),
          `${to} is disputed by ${from}`,
        );
      }
      for (const [id, bys] of deniedBy) {
        const items = findAll(
          byId(readPage(outDir, figurePage(edition, id)), 'conflicts'),
          (x) => x.tag === 'li' && x.attrs['data-direction'] === 'disputed-by' && x.attrs['data-others'] === undefined,
        );
        assert.equal(items.length, bys.length, `${id}: one item per dispute without a figure`);
        if (!edition)
          for (const by of bys)
            assert.ok(
              items.some((li) => li.text.includes(by)),
              `${id}: names ${by}`,
            );
      }
      for (const id of estimates.keys()) {
        const doc = readPage(outDir, figurePage(edition, id));
        // Every link shown comes from a record: nothing is linked that the records do not link.
        const expected = new Set([
          ...pairs.filter(([f]) => f === id).map(([, t]) => `disputes ${t}`),
          ...pairs.filter(([, t]) => t === id).map(([f]) => `disputed-by ${f}`),
        ]);
        const shown = new Set(
          findAll(byId(doc, 'conflicts'), (x) => x.tag === 'li' && x.attrs['data-others'] !== undefined).flatMap((li) =>
            li.attrs['data-others'].split(' ').map((o) => `${li.attrs['data-direction']} ${o}`),
          ),
        );
        assert.deepEqual([...shown].sort(), [...expected].sort(), `${id}: the links shown`);
        const badge = findAll(doc, (x) => hasClass(x, 'claim-badge'))[0];
        assert.ok(hasClass(badge, contested.has(id) ? 'is-contested' : 'is-undisputed'), `${id}: contested status`);
      }
    }
  });

  test(`${outDir}: the site's own readings are shown as "Our reading", apart from the disputes`, () => {
    each((edition, id, _e, doc) => {
      const concerned = [...estimates].filter(([other, o]) =>
        other === id
          ? (o.readings ?? []).length > 0
          : (o.readings ?? []).some((r: { claims: string[] }) => r.claims.includes(id)),
      );
      // The section is on every figure page (its id is a published link target), empty or not.
      const section = byId(doc, 'readings');
      assert.ok(section, `${id}: section#readings`);
      assert.equal(byTag(section, 'h2')[0].text.trim(), edition ? 'قراءتنا' : 'Our reading');
      if (concerned.length === 0) return assert.equal(byTag(section, 'li').length, 0, `${id}: no reading`);
      for (const [owner, o] of concerned)
        for (const [i, r] of ((o.readings ?? []) as { claims: string[]; text: string }[]).entries()) {
          if (owner !== id && !r.claims.includes(id)) continue;
          const text = edition ? (o.ar as { readings: { text: string }[] }).readings[i].text : r.text;
          assert.ok(section.text.includes(text), `${id}: shows the reading written on ${owner}`);
          assert.ok(!byId(doc, 'conflicts').text.includes(text), `${id}: the reading is not listed as a dispute`);
        }
    });
  });

  test(`${outDir}: each revision links to its entry of the updates log, and the citation carries the latest revision`, () => {
    each((edition, id, e, doc) => {
      const revisions = (e.revisions ?? []) as { date: string; update: string }[];
      const hrefs = links(byId(doc, 'revisions')).map((a) => a.attrs.href);
      for (const r of revisions) {
        assert.ok(updates.has(r.update), `${id}: update ${r.update} exists`);
        const target = `${base}${edition}updates/#update-${r.update}`;
        assert.ok(hrefs.includes(target), `${id}: links to ${target}`);
        assert.ok(byId(readPage(outDir, `${edition}updates/`), `update-${r.update}`), `${target} exists`);
      }
      const latest = revisions
        .map((r) => String(r.date))
        .sort()
        .at(-1);
      const csl = JSON.parse(byId(doc, 'cite-csl').text)[0];
      assert.equal(byId(doc, 'cite').children[0].text.trim(), edition ? 'استشهد بهذا الرقم' : 'Cite this figure');
      if (latest)
        assert.deepEqual(csl.issued['date-parts'][0], latest.split('-').map(Number), `${id}: cited as of ${latest}`);
      assert.match(byId(doc, 'cite-bibtex').text, /@online\{iraqs-recruits-(ar-)?figures-/);
    });
  });

  test(`${outDir}: each figure's CSV and JSON hold its row of data/estimates, with the same columns`, () => {
    const all = readCsv(join(ROOT, outDir, 'data', 'estimates.csv'));
    for (const id of estimates.keys()) {
      const file = join(ROOT, outDir, 'data', 'figures', `${id}.csv`);
      assert.ok(existsSync(file), `data/figures/${id}.csv`);
      const rows = readCsv(file);
      assert.deepEqual(rows, [all.find((r) => r.id === id)], `${id}: the same row`);
      assert.deepEqual(Object.keys(rows[0]), Object.keys(all[0]), `${id}: the same columns`);
      const json = JSON.parse(readFileSync(join(ROOT, outDir, 'data', 'figures', `${id}.json`), 'utf8'));
      assert.equal(json.length, 1);
      assert.equal(json[0].id, id);
      for (const edition of EDITIONS) {
        const hrefs = links(readPage(outDir, figurePage(edition, id))).map((a) => a.attrs.href);
        for (const ext of ['csv', 'json'])
          assert.ok(hrefs.includes(`${base}data/figures/${id}.${ext}`), `${edition}${id}: links its ${ext}`);
      }
    }
  });

  test(`${outDir}: every <Estimate>, table row, chart mark and walk step links to the figure's page`, () => {
    let walkSteps = 0;
    let estimatesSeen = 0;
    let rowsSeen = 0;
    let marksSeen = 0;
    for (const page of pages) {
      if (!existsSync(pageFile(outDir, page))) continue;
      const edition = page.startsWith('ar/') ? 'ar/' : '';
      const doc = readPage(outDir, page);
      const problems: string[] = [];
      for (const el of findAll(doc, (x) => hasClass(x, 'estimate') && x.attrs['data-estimate'] !== undefined)) {
        estimatesSeen++;
        const id = el.attrs['data-estimate'];
        if (!links(el).some((a) => a.attrs.href === figureHref(edition, id))) problems.push(`<Estimate id="${id}">`);
      }
      for (const tr of findAll(doc, (x) => x.tag === 'tr' && /^estimate-/.test(x.attrs.id ?? ''))) {
        rowsSeen++;
        const id = tr.attrs.id.slice('estimate-'.length);
        const cell = tr.children.find((c) => c.tag === 'td');
        if (!cell || !links(cell).some((a) => a.attrs.href === figureHref(edition, id)))
          problems.push(`tr#${tr.attrs.id}`);
      }
      for (const tr of findAll(doc, (x) => x.tag === 'tr' && /^figures-chart-/.test(x.attrs.id ?? ''))) {
        const id = tr.attrs.id.slice('figures-chart-'.length);
        if (!links(tr).some((a) => a.attrs.href === figureHref(edition, id))) problems.push(`tr#${tr.attrs.id}`);
      }
      for (const li of findAll(doc, (x) => x.tag === 'li' && hasClass(x, 'walk-step'))) {
        walkSteps++;
        const id = li.attrs['data-estimate'];
        if (!links(li).some((a) => a.attrs.href === figureHref(edition, id))) problems.push(`walk step of ${id}`);
      }
      const chart = byId(doc, 'figures-chart');
      if (chart)
        for (const g of findAll(
          chart,
          (x) => x.tag === 'g' && hasClass(x, 'figure') && x.attrs['data-estimate'] !== undefined,
        )) {
          marksSeen++;
          const id = g.attrs['data-estimate'];
          if (!links(g).some((a) => a.attrs.href === figureHref(edition, id))) problems.push(`mark of ${id}`);
        }
      assert.deepEqual(problems, [], `/${page}: without a link to the figure's page`);
    }
    assert.ok(estimatesSeen > 0 && rowsSeen >= 2 * estimates.size && marksSeen >= 2 * estimates.size, 'figures found');
    assert.ok(walkSteps > 0, 'walk steps found');
  });

  test(`${outDir}: links inside a drawing hidden from assistive technology are out of the Tab order`, () => {
    let seen = 0;
    for (const page of pages) {
      if (!existsSync(pageFile(outDir, page))) continue;
      const inDrawings = findAll(
        readPage(outDir, page),
        (x) => x.tag === 'svg' && x.attrs['aria-hidden'] === 'true',
      ).flatMap(links);
      seen += inDrawings.length;
      const inHidden = inDrawings.filter((a) => a.attrs.tabindex !== '-1');
      assert.deepEqual(
        inHidden.map((a) => a.attrs.href),
        [],
        `/${page}: links in an aria-hidden <svg> without tabindex="-1"`,
      );
    }
    assert.ok(seen > 0, 'the build has links in drawings');
  });

  test(`${outDir}: every link on a figure page and to it resolves under ${base}`, () => {
    const broken: string[] = [];
    for (const edition of EDITIONS)
      for (const id of estimates.keys()) {
        const page = figurePage(edition, id);
        for (const a of links(readPage(outDir, page))) {
          const href = a.attrs.href;
          if (/^(https?:)?\/\//.test(href) || href.startsWith('#')) continue;
          if (!href.startsWith(base)) {
            broken.push(`/${page}: ${href} is outside ${base}`);
            continue;
          }
          const rel = decodeURIComponent(href.slice(base.length).split('#')[0]);
          const file =
            rel === '' || rel.endsWith('/') ? join(ROOT, outDir, rel, 'index.html') : join(ROOT, outDir, rel);
          if (!existsSync(file)) broken.push(`/${page}: ${href} names no built file`);
        }
      }
    assert.deepEqual(broken, []);
  });
}
