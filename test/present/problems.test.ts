import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issue } from '../../src/model/rules.js';
import { Chalk } from 'chalk';
import type { Problem } from '../../src/model/problem.js';
import { ProblemWriter, type ProblemWriterOptions } from '../../src/present/problems.js';
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

describe('ProblemWriter', () => {
  const warning = (file: string, line: number): Problem => ({
    severity: 'warning',
    file,
    line,
    column: 'agency',
    value: 'NAV',
    ...issue('lookalike-name', { written: 'Nav', line: 2 }),
  });
  const error = (line: number): Problem => ({ severity: 'error', file: 'b.csv', line, column: 'cost_mnok', value: 'x', ...issue('not-a-number') });
  const written = (problems: Problem[], options: Partial<ProblemWriterOptions> & Pick<ProblemWriterOptions, 'format'>, unlisted?: [Problem, number]) => {
    let out = '';
    const writer = new ProblemWriter((text) => (out += Buffer.from(text).toString('utf8')), {
      display: { style: new Chalk({ level: 0 }), headerRule: true },
      lang: 'en',
      maxErrors: Infinity,
      quiet: false,
      ...options,
    });
    for (const p of problems) writer.add(p);
    if (unlisted) writer.unlisted(...unlisted);
    writer.finish();
    return out;
  };

  it('text: counts the warnings of a rule past the first three after the problems of their file', () => {
    const lines = written([...[2, 3, 4, 5, 6].map((n) => warning('a.csv', n)), error(2), ...[2, 3, 4, 5].map((n) => warning('b.csv', n))], { format: 'text' })
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(/\]: .*/, ']'));
    expect(lines).toEqual([
      'a.csv:2: warning[lookalike-name]',
      'a.csv:3: warning[lookalike-name]',
      'a.csv:4: warning[lookalike-name]',
      '  + 2 more warnings like these in a.csv',
      'b.csv:2: error[not-a-number]',
      'b.csv:2: warning[lookalike-name]',
      'b.csv:3: warning[lookalike-name]',
      'b.csv:4: warning[lookalike-name]',
      '  + 1 more warning like these in b.csv',
      '1 error, 9 warnings',
    ]);
  });

  it('text: warnings found but not kept join the count of their like', () => {
    expect(
      written([warning('a.csv', 2)], { format: 'text' }, [warning('a.csv', 3), 10])
        .split('\n')
        .slice(1),
    ).toEqual(['  + 10 more warnings like these in a.csv', '0 errors, 11 warnings', '']);
  });

  it('json: what --max-errors and --quiet leave out is counted, and each rule', () => {
    const document = JSON.parse(written([error(2), warning('b.csv', 3), error(4), error(5)], { format: 'json', maxErrors: 2, quiet: true }));
    expect(document).toMatchObject({
      valid: false,
      errors: 3,
      warnings: 1,
      omitted: { errors: 1, warnings: 1 },
      rules: { 'lookalike-name': 1, 'not-a-number': 3 },
    });
    expect(document.problems.map((p: Problem) => p.line)).toEqual([2, 4]);
    expect(JSON.parse(written([], { format: 'json' }))).toEqual({
      problems: [],
      valid: true,
      errors: 0,
      warnings: 0,
      omitted: { errors: 0, warnings: 0 },
      rules: {},
    });
  });
});
