import { describe, expect, it } from 'vitest';
import { projectsByMinistry, sizeClass, treatmentTable } from '../../src/aggregate/project-table.js';
import { buildScope } from '../../src/aggregate/scope.js';
import type { Treatment } from '../../src/model/registers.js';
import { registers } from '../support/registers.js';

const treatment = (id: string, date: string, ministry: string, cost: number | null, revisitOf: string | null = null): Treatment => ({
  id,
  line: 0,
  name: id,
  agency: 'A',
  agencies: ['A'],
  ministry,
  meetingDate: date,
  costMnok: cost,
  benefitMnok: null,
  programme: false,
  sharedSolution: false,
  excludeFromTotals: false,
  revisitOf,
});
const registersOf = (treatments: Treatment[]) => registers({ treatments });

describe('treatmentTable and projectsByMinistry', () => {
  it('size classes: small < 26, medium 26–200, large > 200, unresolved without an estimate', () => {
    expect([null, 0, 25.9, 26, 200, 200.1, 11300].map(sizeClass)).toEqual(['unresolved', 'small', 'small', 'medium', 'medium', 'large', 'large']);
  });

  it('lists treatments up to as-of in meeting order, a revisit in its own year with its own estimate', () => {
    const rows = treatmentTable(
      buildScope(registersOf([treatment('b', '2018-03-01', 'M', 615, 'a'), treatment('a', '2017-05-01', 'M', 150), treatment('c', '2019-11-01', 'M', 1)]), {
        since: '2018-10-24',
        asOf: '2019-10-31',
      }),
    );
    expect(rows.map((r) => [r.id, r.year, r.size, r.revisitOf])).toEqual([
      ['a', '2017', 'medium', null],
      ['b', '2018', 'large', 'a'],
    ]);
  });

  it('counts projects by the ministry of their latest treatment up to as-of', () => {
    const data = registersOf([
      treatment('a', '2017-01-01', 'Old', 1),
      treatment('a2', '2018-01-01', 'New', 1, 'a'),
      treatment('b', '2017-02-01', 'Old', 1),
      treatment('c', '2017-03-01', 'Another', 1),
      treatment('b2', '2020-01-01', 'Later', 1, 'b'),
    ]);
    expect(projectsByMinistry(buildScope(data, { since: '2018-10-24', asOf: '2019-10-31' }))).toEqual([
      { ministry: 'Another', projects: 1 },
      { ministry: 'New', projects: 1 },
      { ministry: 'Old', projects: 1 },
    ]);
    expect(projectsByMinistry(buildScope(data, { since: '2016-10-24', asOf: '2017-10-31' }))).toEqual([
      { ministry: 'Old', projects: 2 },
      { ministry: 'Another', projects: 1 },
    ]);
  });
});
