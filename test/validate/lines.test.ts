import { afterAll, describe, expect, it } from 'vitest';
import { readRegisters } from '../../src/load/registers.js';
import { RegistersValidator } from '../../src/validate/index.js';
import { removeTempDirs, tempDir } from '../support/cli.js';
import { writeRegisters } from '../support/registers.js';

afterAll(removeTempDirs);

/** Registers where a quoted cell spans two lines, so a row's line is not its index + 2. */
function folder(): string {
  return writeRegisters(tempDir(), {
    projects: ['id,name,agency,ministry,meeting_date', 'p1,"Alfa', 'over to linjer",A,M,2019-01-01', 'p2,Beta,B,M,2019-02-01'],
    questions: ['id,project_id,theme', 'q1,p2,usikkerhet', 'q2,p1,usikkerhet'],
    recommendations: ['id,project_id,theme,text', 'r1,p1,usikkerhet,"én', 'to"', 'r2,p2,usikkerhet,'],
    conversations: ['id,project_id,date', 'c1,p1,2019-03-01'],
  });
}

async function validate(dir: string, keepRowIds?: boolean) {
  const validator = new RegistersValidator({ keepRowIds });
  await readRegisters(dir, validator, { displayDir: 'mine' });
  return validator.finish();
}

describe('the typed registers know where each row is', () => {
  it('keeps the line each row starts on, and each register file as validation names it', async () => {
    const { registers, problems } = await validate(folder());
    expect(problems).toEqual([]);
    expect(registers.treatments.map((t) => [t.id, t.line])).toEqual([
      ['p1', 2],
      ['p2', 4],
    ]);
    expect([...registers.questions.line]).toEqual([2, 3]);
    expect([...registers.recommendations.line]).toEqual([2, 4]);
    expect(registers.conversations.map((c) => [c.id, c.line])).toEqual([['c1', 2]]);
    expect(registers.files).toEqual({
      projects: 'mine/projects.csv',
      questions: 'mine/questions.csv',
      recommendations: 'mine/recommendations.csv',
      conversations: 'mine/conversations.csv',
    });
  });

  it('keeps the ids of questions and recommendations only when asked', async () => {
    const dir = folder();
    expect((await validate(dir)).registers.questions.ids).toBeNull();
    const { registers } = await validate(dir, true);
    expect(registers.questions.ids).toEqual(['q1', 'q2']);
    expect(registers.recommendations.ids).toEqual(['r1', 'r2']);
  });
});
