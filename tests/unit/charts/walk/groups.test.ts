import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupByMeasure } from '../../../../src/charts/walk/groups.ts';

describe('groupByMeasure(steps)', () => {
  it('gathers the steps of each measure, in the order each measure first appears', () => {
    const steps = [
      { id: 'a', measure: 'killed' },
      { id: 'b', measure: 'fighting' },
      { id: 'c', measure: 'killed' },
      { id: 'd', measure: 'recruited' },
      { id: 'e', measure: 'fighting' },
    ];
    assert.deepEqual(
      groupByMeasure(steps).map((g) => [g.measure, g.steps.map((s) => s.id)]),
      [
        ['killed', ['a', 'c']],
        ['fighting', ['b', 'e']],
        ['recruited', ['d']],
      ],
    );
  });
  it('gives no groups for no steps', () => {
    assert.deepEqual(groupByMeasure([]), []);
  });
});
