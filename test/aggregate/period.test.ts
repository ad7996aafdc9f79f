import { describe, expect, it } from 'vitest';
import { checkIsoDate, oneYearBefore, resolvePeriod, type PeriodError } from '../../src/aggregate/period.js';
import { registers, treatment } from '../support/registers.js';

const reports = [
  { year: 2018, cutoff: '2018-10-24' },
  { year: 2017, cutoff: '2017-10-25' },
  { year: 2019, cutoff: '2019-10-31' },
];
const withReports = registers({ treatments: [treatment('a', '2020-02-01')], reports });
const withoutReports = registers({ treatments: [treatment('a', '2019-03-01'), treatment('b', '2020-02-29')] });

describe('resolvePeriod', () => {
  it('defaults to the latest report and the one before it', () => {
    expect(resolvePeriod(withReports, {})).toEqual({ since: '2018-10-24', asOf: '2019-10-31' });
  });

  it('takes a report year', () => {
    expect(resolvePeriod(withReports, { report: 2018 })).toEqual({ since: '2017-10-25', asOf: '2018-10-24' });
    expect(resolvePeriod(withReports, { report: 2017 })).toEqual({ since: '2016-10-25', asOf: '2017-10-25' });
  });

  it('starts an as-of period at the latest cut-off before it', () => {
    expect(resolvePeriod(withReports, { asOf: '2019-10-30' })).toEqual({ since: '2018-10-24', asOf: '2019-10-30' });
    expect(resolvePeriod(withReports, { asOf: '2020-03-01' })).toEqual({ since: '2019-10-31', asOf: '2020-03-01' });
  });

  it('without reports.csv uses the latest date in the registers and one year before it', () => {
    expect(resolvePeriod(withoutReports, {})).toEqual({ since: '2019-02-28', asOf: '2020-02-29' });
  });

  it('rejects an unknown report, a mix of --report and dates, and a since after as-of', () => {
    const problem = (options: Parameters<typeof resolvePeriod>[1]) => {
      try {
        resolvePeriod(withReports, options);
      } catch (error) {
        return (error as PeriodError).problem;
      }
      return null;
    };
    expect(problem({ report: 2020 })).toEqual({ kind: 'unknown-report', report: 2020, known: [2017, 2018, 2019] });
    expect(problem({ report: 2019, asOf: '2019-01-01' })).toEqual({ kind: 'report-and-dates' });
    expect(problem({ asOf: '2019-01-01', since: '2019-01-01' })).toEqual({ kind: 'since-not-before', since: '2019-01-01', asOf: '2019-01-01' });
  });
});

describe('checkIsoDate', () => {
  it('tells a date written wrong from one that does not exist', () => {
    expect(['2019-02-28', '2020-02-29', '2019-02-30', '2019-13-01', '2019-2-28', '28.02.2019'].map(checkIsoDate)).toEqual([
      'valid',
      'valid',
      'calendar',
      'calendar',
      'format',
      'format',
    ]);
  });
});

describe('oneYearBefore', () => {
  it('keeps the day, and turns 29 February into 28 February', () => {
    expect(oneYearBefore('2019-10-31')).toBe('2018-10-31');
    expect(oneYearBefore('2020-02-29')).toBe('2019-02-28');
  });
});
