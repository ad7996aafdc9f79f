import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const COMMANDS = ['stats', 'validate', 'report', 'projects', 'compare', 'config', 'init', 'completion'];
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('digiraad, the command line', () => {
  it('starts its help with examples, and ends it with settings and exit codes', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Examples:\n {2}\$ digiraad stats /);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    expect(result.stdout).toContain('Exit codes: 0 done, 1 the registers are invalid, 2 wrong usage, 3 a file could not be read or written.\n');
  });

  it.each(COMMANDS)('starts the help of %s with examples of it', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Examples:\\n {2}\\$ (source <\\()?digiraad ${command}\\b`));
    expect(result.stdout).toContain(`Usage: digiraad ${command} `);
  });

  it('prints the version of package.json', async () => {
    for (const flag of ['--version', '-V']) expect(await runCli([flag])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('suggests the closest command for an unknown one, with exit code 2', async () => {
    expect(await runCli(['stat'])).toEqual({ code: 2, stdout: '', stderr: "error: unknown command 'stat'\n(Did you mean stats?)\n" });
    expect((await runCli(['projekts'])).stderr).toContain('(Did you mean projects?)');
  });

  it('refuses an unknown option with exit code 2, suggesting the closest', async () => {
    expect(await runCli(['stats', '--bogus'])).toEqual({ code: 2, stdout: '', stderr: "error: unknown option '--bogus'\n" });
    expect((await runCli(['projects', '--agencey', 'x'])).stderr).toBe("error: unknown option '--agencey'\n(Did you mean --agency?)\n");
  });

  it('shows the help on stderr with exit code 2 when no command is given', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Examples:\n/);
  });
});
