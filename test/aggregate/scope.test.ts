import fc from 'fast-check';
import { max, min, sum } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/aggregate/index.js';
import { sameName } from '../../src/aggregate/projects.js';
import type { Period } from '../../src/model/period.js';
import type { Registers, Treatment } from '../../src/model/registers.js';
import { TaggedRowsBuilder } from '../../src/model/tagged-rows.js';
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

/**
 * The project figures as first written, on objects: each treatment's project is the root of its
 * revisit chain; the treatments up to as-of in meeting order (a day's rows in file order); a
 * project per root dated up to as-of, made when its first treatment in that order comes and listed
 * by its first treatment's date (stably); each family of figures a filter over those projects.
 */
function plainFigures(treatments: readonly Treatment[], period: Period) {
  const index = new Map(treatments.map((t, i) => [t.id, i]));
  const rootOf = (i: number) => {
    for (let at = i; ; ) {
      const next = treatments[at]!.revisitOf === null ? undefined : index.get(treatments[at]!.revisitOf!);
      if (next === undefined) return at;
      at = next;
    }
  };
  const upTo = (t: Treatment) => t.meetingDate <= period.asOf;
  const inPeriod = (t: Treatment) => t.meetingDate > period.since && upTo(t);
  const order = treatments
    .map((_, i) => i)
    .filter((i) => upTo(treatments[i]!))
    .sort((a, b) => (treatments[a]!.meetingDate < treatments[b]!.meetingDate ? -1 : treatments[a]!.meetingDate > treatments[b]!.meetingDate ? 1 : a - b));
  const states = new Map<number, { first: Treatment; latest: Treatment }>();
  for (const i of order) {
    const root = rootOf(i);
    if (!upTo(treatments[root]!)) continue;
    const state = states.get(root);
    if (state) state.latest = treatments[i]!;
    else states.set(root, { first: treatments[root]!, latest: treatments[i]! });
  }
  const projects = [...states.values()].sort((a, b) => (a.first.meetingDate < b.first.meetingDate ? -1 : a.first.meetingDate > b.first.meetingDate ? 1 : 0));
  const upToAsOf = order.map((i) => treatments[i]!);
  const withCost = projects.filter((p) => p.latest.costMnok !== null);
  const counted = withCost.filter((p) => !p.latest.excludeFromTotals).map((p) => p.latest);
  const costs = counted.map((t) => t.costMnok!);
  const benefits = counted.filter((t) => t.benefitMnok !== null).map((t) => t.benefitMnok!);
  const money = (amounts: number[]) => (amounts.length === 0 ? 0 : Math.round(sum(amounts) * 1e6) / 1e6);
  const years = [...new Set(upToAsOf.map((t) => t.meetingDate.slice(0, 4)))].sort();
  const bands = [withCost.filter((p) => p.latest.costMnok! < 26).length, withCost.filter((p) => p.latest.costMnok! >= 26).length];
  return {
    projects: {
      total: projects.length,
      treatments: upToAsOf.length,
      inPeriod: projects.filter((p) => inPeriod(p.first)).length,
      inPeriodSharedSolution: projects.filter((p) => inPeriod(p.first) && p.latest.sharedSolution).length,
      agencies: new Set(upToAsOf.flatMap((t) => t.agencies).map(sameName)).size,
      ministries: new Set(upToAsOf.map((t) => sameName(t.ministry))).size,
      programmes: projects.filter((p) => p.latest.programme).length,
      withCost: withCost.length,
      withoutCost: projects.length - withCost.length,
    },
    totals: {
      counted: counted.length,
      costMnok: money(costs),
      benefitMnok: money(benefits),
      costRange: { min: costs.length ? min(costs) : 0, max: costs.length ? max(costs) : 0 },
      excluded: projects
        .filter((p) => p.latest.excludeFromTotals)
        .map((p) => ({ id: p.first.id, name: p.latest.name, costMnok: p.latest.costMnok, benefitMnok: p.latest.benefitMnok })),
    },
    costBands: {
      'under-26': { count: bands[0], share: withCost.length ? bands[0]! / withCost.length : 0 },
      'from-26': { count: bands[1], share: withCost.length ? bands[1]! / withCost.length : 0 },
    },
    byYear: Object.fromEntries(
      years.map((year) => [
        year,
        {
          projects: projects.filter((p) => p.first.meetingDate.startsWith(year)).length,
          treatments: upToAsOf.filter((t) => t.meetingDate.startsWith(year)).length,
          questions: 0,
          recommendations: 0,
        },
      ]),
    ),
  };
}

describe('the project figures, computed on indexes', () => {
  // Unvalidated registers, as computeFigures takes any: rows out of date order, revisits of earlier
  // rows dated after them or before them, first treatments after as-of, amounts with fractions.
  const amount = fc.option(fc.constantFrom(0, 3, 12.1, 0.2, 25.9, 26, 1142.4, 9_999_999.5), { freq: 3 });
  const treatmentsOf = fc
    .array(
      fc.record({
        date: fc.constantFrom('2017-12-31', '2018-01-01', '2018-06-30', '2018-07-01', '2019-02-01', '2019-06-30', '2019-07-01'),
        revisit: fc.option(fc.nat(), { freq: 2 }),
        costMnok: amount,
        benefitMnok: amount,
        flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
        agency: fc.constantFrom('NAV', 'nav ', 'Skatteetaten', 'NAV/Skatteetaten'),
        ministry: fc.constantFrom('ASD', 'asd', 'FIN'),
      }),
      { maxLength: 40 },
    )
    .map((rows) =>
      rows.map(
        (row, i): Treatment => ({
          ...treatment(`t${i}`, row.date, {
            // Only earlier rows: no cycles (validation refuses them; the walk stops at one either way).
            revisitOf: row.revisit === null || i === 0 ? null : `t${row.revisit % i}`,
            costMnok: row.costMnok,
            benefitMnok: row.benefitMnok,
            programme: row.flags[0],
            sharedSolution: row.flags[1],
            excludeFromTotals: row.flags[2],
            agency: row.agency,
            agencies: row.agency.split('/'),
            ministry: row.ministry,
          }),
          line: i + 2,
        }),
      ),
    );
  const none = new TaggedRowsBuilder().build();

  it('are those of the filters over project objects', () => {
    const period = { since: '2018-06-30', asOf: '2019-06-30' };
    fc.assert(
      fc.property(treatmentsOf, (treatments) => {
        const data: Registers = { treatments, questions: none, recommendations: none, conversations: [], reports: [], tags: [], files: {} };
        const { projects, totals, costBands, byYear } = computeFigures(data, period, { costBandEdges: [26], mainThemes: [], highlightTag: '' });
        expect({ projects, totals, costBands, byYear }).toEqual(plainFigures(treatments, period));
      }),
      { numRuns: 1000 },
    );
  });
});
