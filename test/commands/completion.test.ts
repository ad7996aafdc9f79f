import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

async function script(shell: string): Promise<string> {
  const result = await runCli(['completion', shell]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const file = join(tempDir(), `digiraad.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

describe('digiraad completion', () => {
  it.skipIf(!has('bash'))('completes commands, options and their values in bash', async () => {
    const file = await script('bash');
    const cwd = tempDir();
    mkdirSync(join(cwd, 'registers'));
    /** What bash offers for the last word of `line`. */
    const complete = (line: string) => {
      const words = line.split(' ');
      const program = `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; _digiraad; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return execFileSync('bash', ['-c', program], { cwd, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    };
    expect(complete('digiraad ')).toEqual(['stats', 'validate', 'report', 'projects', 'compare', 'config', 'init', 'completion', 'help', '-V', '--version', '-h', '--help']);
    expect(complete('digiraad pro')).toEqual(['projects']);
    expect(complete('digiraad projects --m')).toEqual(['--max-errors', '--main-themes', '--ministry', '--min-cost', '--max-cost']);
    expect(complete('digiraad projects --lang ')).toEqual(['nb', 'en']);
    expect(complete('digiraad compare --format ')).toEqual(['table', 'json', 'csv', 'markdown']);
    expect(complete('digiraad validate --format ')).toEqual(['text', 'json', 'github']);
    expect(complete('digiraad stats --as-of ')).toEqual([]);
    expect(complete('digiraad stats --data reg')).toEqual(['registers']);
    expect(complete('digiraad init reg')).toEqual(['registers']);
    expect(complete('digiraad init --f')).toEqual(['--force']);
    expect(complete('digiraad completion ')).toEqual(['bash', 'zsh']);
    expect(complete('digiraad help con')).toEqual(['config']);
  });

  it.skipIf(!has('zsh'))('writes a zsh script that zsh reads and registers for digiraad', async () => {
    const file = await script('zsh');
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    const registered = execFileSync('zsh', ['-fc', `autoload -U compinit; compinit -u -D; source ${JSON.stringify(file)}; print -r -- $_comps[digiraad]`], { encoding: 'utf8' });
    expect(registered.trim()).toBe('_digiraad');
  });

  it('puts every command and option of the help into the zsh script', async () => {
    const { stdout } = await runCli(['completion', 'zsh'], { env: { DIGIRAAD_LANG: 'en' } });
    expect(stdout.startsWith('#compdef digiraad\n')).toBe(true);
    expect(stdout).toContain("'projects:list the projects: name, agency, ministry, first meeting and size class, with filters'");
    expect(stdout).toContain("--lang'[language of the output]:lang:(nb en)'");
    expect(stdout).toContain("--data'[the folder with the registers (default: the shipped data/)]:dir:_files -/'");
    expect(stdout).toContain("':shell:(bash zsh)'");
    // compare takes two periods: zsh offers --report again after the first.
    expect(stdout).toContain("'*'--report'[the period of that annual report; give it twice, or once with one --as-of]:year: '");
  });

  it('refuses another shell with exit code 2', async () => {
    const result = await runCli(['completion', 'fish']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('feil: «fish» er ikke en gyldig verdi for argumentet «shell». Gyldige verdier er bash, zsh.\n');
    const english = await runCli(['completion', 'fish'], { env: { DIGIRAAD_LANG: 'en' } });
    expect(english.stderr).toBe("error: command-argument value 'fish' is invalid for argument 'shell'. Allowed choices are bash, zsh.\n");
  });
});
