import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issue } from '../../src/model/rules.js';
import { problemGithub } from '../../src/present/problems.js';
import { runCli, tempDir } from '../support/cli.js';
import { expectFile } from '../support/expected.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('expected/validate-github.txt', import.meta.url));

describe('validate --format github', () => {
  it('prints a workflow command per problem, as the golden file has them', async () => {
    const cwd = tempDir();
    const dir = join(cwd, 'registers');
    cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
    for (const file of readdirSync(join(FIXTURES, 'broken', 'five-problems')).filter((f) => f.endsWith('.csv')))
      cpSync(join(FIXTURES, 'broken', 'five-problems', file), join(dir, file));
    const result = await runCli(['validate', '--data', 'registers', '--format', 'github', '--lang', 'en'], { cwd });
    expectFile(result.stdout, GOLDEN);
    expect(result.code).toBe(1);
  });

  it("escapes what GitHub's parser would read as the end of a property or of the message", () => {
    const problem = { severity: 'error' as const, file: 'data/a,b:c%.csv', line: 3, column: 'name', value: '100%\r\nx', ...issue('not-a-number') };
    expect(problemGithub(problem, 'en')).toBe(
      '::error file=data/a%2Cb%3Ac%25.csv,line=3,title=not-a-number::name "100%25\\r\\nx" is not a number (hint: write million NOK as 1234,5 or 1 234,5 or 1234.5)',
    );
    expect(problemGithub({ ...problem, file: 'x\r\ny.csv' }, 'en')).toMatch(/^::error file=x%0D%0Ay\.csv,line=3,/);
  });
});
