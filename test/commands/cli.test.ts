import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SHIPPED_NOTE, tempDir } from '../support/cli.js';
import { expectOutput } from '../support/expected.js';

const COMMANDS = ['stats', 'validate', 'report', 'projects', 'compare', 'config', 'init', 'completion'];
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('digiraad, the command line', () => {
  it('starts its help with examples, and ends it with settings and exit codes, in bokmål by default', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Eksempler:\n {2}\$ digiraad stats +# nøkkeltallene i den siste rapporten\n/);
    expect(result.stdout).toContain('\nBruk: digiraad [valg] [kommando]\n\nTall, tabeller og figurer til Digitaliseringsrådets erfaringsrapport\n\nValg:\n');
    expect(result.stdout).toMatch(/^ {2}-h, --help +vis hjelpen$/m);
    expect(result.stdout).toContain('\nKommandoer:\n');
    expect(result.stdout).toMatch(/^ {2}stats \[valg\] +vis nøkkeltallene for en periode$/m);
    expect(result.stdout).toMatch(/^ {2}help \[kommando\] +vis hjelpen for en kommando$/m);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    expect(result.stdout).toContain(
      'Avslutningskoder: 0 ferdig, 1 registrene har feil, 2 feil bruk, 3 en fil kunne ikke leses eller skrives,\n70 intern feil (en feil i digiraad).\n',
    );
    expect(result.stdout).not.toMatch(/Usage|Options|Commands|Examples|default:|choices:/);
  });

  it('gives its help in English with --lang en, DIGIRAAD_LANG=en or "lang": "en" in digiraad.config.json', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'digiraad.config.json'), '{ "lang": "en" }');
    for (const english of [
      await runCli(['stats', '--help', '--lang', 'en']),
      await runCli(['stats', '--lang=en', '--help']),
      await runCli(['stats', '--help'], { env: { DIGIRAAD_LANG: 'en' } }),
      await runCli(['stats', '--help'], { cwd }),
    ]) {
      expect(english.stdout).toMatch(/^Examples:\n {2}\$ digiraad stats\n/);
      expect(english.stdout).toContain('\nUsage: digiraad stats [options]\n\nprint the key figures of a period\n\nOptions:\n');
      expect(english.stdout).toContain('  --lang <lang>          language of the output (choices: "nb", "nn", "en")\n');
      expect(english.stdout).toMatch(/windows-1252 \(default: "auto"\)\n/);
    }
    const nb = await runCli(['stats', '--help']);
    expect(nb.stdout).toContain('\nBruk: digiraad stats [valg]\n\nvis nøkkeltallene for en periode\n\nValg:\n');
    expect(nb.stdout).toContain('  --lang <lang>          språket i utdataene (mulige verdier: "nb", "nn", "en")\n');
    expect(nb.stdout).toMatch(/windows-1252 \(standard: "auto"\)\n/);
    // The flag wins over the environment, as for every setting.
    expect((await runCli(['stats', '--help', '--lang', 'nb'], { env: { DIGIRAAD_LANG: 'en' } })).stdout).toMatch(/^Eksempler:/);
    const all = await runCli(['--help', '--lang', 'en']);
    expect(all.stdout).toContain(
      'Exit codes: 0 done, 1 the registers are invalid, 2 wrong usage, 3 a file could not be read or written,\n70 internal error (a bug in digiraad).\n',
    );
  });

  it.each(COMMANDS)('starts the help of %s with examples of it', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Eksempler:\\n {2}\\$ (source <\\()?digiraad ${command}\\b`));
    expect(result.stdout).toContain(`Bruk: digiraad ${command} `);
  });

  // `digiraad stats …` builds only stats in commander; `digiraad help stats` builds every command.
  it.each([...COMMANDS, 'explain'])('gives the same help for %s when it is the only command built', async (command) => {
    const alone = await runCli([command, '--help', '--lang', 'en']);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toBe((await runCli(['help', command, '--lang', 'en'])).stdout);
  });

  it('prints the version of package.json', async () => {
    for (const flag of ['--version', '-V']) expect(await runCli([flag])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('suggests the closest command for an unknown one, with exit code 2', async () => {
    expect(await runCli(['stat'])).toEqual({ code: 2, stdout: '', stderr: 'feil: ukjent kommando «stat»\n(Mente du stats?)\n' });
    expect(await runCli(['stat'], { env: { DIGIRAAD_LANG: 'en' } })).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: unknown command 'stat'\n(Did you mean stats?)\n",
    });
    expect((await runCli(['projekts'])).stderr).toContain('(Mente du projects?)');
  });

  it('refuses an unknown option with exit code 2, suggesting the closest', async () => {
    expect(await runCli(['stats', '--bogus'])).toEqual({ code: 2, stdout: '', stderr: 'feil: ukjent valg «--bogus»\n' });
    expect((await runCli(['projects', '--agencey', 'x'])).stderr).toBe('feil: ukjent valg «--agencey»\n(Mente du --agency?)\n');
    expect((await runCli(['projects', '--agencey', 'x', '--lang', 'en'])).stderr).toBe("error: unknown option '--agencey'\n(Did you mean --agency?)\n");
    expect((await runCli(['stats', '--lang', 'de'])).stderr).toBe(
      'feil: «de» er ikke en gyldig verdi for valget «--lang <lang>». Gyldige verdier er nb, nn, en.\n',
    );
    expect((await runCli(['stats', '--data'])).stderr).toBe('feil: valget «--data <dir>» mangler en verdi\n');
    expect((await runCli(['init', 'a', 'b'])).stderr).toBe('feil: for mange argumenter til «init». Ventet 1, fikk 2.\n');
    expect((await runCli(['init', 'a', 'b', '--lang', 'en'])).stderr).toBe("error: too many arguments for 'init'. Expected 1 argument but got 2.\n");
  });

  it('gives its help and commander\'s errors in nynorsk with --lang nn, DIGIRAAD_LANG=nn or "lang": "nn" in digiraad.config.json', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'digiraad.config.json'), '{ "lang": "nn" }');
    for (const nynorsk of [
      await runCli(['--help', '--lang', 'nn']),
      await runCli(['--help'], { env: { DIGIRAAD_LANG: 'nn' } }),
      await runCli(['--help'], { cwd }),
    ]) {
      expect(nynorsk.code).toBe(0);
      expectOutput(nynorsk.stdout, 'help.nn.txt');
    }
    expectOutput((await runCli(['projects', '--help', '--lang', 'nn'])).stdout, 'projects-help.nn.txt');
    expect(await runCli(['stat', '--lang', 'nn'])).toEqual({ code: 2, stdout: '', stderr: 'feil: ukjend kommando «stat»\n(Meinte du stats?)\n' });
    expect((await runCli(['projects', '--agencey', 'x', '--lang', 'nn'])).stderr).toBe('feil: ukjent val «--agencey»\n(Meinte du --agency?)\n');
    expect((await runCli(['stats', '--lang', 'nn', '--format', 'pdf'])).stderr).toBe(
      'feil: «pdf» er ikkje ein gyldig verdi for valet «--format <format>». Gyldige verdiar er table, json, csv, markdown, xlsx.\n',
    );
    expect((await runCli(['stats', '--lang', 'nn', '--data'])).stderr).toBe('feil: valet «--data <dir>» manglar ein verdi\n');
    expect((await runCli(['init', 'a', 'b', '--lang', 'nn'])).stderr).toBe('feil: for mange argument til «init». Venta 1, fekk 2.\n');
  });

  it('shows the help on stderr with exit code 2 when no command is given', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Eksempler:\n/);
  });
});

describe('the errors a user can cause, worded in their language', () => {
  it('wrong usage: exit 2', async () => {
    expect(await runCli(['stats', '--report', '1900'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${SHIPPED_NOTE}digiraad: ingen rapport 1900 i reports.csv, som har 2017, 2018, 2019\n`,
    });
    expect(await runCli(['stats', '--report', '1900', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'using the example registers that come with digiraad (data)\ndigiraad: no report 1900 in reports.csv, which has 2017, 2018, 2019\n',
    });
    expect(await runCli(['stats', '--report', '1900', '--lang', 'nn'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'brukar eksempelregistera som følgjer med digiraad (data)\ndigiraad: ingen rapport 1900 i reports.csv, som har 2017, 2018, 2019\n',
    });
    expect(await runCli(['projects', '--min-cost', 'mykje', '--lang', 'nn'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'digiraad: --min-cost mykje: gje eit beløp i MNOK, t.d. 26 eller 26,5\n',
    });
  });

  it('a file that cannot be read: exit 3', async () => {
    const cwd = tempDir();
    expect(await runCli(['stats', '--data', 'missing'], { cwd })).toEqual({
      code: 3,
      stdout: '',
      stderr: 'digiraad: fant ikke datamappen: missing (pek --data på mappen der projects.csv ligger)\n',
    });
    expect(await runCli(['stats', '--data', 'missing'], { cwd, env: { DIGIRAAD_LANG: 'en' } })).toEqual({
      code: 3,
      stdout: '',
      stderr: 'digiraad: data folder not found: missing (point --data at the folder that holds projects.csv)\n',
    });
    expect(await runCli(['stats', '--data', 'missing'], { cwd, env: { DIGIRAAD_LANG: 'nn' } })).toEqual({
      code: 3,
      stdout: '',
      stderr: 'digiraad: fann ikkje datamappa: missing (peik --data på mappa der projects.csv ligg)\n',
    });
  });

  it('invalid registers: exit 1, every problem and then what to do', async () => {
    const cwd = tempDir();
    await runCli(['init', 'registers'], { cwd });
    writeFileSync(join(cwd, 'registers', 'projects.csv'), 'id,name,agency,ministry,meeting_date\n2019-a,A,Etat,Departement,2019-02-30\n');
    expect(await runCli(['stats', '--data', 'registers'], { cwd })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'registers/projects.csv:2: feil[impossible-date]: meeting_date "2019-02-30" finnes ikke i kalenderen (tips: sjekk dag og måned)\n1 feil, 0 advarsler\n' +
        'digiraad: registrene har feil: rett feilene over (digiraad validate viser alle)\n',
    });
    expect((await runCli(['stats', '--data', 'registers', '--lang', 'en'], { cwd })).stderr).toBe(
      'registers/projects.csv:2: error[impossible-date]: meeting_date "2019-02-30" does not exist in the calendar (hint: check the day and the month)\n1 error, 0 warnings\n' +
        'digiraad: the registers are invalid: fix the errors above (digiraad validate lists them all)\n',
    );
    expect((await runCli(['stats', '--data', 'registers', '--lang', 'nn'], { cwd })).stderr).toBe(
      'registers/projects.csv:2: feil[impossible-date]: meeting_date "2019-02-30" finst ikkje i kalenderen (tips: sjekk dag og månad)\n1 feil, 0 åtvaringar\n' +
        'digiraad: registera har feil: rett feila over (digiraad validate viser alle)\n',
    );
    // validate has said it all on stdout: nothing more on stderr.
    const validate = await runCli(['validate', '--data', 'registers'], { cwd });
    expect(validate.code).toBe(1);
    expect(validate.stderr).toBe('');
  });

  it.each(['stats', 'projects', 'compare', 'validate', 'report'])(
    'refuses --max-errors abc in %s with exit code 2, valid registers or not',
    async (command) => {
      const result = await runCli([command, '--max-errors', 'abc']);
      expect(result).toEqual({ code: 2, stdout: '', stderr: 'digiraad: --max-errors abc: gi et heltall på 1 eller mer\n' });
    },
  );

  it.each([
    [['stats', '--excel'], 'table'],
    [['projects', '--excel', '--format', 'json'], 'json'],
    [['compare', '--format', 'markdown', '--excel'], 'markdown'],
  ])('refuses %j: --excel goes with --format csv', async (args, format) => {
    expect(await runCli([...args, '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `digiraad: --excel is for CSV that Excel opens: use it with --format csv (not --format ${format})\n`,
    });
    expect((await runCli([...args, '--lang', 'nb'])).stderr).toBe(
      `digiraad: --excel gjelder CSV for Excel: bruk det med --format csv (ikke --format ${format})\n`,
    );
  });
});
