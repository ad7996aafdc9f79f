import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
// util-linux script, with its log to /dev/null (by default it writes ./typescript).
const hasScript = spawnSync('script', ['-qec', 'exit 0', '/dev/null']).status === 0;
const BASE = fileURLToPath(new URL('../fixtures/base', import.meta.url));

/** A PATH on which `digiraad` is the built CLI, as after `npm install -g`: the scripts ask it for report years and tags. */
function pathWithDigiraad(): string {
  const bin = tempDir();
  symlinkSync(fileURLToPath(new URL('../../bin/digiraad.js', import.meta.url)), join(bin, 'digiraad'));
  return `${bin}:${process.env.PATH}`;
}

/**
 * What the command line becomes when `typed` (a TAB in it completes) is typed into an
 * interactive shell in a real pseudo-terminal (util-linux `script`) and run: the words digiraad
 * gets, as `<word>` each. `digiraad` is a shell function that prints its words, except for the
 * completion's own `digiraad __complete`, which runs the built CLI.
 */
function typedLine(shell: 'bash' | 'zsh', file: string, typed: string): string {
  const setUp = {
    bash: `source ${JSON.stringify(file)}; digiraad() { if [[ $1 == __complete ]]; then command digiraad "$@"; else printf '<%s>' "$@"; echo; fi; }`,
    zsh: `autoload -U compinit; compinit -u -D; source ${JSON.stringify(file)}; digiraad() { if [[ $1 == __complete ]]; then command digiraad "$@"; else print -r -- "<\${(j:><:)@}>"; fi }`,
  }[shell];
  const command = { bash: 'bash --norc --noprofile -i', zsh: 'zsh -f -i' }[shell];
  const home = tempDir();
  const output = execFileSync('script', ['-qfec', command, '/dev/null'], {
    cwd: home,
    input: `${setUp}\n${typed}\nexit\n`,
    encoding: 'utf8',
    env: { PATH: pathWithDigiraad(), HOME: home, TERM: 'dumb' },
  });
  return /^<explain>.*$/m.exec(output.replace(/\r/g, ''))?.[0] ?? output;
}

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
    expect(complete('digiraad ')).toEqual([
      'stats',
      'validate',
      'report',
      'projects',
      'compare',
      'explain',
      'config',
      'init',
      'completion',
      'help',
      '-V',
      '--version',
      '-h',
      '--help',
    ]);
    expect(complete('digiraad pro')).toEqual(['projects']);
    expect(complete('digiraad projects --m')).toEqual(['--max-errors', '--main-themes', '--ministry', '--min-cost', '--max-cost']);
    expect(complete('digiraad projects --lang ')).toEqual(['nb', 'nn', 'en']);
    expect(complete('digiraad compare --format ')).toEqual(['table', 'json', 'csv', 'markdown', 'xlsx']);
    expect(complete('digiraad validate --format ')).toEqual(['text', 'json', 'github']);
    expect(complete('digiraad explain --format ')).toEqual(['table', 'json', 'csv', 'xlsx']);
    expect(complete('digiraad stats --encoding ')).toEqual(['auto', 'utf-8', 'windows-1252']);
    expect(complete('digiraad stats --main-themes usik')).toEqual(['usikkerhet']);
    expect(complete('digiraad stats --as-of ')).toEqual([]);
    expect(complete('digiraad stats --data reg')).toEqual(['registers']);
    expect(complete('digiraad init reg')).toEqual(['registers']);
    expect(complete('digiraad init --f')).toEqual(['--force']);
    expect(complete('digiraad completion ')).toEqual(['bash', 'zsh', 'fish']);
    expect(complete('digiraad help con')).toEqual(['config']);
  });

  it.skipIf(!has('bash'))('completes a folder with spaces as one word, and report years and tags from the data folder, in bash', async () => {
    const file = await script('bash');
    const cwd = tempDir();
    mkdirSync(join(cwd, 'my registers'));
    const PATH = pathWithDigiraad();
    /** What bash offers for the last of `words`, each a word as typed. */
    const complete = (...words: string[]) => {
      const program = `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _digiraad; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return execFileSync('bash', ['-c', program], { cwd, encoding: 'utf8', env: { PATH, HOME: cwd } })
        .split('\n')
        .filter(Boolean);
    };
    expect(complete('digiraad', 'stats', '--data', 'my')).toEqual(['my registers']);
    expect(complete('digiraad', 'stats', '--report', '')).toEqual(['2017', '2018', '2019']);
    expect(complete('digiraad', 'stats', '--data', BASE, '--report', '')).toEqual(['2018', '2019']);
    expect(complete('digiraad', 'compare', '--highlight-tag', 'l')).toEqual(['laer-av-andre', 'leverandordialog']);
    expect(complete('digiraad', 'explain', 'themes.usik')).toEqual([
      'themes.usikkerhet.questionShare',
      'themes.usikkerhet.questions',
      'themes.usikkerhet.recommendationShare',
      'themes.usikkerhet.recommendations',
    ]);
    expect(complete('digiraad', 'explain', '--data', BASE, 'byYear.2')).toEqual(
      ['2018', '2019'].flatMap((year) => ['projects', 'questions', 'recommendations', 'treatments'].map((figure) => `byYear.${year}.${figure}`)),
    );
    expect(complete('digiraad', 'explain', '--al')).toEqual(['--all']);
  });

  for (const shell of ['bash', 'zsh'] as const) {
    it.skipIf(!has(shell) || !hasScript)(`completes a figure path of explain as one word, dots and all, in an interactive ${shell}`, async () => {
      const file = await script(shell);
      expect(typedLine(shell, file, 'digiraad explain themes.usikkerhet.recommendationS\t')).toBe('<explain><themes.usikkerhet.recommendationShare>');
      expect(typedLine(shell, file, `digiraad explain --data ${BASE} costBands.over\t`)).toBe(`<explain><--data><${BASE}><costBands.over-200.>`);
    });
  }

  it.skipIf(!has('fish'))('completes commands, options, folders and the values of the data folder in fish', async () => {
    const file = await script('fish');
    const cwd = tempDir();
    mkdirSync(join(cwd, 'my registers'));
    /** What fish offers for `line`, without the descriptions. */
    const complete = (line: string) =>
      execFileSync('fish', ['--no-config', '-c', `source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`], {
        cwd,
        encoding: 'utf8',
        env: { PATH: pathWithDigiraad(), HOME: cwd },
      })
        .split('\n')
        .filter(Boolean)
        .map((entry) => entry.split('\t')[0]);
    expect(complete('digiraad pro')).toEqual(['projects']);
    expect(complete('digiraad stats --report ')).toEqual(['2017', '2018', '2019']);
    expect(complete(`digiraad stats --data ${BASE} --report `)).toEqual(['2018', '2019']);
    expect(complete('digiraad stats --lang ')).toEqual(['en', 'nb', 'nn']);
    expect(complete('digiraad stats --data my')).toEqual(['my registers/']);
    expect(complete('digiraad completion ')).toEqual(['bash', 'fish', 'zsh']);
    expect(complete('digiraad explain themes.usikkerhet.recommendationS')).toEqual(['themes.usikkerhet.recommendationShare']);
    expect(complete(`digiraad explain --data ${BASE} byYear.2019.`)).toEqual([
      'byYear.2019.projects',
      'byYear.2019.questions',
      'byYear.2019.recommendations',
      'byYear.2019.treatments',
    ]);
  });

  it.skipIf(!has('zsh'))('asks digiraad for the report years in zsh, with the folder given by --data', async () => {
    const file = await script('zsh');
    const PATH = pathWithDigiraad();
    // compadd, which needs a completion in progress, prints what it is given instead.
    const values = (data: string) =>
      execFileSync(
        'zsh',
        [
          '-fc',
          `source ${JSON.stringify(file)} 2>/dev/null; compadd() { print -l -- \${(P)2} }; typeset -A opt_args; opt_args[--data]=${data}; _digiraad_data reports`,
        ],
        { encoding: 'utf8', env: { PATH, HOME: tempDir() } },
      );
    expect(values(BASE).split('\n').filter(Boolean)).toEqual(['2018', '2019']);
  });

  it.skipIf(!has('zsh'))('writes a zsh script that zsh reads and registers for digiraad', async () => {
    const file = await script('zsh');
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    const registered = execFileSync('zsh', ['-fc', `autoload -U compinit; compinit -u -D; source ${JSON.stringify(file)}; print -r -- $_comps[digiraad]`], {
      encoding: 'utf8',
    });
    expect(registered.trim()).toBe('_digiraad');
  });

  it('puts every command and option of the help into the zsh script', async () => {
    const { stdout } = await runCli(['completion', 'zsh'], { env: { DIGIRAAD_LANG: 'en' } });
    expect(stdout.startsWith('#compdef digiraad\n')).toBe(true);
    expect(stdout).toContain("'projects:list the projects: name, agency, ministry, first meeting and size class, with filters'");
    expect(stdout).toContain("--lang'[language of the output]:lang:(nb nn en)'");
    expect(stdout).toContain(
      "--data'[the folder with the registers (default: the data setting, else this folder if it holds registers, else the shipped data/)]:dir:_files -/'",
    );
    expect(stdout).toContain("':shell:(bash zsh fish)'");
    expect(stdout).toContain("--report'[the period of that annual report (from reports.csv)]:year:{_digiraad_data reports}'");
    // compare takes two periods: zsh offers --report again after the first.
    expect(stdout).toContain("'*'--report'[the period of that annual report; give it twice, or once with one --as-of]:year:{_digiraad_data reports}'");
  });

  it('refuses another shell with exit code 2', async () => {
    const result = await runCli(['completion', 'powershell']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('feil: «powershell» er ikke en gyldig verdi for argumentet «shell». Gyldige verdier er bash, zsh, fish.\n');
    const english = await runCli(['completion', 'powershell'], { env: { DIGIRAAD_LANG: 'en' } });
    expect(english.stderr).toBe("error: command-argument value 'powershell' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.\n");
  });
});
