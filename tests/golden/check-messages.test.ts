// Golden test of the content check's messages: each case breaks a temporary copy of the frozen fixture
// (tests/fixtures/content/) in one way, runs the check through its public API (validateContent and
// formatProblems only), and compares the full report with tests/golden/expected/check/<case>.txt. The
// copy sits in <tmp>/content, with <tmp> as the root, so file names in messages read "content/…" as they
// do for maintainers. `npm run golden:update` rewrites the reports; CI never does.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent, formatProblems } from '../../src/check/index.ts';
import { CHART_IDS } from '../../src/charts/ids.ts';
import { EXPECTED, FIXTURE, UPDATING, compareGolden, expectedFiles } from './golden.ts';

/** A throw-away copy of the fixture, with edits that fail loudly when their target text is not there. */
class Copy {
  readonly root = mkdtempSync(join(tmpdir(), 'golden-check-'));
  readonly dir = join(this.root, 'content');
  constructor() {
    cpSync(FIXTURE, this.dir, { recursive: true });
  }
  /** Replaces the one occurrence of `from` in a file of the copy; a fixture edit can never silently do nothing. */
  replace(file: string, from: string, to: string): this {
    const path = join(this.dir, file);
    const src = readFileSync(path, 'utf8');
    const n = src.split(from).length - 1;
    if (n !== 1) throw new Error(`golden case: expected ${JSON.stringify(from)} once in ${file}, found it ${n} times`);
    writeFileSync(
      path,
      src.replace(from, () => to),
    );
    return this;
  }
  append(file: string, text: string): this {
    writeFileSync(join(this.dir, file), readFileSync(join(this.dir, file), 'utf8') + text);
    return this;
  }
  remove(file: string): this {
    unlinkSync(join(this.dir, file));
    return this;
  }
  /** The check's whole report on the copy. */
  report(): { count: number; text: string } {
    const { problems } = validateContent({ root: this.root, contentDir: this.dir, charts: CHART_IDS });
    return { count: problems.length, text: formatProblems(problems) };
  }
}

/** One way to break the fixture: its name is the expected file's name (check/<name>.txt). */
interface Case {
  name: string;
  what: string;
  breakIt: (c: Copy) => void;
  /**
   * Why the check cannot catch this mistake yet. The report is still compared (so the diff shows when the
   * check starts catching it), but "at least one problem" is then a node:test "todo"; remove the reason then.
   */
  pending?: string;
}

const EN = 'themes/en/findings.mdx';
const CASES: Case[] = [
  {
    name: 'unknown-source-id',
    what: 'an estimate names a source that does not exist',
    breakIt: (c) => c.replace('estimates/fixture-point.yaml', 'source: source-one', 'source: source-nine'),
  },
  {
    name: 'value-not-a-number',
    what: 'a value written with a thousands separator, as text',
    breakIt: (c) => c.replace('estimates/fixture-point.yaml', 'value: 1200', 'value: "1,200"'),
  },
  {
    name: 'low-above-high',
    what: 'a range whose low end is above its high end',
    breakIt: (c) => c.replace('estimates/fixture-range.yaml', 'low: 3', 'low: 9'),
  },
  {
    name: 'impossible-date',
    what: 'a day that does not exist (30 February)',
    breakIt: (c) => c.replace('events/fixture-court-ruling.yaml', 'date: 2019-03-12', 'date: 2019-02-30'),
  },
  {
    name: 'malformed-frontmatter',
    what: 'a colon in an unquoted frontmatter value',
    breakIt: (c) => c.replace(EN, 'title: Invented findings', 'title: Invented: findings'),
  },
  {
    name: 'unknown-cite-id',
    what: 'a <Cite> of a source that does not exist',
    breakIt: (c) => c.replace(EN, '<Cite id="source-three" />', '<Cite id="source-nine" />'),
  },
  {
    name: 'unknown-estimate-id',
    what: 'an <Estimate> of a record that does not exist',
    breakIt: (c) => c.replace(EN, '<Estimate id="fixture-vague" />', '<Estimate id="fixture-vage" />'),
  },
  {
    name: 'duplicate-section-id',
    what: 'a section id of one theme used again in another (in both editions, so they still match)',
    breakIt: (c) => {
      c.append(
        'themes/en/methodology.mdx',
        '\n<Heading id="invented-places">Invented places again</Heading>\n\nInvented words under a reused id.\n',
      );
      c.append(
        'themes/ar/methodology.mdx',
        '\n<Heading id="invented-places">أماكن مخترعة مرة أخرى</Heading>\n\nكلمات مخترعة تحت معرّف مكرَّر.\n',
      );
    },
  },
  {
    name: 'markdown-heading',
    what: 'a Markdown "##" heading instead of <Heading id>',
    breakIt: (c) => c.append(EN, '\n## An invented Markdown heading\n\nInvented words under it.\n'),
  },
  {
    name: 'misspelt-field',
    what: 'a misspelt field name in a record',
    breakIt: (c) => c.replace('estimates/fixture-point.yaml', '\nreadings:', '\nreadigns:'),
  },
  {
    name: 'typed-contested-flag',
    what: 'a "contested" flag typed by hand on a claim',
    breakIt: (c) =>
      c.replace('estimates/fixture-point.yaml', 'source: source-one', 'source: source-one\ncontested: true'),
  },
  {
    name: 'wording-numbers-differ',
    what: "a wording whose number is not the record's value",
    breakIt: (c) => c.replace('estimates/fixture-point.yaml', 'wording: some 1,200', 'wording: some 1,300'),
  },
  {
    name: 'dispute-unknown-claim',
    what: 'a dispute naming a claim that does not exist',
    breakIt: (c) => c.replace('estimates/fixture-share.yaml', 'claims: [fixture-range]', 'claims: [fixture-rnage]'),
  },
  {
    name: 'revision-unknown-update',
    what: 'a revision naming an entry of the updates log that does not exist',
    breakIt: (c) =>
      c.replace('estimates/fixture-range.yaml', 'update: fixture-correction', 'update: fixture-corection'),
  },
  {
    name: 'missing-required-field',
    what: 'a source without its outlet',
    breakIt: (c) => c.replace('sources/source-one.yaml', 'outlet: The Example Courier\n', ''),
  },
  {
    name: 'missing-arabic-field',
    what: 'an event whose title has no Arabic translation',
    breakIt: (c) => c.replace('events/fixture-committee.yaml', '  title: "تشكيل لجنة مخترعة"\n', ''),
  },
  {
    name: 'missing-arabic-theme',
    what: 'an English theme without its Arabic translation',
    breakIt: (c) => c.remove('themes/ar/methodology.mdx'),
  },
  {
    name: 'yaml-syntax-error',
    what: 'a colon in an unquoted value of a record',
    breakIt: (c) => c.replace('sources/source-two.yaml', 'outlet: Testland Weekly', 'outlet: Testland: Weekly'),
  },
  {
    name: 'unknown-chart-id',
    what: 'a <Chart> with an id that is not a chart',
    breakIt: (c) => c.replace(EN, '<Chart id="map-chart" />', '<Chart id="maps-chart" />'),
  },
  {
    name: 'broken-internal-link',
    what: 'a link to a section that does not exist',
    breakIt: (c) => c.replace(EN, '(/methodology/#corrections)', '(/methodology/#correction)'),
  },
  {
    name: 'image-without-alt',
    what: 'an image without alt text',
    breakIt: (c) => c.append(EN, '\n![](/invented.png)\n'),
  },
  {
    name: 'number-without-citation',
    what: 'a paragraph stating a number without <Cite> or <Estimate>',
    breakIt: (c) => c.append(EN, '\nThe invented town counted 40 invented offices.\n'),
  },
  {
    name: 'arabic-heading-level',
    what: 'an Arabic sub-section at another level than in English',
    breakIt: (c) =>
      c.replace('themes/ar/findings.mdx', '<Heading id="invented-walk" level={3}>', '<Heading id="invented-walk">'),
  },
  {
    name: 'event-unknown-section',
    what: 'an event that links to a section that does not exist',
    breakIt: (c) =>
      c.replace('events/fixture-statement.yaml', 'section: invented-figures', 'section: invented-nowhere'),
  },
  {
    name: 'chart-unknown-section',
    what: 'a chart placed in a section that does not exist',
    breakIt: (c) => c.replace('charts/map-chart.yaml', 'section: invented-places', 'section: invented-nowhere'),
  },
  {
    name: 'update-unknown-section',
    what: 'an entry of the updates log naming a section that does not exist',
    breakIt: (c) => c.replace('updates/fixture-published.yaml', 'sections: [findings]', 'sections: [findingz]'),
  },
  {
    name: 'place-without-coordinates',
    what: 'a city without coordinates',
    breakIt: (c) => c.replace('places/fixture-town.yaml', 'coordinates: { lon: 44.5, lat: 32.5 }\n', ''),
  },
  {
    name: 'walk-unknown-estimate',
    what: 'a walk step naming an estimate that does not exist',
    breakIt: (c) => c.replace('walks/figures-chart.yaml', 'estimate: fixture-point', 'estimate: fixture-pointt'),
  },
  {
    name: 'missing-source-number',
    what: 'a source without its permanent citation number',
    breakIt: (c) => c.replace('sources/source-one.yaml', 'number: 2\n', ''),
  },
  {
    name: 'duplicate-source-number',
    what: 'two sources with the same citation number',
    breakIt: (c) => c.replace('sources/source-two.yaml', 'number: 3\n', 'number: 1\n'),
  },
  {
    name: 'retired-source-number',
    what: "a source given a retired citation number (a removed source's)",
    breakIt: (c) => c.append('site.yaml', '\nretiredSourceNumbers: [3]\n'),
  },
  {
    name: 'mdx-stray-brace',
    what: 'an MDX syntax error: a stray "{" in a paragraph',
    breakIt: (c) => c.replace(EN, 'The walk above goes through', 'The walk above { goes through'),
  },
  {
    name: 'mdx-unclosed-cite',
    what: 'an MDX syntax error: a <Cite> that is opened and never closed',
    breakIt: (c) => c.replace(EN, '<Cite id="source-three" />', '<Cite id="source-three">'),
  },
];

const copies: Copy[] = [];
after(() => copies.forEach((c) => rmSync(c.root, { recursive: true, force: true })));
const copy = () => {
  const c = new Copy();
  copies.push(c);
  return c;
};

describe('content check messages match tests/golden/expected/check/', () => {
  it('the fixture itself has no problem (so each case shows only its own)', () => {
    const { count, text } = copy().report();
    assert.equal(count, 0, `tests/fixtures/content should pass the content check; it reports:\n${text}`);
  });

  for (const k of CASES) {
    it(`${k.name}: ${k.what}`, async (t) => {
      const c = copy();
      k.breakIt(c);
      let report: { count: number; text: string };
      try {
        report = c.report();
      } catch (e) {
        // A content mistake must be a message naming the file and the fix, never a stack trace.
        assert.fail(`the content check threw instead of reporting the mistake: ${(e as Error).stack}`);
      }
      compareGolden(t, `check/${k.name}.txt`, report.text, `the content check's report for "${k.name}"`);
      const found = () => assert.ok(report.count > 0, `the content check found nothing wrong after: ${k.what}`);
      if (k.pending) await t.test('is reported', { todo: k.pending }, found);
      else found();
    });
  }

  it('check/ holds one expected report per case and nothing else', () => {
    // Missing reports are written (or failed, in CI) by the cases themselves; this test finds stale ones.
    const names = new Set(CASES.map((k) => `${k.name}.txt`));
    const stale = expectedFiles('check').filter((f) => !names.has(f));
    if (UPDATING) {
      for (const f of stale) rmSync(join(EXPECTED, 'check', f));
      return;
    }
    assert.deepEqual(
      stale,
      [],
      `tests/golden/expected/check/ holds reports of cases that no longer exist: ${stale.join(', ')}. Run \`npm run golden:update\` and review the diff.`,
    );
  });
});
