import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/problem.js';
import type { Treatment } from '../../src/model/registers.js';
import { issue } from '../../src/model/rules.js';
import { checkRepeatedProjects } from '../../src/validate/repeats.js';
import { lookalikeKey } from '../../src/validate/text.js';
import { problemLines, validateWith } from '../support/folders.js';
import { treatment } from '../support/registers.js';

const HEADER = 'id,name,agency,ministry,meeting_date,cost_mnok,benefit_mnok,programme,shared_solution,exclude_from_totals,revisit_of';
const EMPTY = { 'questions.csv': 'id,project_id,theme\n', 'recommendations.csv': 'id,project_id,theme\n', 'conversations.csv': 'id,project_id,date\n' };

describe('a project entered twice', () => {
  it('warns when a treatment has the name and agency of an earlier project but no revisit_of, and suggests it', async () => {
    const projects = `${HEADER}
2018-alfa,Alfa-plattformen,Arkivverket,Kulturdepartementet,2018-03-14,,,no,no,no,
2019-alfa-2,Alfa-plattformen,Arkivverket,Kulturdepartementet,2019-03-14,,,no,no,no,2018-alfa
2019-alfa-3,alfa-plattformen ,ARKIVVERKET,Kulturdepartementet,2019-06-14,,,no,no,no,
2019-beta,Alfa-plattformen,Skatteetaten,Finansdepartementet,2019-06-15,,,no,no,no,
`;
    const result = await validateWith({ ...EMPTY, 'projects.csv': projects });
    expect(result.code).toBe(0);
    expect(problemLines(result.stdout).filter((l) => !l.includes('lookalike'))).toEqual([
      'projects.csv:4: advarsel[repeated-project]: name "alfa-plattformen" har samme navn og virksomhet som 2018-alfa (linje 2), men ingen revisit_of (tips: hvis rådet behandlet det prosjektet på nytt, sett revisit_of til 2018-alfa)',
    ]);
  });
});

/** The check as first written: per agency key, a map of name keys to the first treatment with both, in meeting order. */
function plainRepeats(treatments: readonly Treatment[], index: ReadonlyMap<string, number>): Problem[] {
  const ordered = [...treatments].sort((a, b) => (a.meetingDate < b.meetingDate ? -1 : a.meetingDate > b.meetingDate ? 1 : a.line - b.line));
  const firstOf = (treatment: Treatment) => {
    const seen = new Set<string>();
    let current = treatment;
    while (current.revisitOf !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const target = treatments[index.get(current.revisitOf) ?? -1];
      if (!target) break;
      current = target;
    }
    return current;
  };
  const earlier = new Map<string, Map<string, Treatment>>();
  const found: Problem[] = [];
  for (const treatment of ordered) {
    const agency = lookalikeKey(treatment.agency);
    const names = earlier.get(agency) ?? new Map<string, Treatment>();
    earlier.set(agency, names);
    const name = lookalikeKey(treatment.name);
    const before = names.get(name);
    if (!before) names.set(name, treatment);
    else if (treatment.revisitOf === null) {
      const project = firstOf(before);
      found.push({
        severity: 'warning',
        file: 'projects.csv',
        line: treatment.line,
        column: 'name',
        value: treatment.name,
        ...issue('repeated-project', { id: project.id, line: project.line }),
      });
    }
  }
  return found;
}

describe('the repeated-project check', () => {
  // Few names and agencies, written several ways (case, spaces, full width), so that pairs repeat
  // and share hash slots; revisits that point back, forward, nowhere and round in a circle.
  const spelling = (base: string) => fc.constantFrom(base, base.toUpperCase(), ` ${base}`, base.replace(' ', '  '), base.replace('a', 'ａ'));
  const treatmentsOf = fc
    .array(
      fc.record({
        name: fc.constantFrom('alfa plattform', 'beta', 'gamma app', 'delta').chain(spelling),
        agency: fc.constantFrom('nav', 'skatteetaten', 'arkiv verket').chain(spelling),
        day: fc.integer({ min: 1, max: 9 }),
        revisit: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 3 }),
      }),
      { maxLength: 60 },
    )
    .map((rows) =>
      rows.map(
        (row, i): Treatment => ({
          ...treatment(`t${i}`, `2019-01-0${row.day}`, { name: row.name, agency: row.agency, revisitOf: row.revisit === null ? null : `t${row.revisit}` }),
          line: i + 2,
        }),
      ),
    );

  it('finds the same repeats, in the same order, as a map per agency of names', () => {
    fc.assert(
      fc.property(treatmentsOf, (treatments) => {
        const index = new Map(treatments.map((t, i) => [t.id, i]));
        expect(checkRepeatedProjects('projects.csv', treatments, index)).toEqual(plainRepeats(treatments, index));
      }),
      { numRuns: 500 },
    );
  });
});
