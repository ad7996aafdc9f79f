import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const BASE = fileURLToPath(new URL('../fixtures/base/', import.meta.url));
const SHIPPED = fileURLToPath(new URL('../../data', import.meta.url));

/** A folder holding the base registers (4 treatments), so that it is told from the shipped data (56). */
function registers(dir: string): string {
  cpSync(BASE, dir, { recursive: true });
  return dir;
}

const treatments = async (cwd: string, env: NodeJS.ProcessEnv = {}, ...flags: string[]) => {
  const result = await runCli(['stats', '--format', 'json', ...flags], { cwd, env });
  expect(result.code).toBe(0);
  return { treatments: JSON.parse(result.stdout).projects.treatments as number, stderr: result.stderr };
};

const dataRule = async (cwd: string, env: NodeJS.ProcessEnv = {}, ...flags: string[]) =>
  JSON.parse((await runCli(['config', '--format', 'json', ...flags], { cwd, env })).stdout).dataFolder;

describe('which data folder is read', () => {
  it('reads the registers in the current folder, without a word, rather than the shipped ones', async () => {
    const cwd = registers(tempDir());
    expect(await treatments(cwd)).toEqual({ treatments: 4, stderr: '' });
    expect(await dataRule(cwd)).toEqual({ path: cwd, rule: 'cwd' });
  });

  it('falls back on the shipped registers, and says so on stderr every time, in the language asked for', async () => {
    const cwd = tempDir();
    expect(await treatments(cwd)).toEqual({ treatments: 56, stderr: `bruker eksempelregistrene som følger med digiraad (${SHIPPED})\n` });
    expect((await treatments(cwd, {}, '--lang', 'en')).stderr).toBe(`using the example registers that come with digiraad (${SHIPPED})\n`);
    expect(await dataRule(cwd)).toEqual({ path: SHIPPED, rule: 'shipped' });
  });

  it('finds digiraad.config.json in the nearest parent that has one, its data relative to that file', async () => {
    const root = tempDir();
    registers(join(root, 'registers'));
    writeFileSync(join(root, 'digiraad.config.json'), JSON.stringify({ data: 'registers' }));
    const deep = join(root, 'notes', '2019');
    mkdirSync(deep, { recursive: true });
    expect(await treatments(deep)).toEqual({ treatments: 4, stderr: '' });
    expect(await dataRule(deep)).toEqual({ path: join(root, 'registers'), rule: 'file', configFile: join(root, 'digiraad.config.json') });
    // A nearer config file without data stops the search: the next rules apply.
    writeFileSync(join(root, 'notes', 'digiraad.config.json'), JSON.stringify({ lang: 'en' }));
    expect((await treatments(deep)).treatments).toBe(56);
  });

  it('takes DIGIRAAD_DATA over the config file and the current folder, and --data over all', async () => {
    const cwd = registers(tempDir());
    const other = registers(tempDir());
    writeFileSync(join(other, 'projects.csv'), 'id,name,agency,ministry,meeting_date\nx,X,A,M,2019-01-01\n');
    writeFileSync(join(cwd, 'digiraad.config.json'), JSON.stringify({ data: SHIPPED }));
    expect((await treatments(cwd)).treatments).toBe(56);
    expect(await dataRule(cwd, { DIGIRAAD_DATA: other })).toEqual({ path: other, rule: 'environment' });
    expect(await dataRule(cwd, { DIGIRAAD_DATA: other }, '--data', '.')).toEqual({ path: cwd, rule: 'flag' });
  });

  it('names the rule in digiraad config', async () => {
    const cwd = registers(tempDir());
    expect((await runCli(['config'], { cwd })).stdout).toMatch(/│ data +│ \. \(registrene i mappen du står i\) +│ standard/);
  });
});
