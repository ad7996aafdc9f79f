import { describe, expect, it } from 'vitest';
import { explainFigure, figurePaths } from '../../src/aggregate/explain.js';
import type { Explanation } from '../../src/model/explain.js';
import { computeFigures } from '../../src/aggregate/index.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';
import { question, recommendation, registers, treatment } from '../support/registers.js';

const period = { since: '2018-10-31', asOf: '2019-10-31' };

// One register of every kind, small enough to check each row by hand. Lines are positions + 2.
const data = registers({
  treatments: [
    treatment('a1', '2017-05-01', { agency: 'A', ministry: 'M1', costMnok: 30, benefitMnok: 100, programme: true }),
    treatment('b1', '2018-11-15', { agency: 'A/B', ministry: 'M2', costMnok: 250, benefitMnok: 500, sharedSolution: true }),
    treatment('a2', '2019-03-01', { agency: 'A', ministry: 'M1', costMnok: 40, revisitOf: 'a1' }),
    treatment('c1', '2019-05-01', { agency: 'C', ministry: 'm1 ' }),
    treatment('d1', '2019-06-01', { agency: 'nav', ministry: 'M3', costMnok: 11300, benefitMnok: 40500, excludeFromTotals: true, programme: true }),
    treatment('e1', '2020-01-01', { agency: 'E', ministry: 'M4', costMnok: 10 }),
  ],
  questions: [
    question('q1', 'a1', 'organisering-og-styring'),
    question('q2', 'b1', 'usikkerhet'),
    question('q3', 'e1', 'usikkerhet'),
    question('q4', 'a2', 'behov-mal-og-losning'),
  ],
  recommendations: [
    recommendation('r1', 'a1', 'organisering-og-styring', ['kommunikasjon']),
    recommendation('r2', 'b1', 'usikkerhet', ['kommunikasjon', 'laer-av-andre']),
    recommendation('r3', 'a2', 'usikkerhet', ['kommunikasjon']),
    recommendation('r4', 'c1', 'behov-mal-og-losning'),
    recommendation('r5', 'e1', 'usikkerhet', ['kommunikasjon']),
  ],
  conversations: [
    { id: 'k1', projectId: 'a1', date: '2018-06-01' },
    { id: 'k2', projectId: 'b1', date: '2019-01-10' },
    { id: 'k3', projectId: 'c1', date: '2019-12-01' },
  ],
});
const figures = computeFigures(data, period);

function explain(path: string): Explanation {
  const explanation = explainFigure(data, figures, path, DEFAULT_SETTINGS);
  if (!explanation) throw new Error(`no explanation for ${path}`);
  return explanation;
}

/** Each row as `id: contributes` when counted, `id: reason` when not. */
const verdicts = (path: string) => Object.fromEntries(explain(path).rows.map((r) => [r.id, r.included ? r.contributes : r.reason]));

describe('explain: project figures', () => {
  it('counts a project by its first treatment for projects.total', () => {
    expect(explain('projects.total')).toMatchObject({ figure: 'projects.total', kind: 'count', value: 4, period });
    expect(verdicts('projects.total')).toEqual({ a1: 1, b1: 1, a2: 'revisit', c1: 1, d1: 1, e1: 'after-as-of' });
  });

  it('counts every treatment up to as-of for projects.treatments', () => {
    expect(verdicts('projects.treatments')).toEqual({ a1: 1, b1: 1, a2: 1, c1: 1, d1: 1, e1: 'after-as-of' });
  });

  it('names the row, its line, its file and its project', () => {
    const a2 = explain('projects.treatments').rows.find((r) => r.id === 'a2');
    expect(a2).toEqual({ register: 'projects', line: 4, id: 'a2', project: 'a1', included: true, contributes: 1 });
  });

  it('counts new projects by the date of their first treatment', () => {
    expect(verdicts('projects.inPeriod')).toEqual({ a1: 'before-period', b1: 1, a2: 'revisit', c1: 1, d1: 1, e1: 'after-as-of' });
    expect(verdicts('projects.inPeriodSharedSolution')).toEqual({
      a1: 'replaced',
      b1: 1,
      a2: 'before-period',
      c1: 'not-shared-solution',
      d1: 'not-shared-solution',
      e1: 'after-as-of',
    });
  });

  it('gives each agency and ministry to the first treatment in meeting order that names it', () => {
    expect(explain('projects.agencies')).toMatchObject({ kind: 'distinct', value: 4 });
    // b1 is "A/B": A was counted on a1, B is new.
    expect(verdicts('projects.agencies')).toEqual({ a1: 1, b1: 1, a2: 'already-counted', c1: 1, d1: 1, e1: 'after-as-of' });
    // "m1 " is M1 however it is cased or spaced.
    expect(verdicts('projects.ministries')).toEqual({ a1: 1, b1: 1, a2: 'already-counted', c1: 'already-counted', d1: 1, e1: 'after-as-of' });
  });

  it('counts a joint agency of two new agencies twice on one row', () => {
    const joint = registers({ treatments: [treatment('x', '2019-01-01', { agency: 'P/Q' }), treatment('y', '2019-02-01', { agency: 'Q' })] });
    const explanation = explainFigure(joint, computeFigures(joint, period), 'projects.agencies', DEFAULT_SETTINGS)!;
    expect(explanation.value).toBe(2);
    expect(explanation.rows.map((r) => [r.id, r.contributes, r.reason])).toEqual([
      ['x', 2, undefined],
      ['y', 0, 'already-counted'],
    ]);
  });

  it('uses the latest treatment of a project for its flags and estimates', () => {
    expect(verdicts('projects.programmes')).toEqual({
      a1: 'replaced',
      b1: 'not-programme',
      a2: 'not-programme',
      c1: 'not-programme',
      d1: 1,
      e1: 'after-as-of',
    });
    expect(verdicts('projects.withCost')).toEqual({ a1: 'replaced', b1: 1, a2: 1, c1: 'no-cost', d1: 1, e1: 'after-as-of' });
    expect(verdicts('projects.withoutCost')).toEqual({ a1: 'replaced', b1: 'has-cost', a2: 'has-cost', c1: 1, d1: 'has-cost', e1: 'after-as-of' });
  });

  it('counts the first treatments of a year for byYear.<year>.projects, every treatment for .treatments', () => {
    expect(verdicts('byYear.2019.projects')).toEqual({ a1: 'other-year', b1: 'other-year', a2: 'revisit', c1: 1, d1: 1, e1: 'after-as-of' });
    expect(verdicts('byYear.2019.treatments')).toEqual({ a1: 'other-year', b1: 'other-year', a2: 1, c1: 1, d1: 1, e1: 'after-as-of' });
  });
});

describe('explain: totals', () => {
  it('sums the cost of the projects in the totals', () => {
    expect(explain('totals.costMnok')).toMatchObject({ kind: 'sum', value: 290 });
    expect(verdicts('totals.costMnok')).toEqual({ a1: 'replaced', b1: 250, a2: 40, c1: 'no-cost', d1: 'excluded-from-totals', e1: 'after-as-of' });
    expect(verdicts('totals.counted')).toEqual({ a1: 'replaced', b1: 1, a2: 1, c1: 'no-cost', d1: 'excluded-from-totals', e1: 'after-as-of' });
  });

  it('sums the benefit of the counted projects that give one', () => {
    expect(explain('totals.benefitMnok').value).toBe(500);
    expect(verdicts('totals.benefitMnok')).toEqual({ a1: 'replaced', b1: 500, a2: 'no-benefit', c1: 'no-cost', d1: 'excluded-from-totals', e1: 'after-as-of' });
  });

  it('counts one row, the one holding it, for the lowest and highest estimate', () => {
    expect(explain('totals.costRange.min')).toMatchObject({ kind: 'min', value: 40 });
    expect(verdicts('totals.costRange.min')).toMatchObject({ b1: 'not-min', a2: 40 });
    expect(verdicts('totals.costRange.max')).toMatchObject({ b1: 250, a2: 'not-max' });
  });

  it('lists the excluded projects', () => {
    expect(explain('totals.excluded')).toMatchObject({ kind: 'list', value: [{ id: 'd1', name: 'Project d1', costMnok: 11300, benefitMnok: 40500 }] });
    expect(verdicts('totals.excluded')).toEqual({ a1: 'replaced', b1: 'not-excluded', a2: 'not-excluded', c1: 'not-excluded', d1: 1, e1: 'after-as-of' });
  });

  it('puts every project with an estimate in a band, excluded ones too; a share counts 1/n per row', () => {
    expect(verdicts('costBands.over-200.count')).toEqual({ a1: 'replaced', b1: 1, a2: 'other-band', c1: 'no-cost', d1: 1, e1: 'after-as-of' });
    const share = explain('costBands.over-200.share');
    expect(share).toMatchObject({ kind: 'share', value: 2 / 3, of: 3 });
    expect(verdicts('costBands.over-200.share')).toEqual({ a1: 'replaced', b1: 1 / 3, a2: 'other-band', c1: 'no-cost', d1: 1 / 3, e1: 'after-as-of' });
  });
});

describe('explain: questions and recommendations', () => {
  it('counts the rows of a theme', () => {
    expect(verdicts('questions.total')).toEqual({ q1: 1, q2: 1, q3: 'after-as-of', q4: 1 });
    expect(verdicts('themes.usikkerhet.questions')).toEqual({ q1: 'other-theme', q2: 1, q3: 'after-as-of', q4: 'other-theme' });
    expect(explain('themes.usikkerhet.questionShare')).toMatchObject({ value: 1 / 3, of: 3 });
    expect(verdicts('themes.usikkerhet.recommendations')).toEqual({ r1: 'other-theme', r2: 1, r3: 1, r4: 'other-theme', r5: 'after-as-of' });
  });

  it('takes questions and recommendations together for mainThemes.share', () => {
    const main = explain('mainThemes.share');
    expect(main).toMatchObject({ value: 4 / 7, of: 7 });
    expect(main.rows.map((r) => `${r.register}:${r.line}:${r.id}`)).toEqual([
      'questions:2:q1',
      'questions:3:q2',
      'questions:4:q3',
      'questions:5:q4',
      'recommendations:2:r1',
      'recommendations:3:r2',
      'recommendations:4:r3',
      'recommendations:5:r4',
      'recommendations:6:r5',
    ]);
    expect(verdicts('mainThemes.byYear.2019.recommendationShare')).toEqual({
      r1: 'other-year',
      r2: 'other-year',
      r3: 'other-theme',
      r4: 1 / 2,
      r5: 'after-as-of',
    });
  });

  it('counts tags by recommendation, by project and by year', () => {
    expect(verdicts('tags.kommunikasjon.recommendations')).toEqual({ r1: 1, r2: 1, r3: 1, r4: 'no-such-tag', r5: 'after-as-of' });
    // r3 belongs to a2, a revisit of a1: the project r1 counted already.
    expect(verdicts('tags.kommunikasjon.projects')).toEqual({ r1: 1, r2: 1, r3: 'already-counted', r4: 'no-such-tag', r5: 'after-as-of' });
    expect(explain('tags.kommunikasjon.projects').rows.find((r) => r.id === 'r3')!.project).toBe('a1');
    expect(verdicts('tags.kommunikasjon.byYear.2019.count')).toEqual({ r1: 'other-year', r2: 'other-year', r3: 1, r4: 'no-such-tag', r5: 'after-as-of' });
    expect(explain('tags.kommunikasjon.byYear.2019.share')).toMatchObject({ value: 1 / 2, of: 2 });
  });

  it('counts the rows of a year', () => {
    expect(verdicts('byYear.2019.questions')).toEqual({ q1: 'other-year', q2: 'other-year', q3: 'after-as-of', q4: 1 });
    expect(verdicts('byYear.2019.recommendations')).toEqual({ r1: 'other-year', r2: 'other-year', r3: 1, r4: 1, r5: 'after-as-of' });
  });
});

describe('explain: conversations', () => {
  it('counts conversations up to as-of, and in the period', () => {
    expect(verdicts('conversations.total')).toEqual({ k1: 1, k2: 1, k3: 'after-as-of' });
    expect(verdicts('conversations.inPeriod')).toEqual({ k1: 'before-period', k2: 1, k3: 'after-as-of' });
    expect(explain('conversations.inPeriod').rows[1]).toEqual({ register: 'conversations', line: 3, id: 'k2', project: 'b1', included: true, contributes: 1 });
  });
});

describe('figure paths', () => {
  const paths = figurePaths(figures);

  it('are the figures of the stats document, without the period and labels', () => {
    expect(paths).toContain('totals.costMnok');
    expect(paths).toContain('costBands.26-50.share');
    expect(paths).toContain('tags.laer-av-andre.byYear.2018.count');
    expect(paths).toContain('totals.excluded');
    expect(paths).not.toContain('period.asOf');
    expect(paths).not.toContain('themes.usikkerhet.label');
    expect(paths.some((p) => p.startsWith('mainThemes.themes'))).toBe(false);
    // A tag used only after as-of is no figure of this period.
    expect(paths.some((p) => p.startsWith('tags.') && !p.startsWith('tags.kommunikasjon.') && !p.startsWith('tags.laer-av-andre.'))).toBe(false);
  });

  it('has no explanation for a path that is not a figure', () => {
    for (const path of [
      'totals.cost',
      'period.asOf',
      'themes.usikkerhet.label',
      'tags.smidig.recommendations',
      'byYear.2020.projects',
      'constructor',
      'totals.excluded.0.id',
    ]) {
      expect(explainFigure(data, figures, path, DEFAULT_SETTINGS)).toBeUndefined();
    }
  });
});
