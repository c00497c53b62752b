import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { validateContent, type Problem } from '../../../../src/check/index.ts';
import { scanMdx } from '../../../../src/records/mdx.ts';
import { ContentFixture } from '../../../helpers/fixture.ts';
import { mkdirSync } from 'node:fs';
import { CHART_IDS } from '../../../../src/charts/ids.ts';
import { join } from 'node:path';

const fixtures: ContentFixture[] = [];
after(() => fixtures.forEach((f) => f.cleanup()));

const GOOD = 'chart: figures-chart\nsteps:\n  - estimate: araji-hundreds\n  - estimate: allawi-around-5000\n';
const THEME = 'themes/en/disputed-figures.mdx';

/** The real content (chart placed, then the walk), with the walk file or the <Walk> tag replaced to make one mistake. */
function problemsWith({ walk = GOOD, tag = '<Walk id="figures-chart" />', chartFirst = true } = {}): Problem[] {
  const f = new ContentFixture();
  fixtures.push(f);
  mkdirSync(join(f.dir, 'walks'), { recursive: true });
  f.write('walks/figures-chart.yaml', walk);
  const chart = '<Chart id="figures-chart" />';
  const original = '<Walk id="figures-chart" />\n';
  if (!chartFirst || tag !== original.trim()) f.edit(THEME, original, chartFirst ? `${tag}\n` : '');
  if (!chartFirst) f.edit(THEME, chart, `${tag}\n\n${chart}`);
  return validateContent({ root: f.dir, contentDir: f.dir, charts: CHART_IDS }).problems;
}

describe('checkWalks (through validateContent)', () => {
  it('accepts a walk whose chart is placed above it', () => {
    assert.deepEqual(problemsWith(), []);
  });
  it('names an unknown estimate, its step and the fix', () => {
    const [p, ...rest] = problemsWith({ walk: GOOD.replace('araji-hundreds', 'araji-thousands') });
    assert.equal(rest.length, 0);
    assert.equal(p.file, 'walks/figures-chart.yaml');
    assert.equal(p.field, 'steps.0.estimate');
    assert.match(p.message, /"araji-thousands" is not a known estimate/);
    assert.match(p.fix, /add content\/estimates\/araji-thousands\.yaml/);
  });
  it('rejects an estimate listed twice', () => {
    const [p] = problemsWith({ walk: `${GOOD}  - estimate: araji-hundreds\n` });
    assert.equal(p.field, 'steps.2.estimate');
    assert.match(p.message, /already step 1/);
  });
  it('rejects an unknown chart and a walk of one step', () => {
    const chart = problemsWith({ walk: GOOD.replace('chart: figures-chart', 'chart: figure-chart') });
    assert.ok(
      chart.some(
        (p) =>
          p.field === 'chart' &&
          /"figure-chart" is not a known chart; expected one of: figures-chart, /.test(p.message),
      ),
    );
    const [short] = problemsWith({ walk: 'chart: figures-chart\nsteps:\n  - estimate: araji-hundreds\n' });
    assert.equal(short.field, 'steps');
    assert.match(short.message, /at least two steps/);
  });
  it('rejects a field the schema does not know', () => {
    const [p] = problemsWith({ walk: `${GOOD}  - estimate: shafaq-more-than-5000\n    text: typed by hand\n` });
    assert.equal(p.field, 'steps.2');
    assert.match(p.fix, /content\/walks\/figures-chart\.yaml/);
  });
  it('rejects a <Walk> naming no walk file, with its line', () => {
    const [p] = problemsWith({ tag: '<Walk id="numbers" />' });
    assert.equal(p.file, THEME);
    assert.equal(p.field, '<Walk id="numbers">');
    assert.ok(p.line && p.line > 5);
    assert.match(p.message, /one of: figures-chart/);
  });
  it('rejects a walk placed above its chart', () => {
    const [p] = problemsWith({ chartFirst: false });
    assert.match(p.message, /walks through "figures-chart", which is not placed above it/);
    assert.match(p.fix, /put <Chart id="figures-chart" \/> earlier/);
  });
});

describe('scanMdx(body).walks', () => {
  it('finds each tag with its id and line, in any quoting', () => {
    assert.deepEqual(
      scanMdx('a\n<Walk id="x" />\n\n<Walk id={"y"}/>\n<Walk />').walks.map((t) => ({
        id: t.attrs.id ?? '',
        line: t.line,
      })),
      [
        { id: 'x', line: 2 },
        { id: 'y', line: 4 },
        { id: '', line: 5 },
      ],
    );
  });
});
