import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/aggregate/index.js';
import { registers, treatment } from '../support/registers.js';

describe('revisit chains', () => {
  // Following each chain from every treatment took quadratic time: 40 000 deep was minutes (the
  // test timeout), where it is now a fraction of a second. No timed assertion: the timeout is the fault.
  it('a chain 40 000 treatments deep is one project with 40 000 treatments', () => {
    const depth = 40_000;
    const treatments = Array.from({ length: depth }, (_, i) => treatment(`t${i}`, '2019-01-01', { revisitOf: i === 0 ? null : `t${i - 1}` }));
    const figures = computeFigures(registers({ treatments }), { since: '2018-06-30', asOf: '2019-06-30' });
    expect(figures.projects.total).toBe(1);
    expect(figures.projects.treatments).toBe(depth);
  });

  it('chains that meet and chains listed out of order find the same first treatment', () => {
    const treatments = [
      treatment('c', '2019-03-01', { revisitOf: 'b' }),
      treatment('b', '2019-02-01', { revisitOf: 'a' }),
      treatment('a', '2019-01-01'),
      treatment('d', '2019-04-01', { revisitOf: 'b' }),
      treatment('x', '2019-01-05'),
    ];
    const figures = computeFigures(registers({ treatments }), { since: '2018-06-30', asOf: '2019-06-30' });
    expect(figures.projects.total).toBe(2);
    expect(figures.projects.treatments).toBe(5);
  });
});
