import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/aggregate/index.js';
import { question, recommendation, registers, treatment } from '../support/registers.js';

const period = { since: '2018-06-30', asOf: '2019-06-30' };

describe('a revisit chain', () => {
  // a (2017) ← b (2018) ← c (2019-03): one project; c is its latest treatment.
  const data = registers({
    treatments: [
      treatment('a', '2017-05-01', { costMnok: 40, benefitMnok: 100, programme: false, sharedSolution: false, ministry: 'M1', agency: 'X' }),
      treatment('b', '2018-09-01', { revisitOf: 'a', costMnok: 80, programme: true, ministry: 'M1', agency: 'X' }),
      treatment('c', '2019-03-01', { revisitOf: 'b', costMnok: 250, benefitMnok: 900, sharedSolution: true, programme: true, ministry: 'M1', agency: 'X/Y' }),
      treatment('later', '2019-08-01', { revisitOf: 'c', costMnok: 5, programme: false }),
    ],
    recommendations: [recommendation('r1', 'a', 'usikkerhet', ['laer-av-andre']), recommendation('r2', 'c', 'usikkerhet', ['laer-av-andre'])],
  });
  const f = computeFigures(data, period);

  it('is one project with the cost and flags of its latest treatment up to as-of', () => {
    expect(f.projects).toMatchObject({ total: 1, treatments: 3, programmes: 1, withCost: 1, withoutCost: 0, inPeriod: 0 });
    expect(f.totals).toMatchObject({ counted: 1, costMnok: 250, benefitMnok: 900, costRange: { min: 250, max: 250 } });
    expect(f.costBands['over-200']!.count).toBe(1);
  });

  it('counts the project once for a tag given on two of its treatments', () => {
    expect(f.tags['laer-av-andre']).toMatchObject({ recommendations: 2, projects: 1 });
  });

  it('counts an agency or ministry once however it is cased or spaced', () => {
    const typed = registers({
      treatments: [
        treatment('n1', '2019-01-01', { agency: 'NAV', ministry: 'Arbeids- og sosialdepartementet' }),
        treatment('n2', '2019-01-02', { agency: 'Nav / Skatteetaten', ministry: 'Arbeids-  og sosialdepartementet ' }),
        treatment('n3', '2019-01-03', { agency: 'skatteetaten', ministry: 'Finansdepartementet' }),
      ],
    });
    expect(computeFigures(typed, period).projects).toMatchObject({ agencies: 2, ministries: 2 });
  });

  it('counts every agency met through any treatment, joint agencies split', () => {
    expect(f.projects.agencies).toBe(2);
    expect(f.projects.ministries).toBe(1);
  });

  it('ignores treatments after as-of', () => {
    expect(computeFigures(data, { since: '2017-12-31', asOf: '2018-12-31' }).totals.costMnok).toBe(80);
  });

  it('counts the project in the period of its first treatment only', () => {
    expect(computeFigures(data, { since: '2016-12-31', asOf: '2017-12-31' }).projects.inPeriod).toBe(1);
    expect(computeFigures(data, { since: '2017-12-31', asOf: '2018-12-31' }).projects.inPeriod).toBe(0);
  });
});

describe('totals', () => {
  const data = registers({
    treatments: [
      treatment('big', '2019-01-10', { costMnok: 11300, benefitMnok: 40500, excludeFromTotals: true, name: 'Akson' }),
      treatment('unknown', '2019-01-11', { excludeFromTotals: true, name: 'Uncosted outlier' }),
      treatment('costed', '2019-01-12', { costMnok: 10.1 }),
      treatment('both', '2019-01-13', { costMnok: 0.2, benefitMnok: 3 }),
      treatment('none', '2019-01-14', { benefitMnok: 99 }),
    ],
  });
  const f = computeFigures(data, period);

  it('sums cost over projects with an estimate that are not excluded, without float noise', () => {
    expect(f.totals.counted).toBe(2);
    expect(f.totals.costMnok).toBe(10.3);
    expect(f.totals.costRange).toEqual({ min: 0.2, max: 10.1 });
  });

  it('sums benefit over the counted projects that gave one (not over those without cost)', () => {
    expect(f.totals.benefitMnok).toBe(3);
  });

  it('lists every excluded project, with or without an estimate', () => {
    expect(f.totals.excluded).toEqual([
      { id: 'big', name: 'Akson', costMnok: 11300, benefitMnok: 40500 },
      { id: 'unknown', name: 'Uncosted outlier', costMnok: null, benefitMnok: null },
    ]);
  });

  it('counts projects with and without a cost estimate, excluded ones included', () => {
    expect(f.projects).toMatchObject({ withCost: 3, withoutCost: 2 });
  });
});

describe('rows after the as-of date', () => {
  const data = registers({
    treatments: [treatment('old', '2019-01-01'), treatment('new', '2019-07-01')],
    questions: [question('q1', 'old'), question('q2', 'new')],
    recommendations: [recommendation('r1', 'old', 'organisering-og-styring', ['kommunikasjon']), recommendation('r2', 'new')],
    conversations: [
      { id: 'c1', projectId: 'old', date: '2019-06-30' },
      { id: 'c2', projectId: 'old', date: '2019-07-01' },
    ],
  });
  const f = computeFigures(data, period);

  it('are not counted anywhere', () => {
    expect(f.projects.total).toBe(1);
    expect(f.questions.total).toBe(1);
    expect(f.recommendations.total).toBe(1);
    expect(f.conversations).toEqual({ total: 1, inPeriod: 1 });
    expect(Object.keys(f.byYear)).toEqual(['2019']);
    expect(f.themes['organisering-og-styring'].recommendationShare).toBe(1);
    expect(f.tags.kommunikasjon!.byYear).toEqual({ 2019: { count: 1, share: 1 } });
  });
});

describe('an empty period', () => {
  it('gives complete series of zeros', () => {
    const f = computeFigures(registers({}), period);
    expect(f.projects).toEqual({
      total: 0,
      treatments: 0,
      inPeriod: 0,
      inPeriodSharedSolution: 0,
      agencies: 0,
      ministries: 0,
      programmes: 0,
      withCost: 0,
      withoutCost: 0,
    });
    expect(f.totals).toEqual({ counted: 0, costMnok: 0, benefitMnok: 0, costRange: { min: 0, max: 0 }, excluded: [] });
    expect(Object.keys(f.themes)).toHaveLength(6);
    expect(Object.values(f.themes).every((t) => t.questionShare === 0 && t.recommendationShare === 0)).toBe(true);
    expect(Object.keys(f.costBands)).toHaveLength(5);
    expect(f.mainThemes).toEqual({ themes: ['organisering-og-styring', 'behov-mal-og-losning'], share: 0, byYear: {} });
    expect(f.tags).toEqual({});
    expect(f.byYear).toEqual({});
    expect(f.conversations).toEqual({ total: 0, inPeriod: 0 });
  });
});

describe('themes, main themes and tags by year', () => {
  const data = registers({
    treatments: [treatment('a', '2018-03-01'), treatment('b', '2019-03-01')],
    questions: [question('q1', 'a', 'organisering-og-styring'), question('q2', 'b', 'gevinstrealisering')],
    recommendations: [
      recommendation('r1', 'a', 'behov-mal-og-losning', ['kommunikasjon']),
      recommendation('r2', 'a', 'usikkerhet'),
      recommendation('r3', 'b', 'organisering-og-styring'),
      recommendation('r4', 'b', 'organisering-og-styring', ['smidig']),
    ],
  });
  const f = computeFigures(data, period);

  it('shares themes of questions and recommendations separately', () => {
    expect(f.themes['organisering-og-styring']).toEqual({
      label: 'Organisering og styring',
      questions: 1,
      questionShare: 0.5,
      recommendations: 2,
      recommendationShare: 0.5,
    });
  });

  it('shares main themes over questions and recommendations together, and by year over recommendations', () => {
    expect(f.mainThemes.share).toBe(4 / 6);
    expect(f.mainThemes.byYear).toEqual({ 2018: { recommendationShare: 0.5 }, 2019: { recommendationShare: 1 } });
  });

  it('gives every tag every year with a recommendation, zeros included', () => {
    expect(f.tags.kommunikasjon!.byYear).toEqual({ 2018: { count: 1, share: 0.5 }, 2019: { count: 0, share: 0 } });
    expect(f.tags.smidig!.byYear).toEqual({ 2018: { count: 0, share: 0 }, 2019: { count: 1, share: 0.5 } });
  });

  it('groups by the calendar year of the meeting', () => {
    expect(f.byYear).toEqual({
      2018: { projects: 1, treatments: 1, questions: 1, recommendations: 2 },
      2019: { projects: 1, treatments: 1, questions: 1, recommendations: 2 },
    });
  });

  it('follows configured main themes', () => {
    const custom = computeFigures(data, period, { costBandEdges: [26, 50, 100, 200], mainThemes: ['usikkerhet'], highlightTag: 'kommunikasjon' });
    expect(custom.mainThemes.share).toBe(1 / 6);
  });
});
