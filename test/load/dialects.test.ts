import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { DIALECTS, readSheet, writeSheet } from '../support/dialects.js';

const BASE = new URL('../fixtures/base/', import.meta.url);
const REGISTERS = ['projects', 'questions', 'recommendations', 'conversations', 'reports'];

function writeDialect(dir: string, dialect: (typeof DIALECTS)[number]): void {
  mkdirSync(dir, { recursive: true });
  for (const register of REGISTERS) {
    writeFileSync(join(dir, `${register}.csv`), writeSheet(readSheet(readFileSync(new URL(`${register}.csv`, BASE), 'utf8')), dialect));
  }
}

describe('one register in three dialects', () => {
  const root = tempDir();

  it.each(DIALECTS.map((d) => [d.name, d] as const))('%s gives the same figures as the original', async (name, dialect) => {
    const dir = join(root, name);
    writeDialect(dir, dialect);
    const expected = await runCli(['stats', '--format', 'json', '--data', BASE.pathname]);
    const actual = await runCli(['stats', '--format', 'json', '--data', dir]);
    expect(actual.code).toBe(0);
    expect(actual.stdout).toBe(expected.stdout);
    expect(JSON.parse(actual.stdout).totals.costMnok).toBe(200.75);
  });

  it('skips blank lines and rows of bare delimiters, as Excel leaves them, and still counts lines', async () => {
    const dir = join(root, 'excel-tail');
    writeDialect(dir, DIALECTS[1]!);
    const projects = readFileSync(join(dir, 'projects.csv'));
    writeFileSync(join(dir, 'projects.csv'), Buffer.concat([projects, Buffer.from(';;;;;;;;;;\r\n\r\n;;;;;;;;;;\r\n')]));
    const questions = readFileSync(join(dir, 'questions.csv'), 'latin1').replace('\r\n', '\r\n;;;\r\n');
    writeFileSync(join(dir, 'questions.csv'), Buffer.from(questions, 'latin1'));
    const expected = await runCli(['stats', '--format', 'json', '--data', BASE.pathname]);
    expect((await runCli(['stats', '--format', 'json', '--data', dir])).stdout).toBe(expected.stdout);
    // q1 is on line 3 now, below the row of bare delimiters.
    writeFileSync(join(dir, 'questions.csv'), Buffer.from(questions.replace('Organisering og styring', 'Organisering og styrng'), 'latin1'));
    expect((await runCli(['validate', '--data', dir])).stdout).toContain('questions.csv:3: feil[unknown-theme]');
  });

  it('says on stderr that a Windows-1252 register was read as such', async () => {
    const dir = join(root, 'announce');
    writeDialect(dir, DIALECTS[1]!);
    const { stderr } = await runCli(['stats', '--data', dir]);
    expect(stderr).toContain(`${join(dir, 'projects.csv')}: lest som Windows-1252 (filen er ikke gyldig UTF-8)`);
    expect((await runCli(['stats', '--data', dir, '--lang', 'en'])).stderr).toContain(
      `${join(dir, 'projects.csv')}: read as Windows-1252 (it is not valid UTF-8)`,
    );
  });

  it('reads a Windows-1252 register wrongly when told it is UTF-8, and rightly when forced', async () => {
    const dir = join(root, 'forced');
    writeDialect(dir, DIALECTS[1]!);
    const forced = await runCli(['stats', '--format', 'json', '--data', dir, '--encoding', 'windows-1252']);
    const expected = await runCli(['stats', '--format', 'json', '--data', BASE.pathname]);
    expect(forced.stdout).toBe(expected.stdout);
    const wrong = await runCli(['stats', '--format', 'json', '--data', dir, '--encoding', 'utf-8']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('har byte som ikke er UTF-8');
  });
});
