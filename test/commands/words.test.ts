import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

// The words issue 14 added, in bokmål, nynorsk and English: options in the help, usage errors (exit 2),
// a missing report folder (exit 1), and the warnings of a register.

const BASE = fileURLToPath(new URL('../fixtures/base/', import.meta.url));
const SHIPPED = fileURLToPath(new URL('../../data', import.meta.url));
const langs = [
  ['nb', []],
  ['nn', ['--lang', 'nn']],
  ['en', ['--lang', 'en']],
] as const;

describe.each(langs)('in %s', (lang, flag) => {
  const words = {
    nb: {
      wide: 'i et terminalvindu: hele tabellen',
      quiet: 'vis ingen advarsler, bare feil',
      all: 'med --check: hver rapportmappe under reports/',
      noSuchDate: '--since 2019-02-29: den datoen finnes ikke i kalenderen',
      excel: '--excel gjelder CSV for Excel: bruk det med --format csv (ikke --format table)',
      allNeedsCheck: '--all gjelder --check',
      allTakesNoPeriod: '--check --all sjekker hver mappe med perioden og innstillingene i dens manifest.json',
      noFolders: 'reports har ingen rapportmapper (mapper med en manifest.json fra digiraad report)',
      shipped: 'bruker eksempelregistrene som følger med digiraad',
      column: 'date: alle de 4 datoene er skrevet DD.MM.ÅÅÅÅ, og er lest slik (01.02.2019 som 2019-02-01) (tips: for å skrive dem som ÅÅÅÅ-MM-DD i Excel',
    },
    nn: {
      shipped: 'brukar eksempelregistera som følgjer med digiraad',
      wide: 'i eit terminalvindauge: heile tabellen',
      quiet: 'vis ingen åtvaringar, berre feil',
      all: 'med --check: kvar rapportmappe under reports/',
      noSuchDate: '--since 2019-02-29: den datoen finst ikkje i kalenderen',
      excel: '--excel gjeld CSV for Excel: bruk det med --format csv (ikkje --format table)',
      allNeedsCheck: '--all høyrer til --check',
      allTakesNoPeriod: '--check --all sjekkar kvar mappe med perioden og innstillingane i manifest.json i mappa',
      noFolders: 'reports har ingen rapportmapper (mapper med ei manifest.json frå digiraad report)',
      column: 'date: alle dei 4 datoane er skrivne DD.MM.ÅÅÅÅ, og er lesne slik (01.02.2019 som 2019-02-01) (tips: for å skrive dei som ÅÅÅÅ-MM-DD i Excel',
    },
    en: {
      wide: 'in a terminal: the full table',
      quiet: 'show no warnings, only errors',
      all: 'with --check: every report folder under reports/',
      noSuchDate: '--since 2019-02-29: that date does not exist in the calendar',
      excel: '--excel is for CSV that Excel opens: use it with --format csv (not --format table)',
      allNeedsCheck: '--all goes with --check',
      allTakesNoPeriod: '--check --all checks each folder with the period and settings of its manifest.json',
      noFolders: 'reports has no report folders (folders with a manifest.json from digiraad report)',
      shipped: 'using the example registers that come with digiraad',
      column: 'date: all 4 dates are written DD.MM.YYYY, and read so (01.02.2019 as 2019-02-01) (hint: to write them as YYYY-MM-DD, in Excel',
    },
  }[lang];

  it('describes --wide, --quiet and --all in the help', async () => {
    const stats = await runCli(['stats', '--help', ...flag]);
    expect(stats.stdout).toContain(words.wide);
    expect(stats.stdout).toContain(words.quiet);
    expect((await runCli(['report', '--help', ...flag])).stdout).toContain(words.all);
  });

  it('words the usage errors of the period, --excel and --all (exit 2)', async () => {
    const cwd = tempDir();
    const error = async (...args: string[]) => {
      const result = await runCli([...args, ...flag], { cwd });
      expect(result.code, args.join(' ')).toBe(2);
      return result.stderr;
    };
    // Run where there are no registers: the shipped ones are read (and named) before the period is checked.
    expect(await error('stats', '--since', '2019-02-29')).toBe(`${words.shipped} (${SHIPPED})\ndigiraad: ${words.noSuchDate}\n`);
    expect(await error('projects', '--excel')).toBe(`digiraad: ${words.excel}\n`);
    expect(await error('report', '--all')).toContain(words.allNeedsCheck);
    expect(await error('report', '--check', '--all', '--as-of', '2019-10-31')).toContain(words.allTakesNoPeriod);
  });

  it('says there is no report folder to check (exit 1)', async () => {
    expect(await runCli(['report', '--check', '--all', ...flag], { cwd: tempDir() })).toEqual({
      code: 1,
      stdout: '',
      stderr: `${words.shipped} (${SHIPPED})\ndigiraad: ${words.noFolders}\n`,
    });
  });

  it('gives a column of dd.mm.yyyy dates one warning, with what to do in Excel', async () => {
    const cwd = tempDir();
    cpSync(BASE, join(cwd, 'data'), { recursive: true });
    writeFileSync(
      join(cwd, 'data', 'conversations.csv'),
      'id,project_id,date\nc1,2018-alfa,01.02.2019\nc2,2018-alfa,02.02.2019\nc3,2018-alfa,03.02.2019\nc4,2018-alfa,04.02.2019\n',
    );
    const { stdout } = await runCli(['validate', '--data', 'data', ...flag], { cwd });
    expect(stdout).toContain(`data/conversations.csv:2: ${{ nb: 'advarsel', nn: 'åtvaring', en: 'warning' }[lang]}[norwegian-date-column]: ${words.column}`);
  });
});
