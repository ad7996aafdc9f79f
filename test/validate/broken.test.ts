import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { expectMatchesSchema } from '../support/schemas.js';
import { expectFile } from '../support/expected.js';

// xsv-style: each folder of fixtures/broken/ holds the files that differ from fixtures/base/
// (and REMOVE lists files to delete), next to expected.txt, the exact `digiraad validate` output,
// and exit-code, the exit code it must end with.
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const CASES = readdirSync(join(FIXTURES, 'broken')).sort();
/** What a case folder holds besides register files. */
const NOT_REGISTERS = /^(expected.*\.txt|exit-code)$/;

/** The base register with the case's files laid over it, in `<tmp>/<case>/`. */
function brokenRegister(root: string, name: string): string {
  const dir = join(root, name);
  const source = join(FIXTURES, 'broken', name);
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  for (const file of existsSync(source) ? readdirSync(source) : []) {
    if (NOT_REGISTERS.test(file)) continue;
    if (file === 'REMOVE') for (const gone of readFileSync(join(source, file), 'utf8').trim().split('\n')) rmSync(join(dir, gone));
    else cpSync(join(source, file), join(dir, file));
  }
  return dir;
}

describe('digiraad validate on a broken register', () => {
  const root = tempDir();

  it.each(CASES)('%s', async (name) => {
    brokenRegister(root, name);
    const result = await runCli(['validate', '--data', name], { cwd: root });
    expectFile(result.stdout, join(FIXTURES, 'broken', name, 'expected.txt'));
    expect(result.code).toBe(Number(readFileSync(join(FIXTURES, 'broken', name, 'exit-code'), 'utf8')));
    expect(result.stderr).not.toContain('internal error');
    const json = await runCli(['validate', '--data', name, '--format', 'json'], { cwd: root });
    expect(json.code).toBe(result.code);
    expectMatchesSchema('validate', JSON.parse(json.stdout), `${name}: validate --format json`);
  });

  it('refuses the broken register in every other command, naming the problems on stderr', async () => {
    const dir = brokenRegister(root, 'unknown-theme');
    const result = await runCli(['stats', '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'questions.csv:4: feil[unknown-theme]: theme "Gevinstrealisring" er ikke ett av de seks temaene (tips: mente du «Gevinstrealisering»?)',
    );
    expect(result.stderr).toContain('digiraad: registrene har feil: rett feilene over (digiraad validate viser alle)');
  });

  it('reports a 10 MB single field at its line, without reading it all, and without a stack trace', async () => {
    const dir = brokenRegister(root, 'huge-field');
    const huge = 'x'.repeat(10 * 1024 * 1024);
    writeFileSync(join(dir, 'questions.csv'), `id,project_id,theme,text\nq1,2018-alfa,Usikkerhet,${huge}\n`);
    const result = await runCli(['validate', '--data', 'huge-field'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'huge-field/questions.csv:2: feil[row-too-long]: raden som begynner her, er lengre enn 1000000 tegn, så lesingen stoppet (tips: kanskje et anførselstegn ikke er lukket, eller filen er ikke et register)\n1 feil, 0 advarsler\n',
    );
  });

  it('reports a value over the cell limit with its column', async () => {
    const dir = brokenRegister(root, 'long-text');
    writeFileSync(join(dir, 'questions.csv'), `id,project_id,theme,text\nq1,2018-alfa,Usikkerhet,"${'y'.repeat(200_000)}"\n`);
    const result = await runCli(['validate', '--data', 'long-text', '--lang', 'en'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `long-text/questions.csv:2: error[value-too-long]: text "${'y'.repeat(59)}…" is 200000 characters long, the limit is 100000 (hint: a quote may be missing, so that the rest of the file became one value)\n1 error, 0 warnings\n`,
    );
  });

  it('speaks English with --lang en', async () => {
    brokenRegister(root, 'five-problems');
    const result = await runCli(['validate', '--data', 'five-problems', '--lang', 'en'], { cwd: root });
    expect(result.code).toBe(1);
    expectFile(result.stdout, join(FIXTURES, 'broken', 'five-problems', 'expected.en.txt'));
  });

  it('speaks nynorsk with --lang nn', async () => {
    brokenRegister(root, 'five-problems');
    const result = await runCli(['validate', '--data', 'five-problems', '--lang', 'nn'], { cwd: root });
    expect(result.code).toBe(1);
    expectFile(result.stdout, join(FIXTURES, 'broken', 'five-problems', 'expected.nn.txt'));
    expect(result.stdout).toMatch(/\n5 feil, 1 åtvaring\n$/);
    // A missing theme is hinted with the nynorsk names, which the registers accept.
    const dir = brokenRegister(root, 'missing-theme');
    writeFileSync(join(dir, 'questions.csv'), 'id,project_id,theme\nq1,2018-alfa,\n');
    expect((await runCli(['validate', '--data', 'missing-theme', '--lang', 'nn'], { cwd: root })).stdout).toBe(
      'missing-theme/questions.csv:2: feil[missing-value]: theme: eit tema må fyllast inn (tips: skriv eitt av: Organisering og styring; Behov, mål og løysing; Usikkerheit; Gevinstrealisering; Konkurransestrategi; IT-politiske føringar)\n1 feil, 0 åtvaringar\n',
    );
  });

  it('lists at most --max-errors errors and says how many more there are', async () => {
    brokenRegister(root, 'five-problems');
    const result = await runCli(['validate', '--data', 'five-problems', '--max-errors', '2'], { cwd: root });
    expect(result.code).toBe(1);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .filter((l) => l.includes(': feil[')),
    ).toHaveLength(2);
    expect(result.stdout).toMatch(/\n5 feil, 1 advarsel \(3 feil til er ikke vist: øk --max-errors\)\n$/);
  });

  it('gives scripts JSON', async () => {
    brokenRegister(root, 'unknown-theme');
    const result = await runCli(['validate', '--data', 'unknown-theme', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      errors: 1,
      warnings: 0,
      omitted: { errors: 0, warnings: 0 },
      rules: { 'unknown-theme': 1 },
      problems: [
        {
          severity: 'error',
          file: 'unknown-theme/questions.csv',
          line: 4,
          column: 'theme',
          // q3,2019-gamma,Gevinstrealisring: the cell starts at the line's 15th character.
          col: 15,
          value: 'Gevinstrealisring',
          rule: 'unknown-theme',
          params: { closest: 'Gevinstrealisering' },
          message: 'is not one of the six themes',
          hint: 'did you mean "Gevinstrealisering"?',
        },
      ],
    });
  });
});
