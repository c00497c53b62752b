// The download columns' descriptions come from the content model's doc comments (or, for a derived
// column, the line beside it): every column of every download must have one.
import { describe as suite, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { docComments, firstSentence, schemaDocs } from '../../../src/build/schema-docs.ts';
import {
  chartColumns,
  describe,
  ESTIMATE_COLUMNS,
  EVENT_COLUMNS,
  SOURCE_RECORD_COLUMNS,
  type Column,
} from '../../../src/build/columns.ts';
import { charts } from '../../../src/charts/registry.ts';

suite('docComments()', () => {
  const src = `
    export const thingSchema = z.strictObject({
      /** The name. */
      name: z.string(),
      /** Who. */
      who: z.strictObject({
        /** Their role, as given. More words here. */
        role: z.string().optional(),
      }).optional(),
      list: z.array(z.strictObject({
        /** One item. */ item: z.string(),
      })),
      undocumented: z.string(),
    });`;
  const docs = docComments(src);
  it('keys each documented field by its schema and path', () => {
    assert.equal(docs.get('thingSchema.name'), 'The name.');
    assert.equal(docs.get('thingSchema.who'), 'Who.');
  });
  it('reads fields inside wrapped objects and arrays', () => {
    assert.equal(docs.get('thingSchema.who.role'), 'Their role, as given.');
    assert.equal(docs.get('thingSchema.list.item'), 'One item.');
  });
  it('leaves out fields with no comment', () => {
    assert.equal(docs.has('thingSchema.undocumented'), false);
    assert.equal(docs.has('thingSchema.list'), false);
  });
});

test('firstSentence() keeps the first sentence on one line, not cut at "e.g."', () => {
  assert.equal(firstSentence('One line,\n   then more. Second.'), 'One line, then more.');
  assert.equal(firstSentence('Short name, e.g. "CC BY 4.0".'), 'Short name, e.g. "CC BY 4.0".');
});

test('describe() names the column and the field when the field has no doc comment', () => {
  assert.throws(
    () => describe({ key: 'x', field: 'estimateSchema.nothing' }, new Map()),
    /Column "x" copies "estimateSchema.nothing", which has no \/\*\* doc comment \*\//,
  );
});

test('describe() adds what the download does to the field’s own description', () => {
  const docs = new Map([['s.f', 'The field.']]);
  assert.equal(describe({ key: 'f', field: 's.f', also: 'Several.' }, docs), 'The field. Several.');
});

test('chartColumns() stops at a chart column with no description, naming where to add it', () => {
  assert.throws(() => chartColumns('some-chart', ['nonsense']), /add "nonsense" to CHART_OWN_COLUMNS/);
});

const downloads: [string, readonly Column[]][] = [
  ['estimates', ESTIMATE_COLUMNS],
  ['events', EVENT_COLUMNS],
  ['sources', SOURCE_RECORD_COLUMNS],
  ...charts.map((c): [string, Column[]] => [
    c.id,
    chartColumns(
      c.id,
      c.columns.map((x) => x.key),
    ),
  ]),
];
for (const [id, columns] of downloads) {
  test(`${id}: every column has a description, from the schema's doc comments where it copies a field`, () => {
    const docs = schemaDocs();
    for (const c of columns) assert.ok(describe(c, docs).trim().length > 10, `${id}.${c.key}`);
  });
  test(`${id}: the column keys are unique`, () => {
    const keys = columns.map((c) => c.key);
    assert.deepEqual(keys, [...new Set(keys)]);
  });
}
