import { describe, expect, it } from 'vitest';
import { bandOf, costBandFigures, costBands } from '../../src/aggregate/cost-bands.js';
import { buildScope } from '../../src/aggregate/scope.js';
import { registers, treatment } from '../support/registers.js';

const REPORT_EDGES = [26, 50, 100, 200];

describe('costBands', () => {
  it('names the report bands from the edges', () => {
    expect(costBands(REPORT_EDGES).map((b) => b.key)).toEqual(['under-26', '26-50', '51-100', '101-200', 'over-200']);
  });

  it.each([
    [0, 'under-26'],
    [25, 'under-26'],
    [25.5, 'under-26'],
    [26, '26-50'],
    [50, '26-50'],
    [50.5, '51-100'],
    [100, '51-100'],
    [100.01, '101-200'],
    [200, '101-200'],
    [200.5, 'over-200'],
    [11300, 'over-200'],
  ])('puts %d MNOK in %s', (cost, key) => {
    expect(bandOf(cost, costBands(REPORT_EDGES)).key).toBe(key);
  });

  it('takes other edges', () => {
    expect(costBands([10, 300]).map((b) => b.key)).toEqual(['under-10', '10-300', 'over-300']);
    expect(costBands([10]).map((b) => b.key)).toEqual(['under-10', 'from-10']);
  });
});

describe('costBandFigures', () => {
  it('counts every project with an estimate, excluded outliers too, and gives all bands', () => {
    const data = registers({
      treatments: [
        treatment('a', '2019-01-01', { costMnok: 25 }),
        treatment('b', '2019-01-02', { costMnok: 26 }),
        treatment('c', '2019-01-03', { costMnok: 11300, excludeFromTotals: true }),
        treatment('d', '2019-01-04'),
      ],
    });
    const bands = costBandFigures(buildScope(data, { since: '2018-01-01', asOf: '2019-12-31' }), REPORT_EDGES);
    expect(bands).toEqual({
      'under-26': { count: 1, share: 1 / 3 },
      '26-50': { count: 1, share: 1 / 3 },
      '51-100': { count: 0, share: 0 },
      '101-200': { count: 0, share: 0 },
      'over-200': { count: 1, share: 1 / 3 },
    });
  });

  it('gives zero shares when no project has an estimate', () => {
    const bands = costBandFigures(
      buildScope(registers({ treatments: [treatment('a', '2019-01-01')] }), { since: '2018-01-01', asOf: '2019-12-31' }),
      REPORT_EDGES,
    );
    expect(Object.values(bands).every((b) => b.count === 0 && b.share === 0)).toBe(true);
  });
});
