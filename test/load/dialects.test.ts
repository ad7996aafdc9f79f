import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { DIALECTS, readSheet, writeSheet } from '../helpers/dialects.js';

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

  it('says on stderr that a Windows-1252 register was read as such', async () => {
    const dir = join(root, 'announce');
    writeDialect(dir, DIALECTS[1]!);
    const { stderr } = await runCli(['stats', '--data', dir]);
    expect(stderr).toContain(`${join(dir, 'projects.csv')}: lest som Windows-1252 (filen er ikke gyldig UTF-8)`);
    expect((await runCli(['stats', '--data', dir, '--lang', 'en'])).stderr).toContain(`${join(dir, 'projects.csv')}: read as Windows-1252 (it is not valid UTF-8)`);
  });

  it('reads a Windows-1252 register wrongly when told it is UTF-8, and rightly when forced', async () => {
    const dir = join(root, 'forced');
    writeDialect(dir, DIALECTS[1]!);
    const forced = await runCli(['stats', '--format', 'json', '--data', dir, '--encoding', 'windows-1252']);
    const expected = await runCli(['stats', '--format', 'json', '--data', BASE.pathname]);
    expect(forced.stdout).toBe(expected.stdout);
    const wrong = await runCli(['stats', '--format', 'json', '--data', dir, '--encoding', 'utf-8']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('er ikke ett av de seks temaene');
  });
});
