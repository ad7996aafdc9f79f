import { describe, expect, it } from 'vitest';
import { problemLines, validateWith } from '../support/folders.js';

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
