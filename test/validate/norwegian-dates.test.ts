import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const BASE = fileURLToPath(new URL('../fixtures/base/', import.meta.url));

/** The base registers with conversations.csv holding 120 dates as Norwegian Excel saves them, and `extra` rows after them. */
function registersWithExcelDates(extra: string[] = []): string {
  const cwd = tempDir();
  cpSync(BASE, join(cwd, 'data'), { recursive: true });
  const rows = Array.from(
    { length: 120 },
    (_, i) => `c${i + 1},2018-alfa,${String((i % 28) + 1).padStart(2, '0')}.${String((i % 12) + 1).padStart(2, '0')}.2019`,
  );
  writeFileSync(join(cwd, 'data', 'conversations.csv'), `${['id,project_id,date', ...rows, ...extra].join('\n')}\n`);
  return cwd;
}

describe('dates written dd.mm.yyyy', () => {
  it('gives a column of 120 of them one warning, with what to do in Excel', async () => {
    const { stdout, code } = await runCli(['validate', '--data', 'data'], { cwd: registersWithExcelDates() });
    expect(code).toBe(0);
    expect(stdout).toBe(
      'data/conversations.csv:2: advarsel[norwegian-date-column]: date: alle de 120 datoene er skrevet DD.MM.ÅÅÅÅ, og er lest slik (01.01.2019 som 2019-01-01) ' +
        '(tips: for å skrive dem som ÅÅÅÅ-MM-DD i Excel: marker kolonnen, velg Formater celler › Egendefinert, skriv åååå-mm-dd i Type og lagre som CSV igjen)\n' +
        '0 feil, 1 advarsel\n',
    );
  });

  it('counts the warnings of a column that mixes them with ISO dates after the first three', async () => {
    const cwd = registersWithExcelDates(['c121,2018-alfa,2019-06-01']);
    const { stdout } = await runCli(['validate', '--data', 'data', '--lang', 'en'], { cwd });
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 3).map((line) => line.slice(0, line.indexOf(' read as')))).toEqual([
      'data/conversations.csv:2: warning[norwegian-date]: date "01.01.2019"',
      'data/conversations.csv:3: warning[norwegian-date]: date "02.02.2019"',
      'data/conversations.csv:4: warning[norwegian-date]: date "03.03.2019"',
    ]);
    expect(lines.slice(3)).toEqual(['  + 117 more warnings like these in data/conversations.csv', '0 errors, 120 warnings']);
    // Scripts get every one of them.
    expect(JSON.parse((await runCli(['validate', '--data', 'data', '--format', 'json'], { cwd })).stdout).problems).toHaveLength(120);
  });

  it('keeps line order when a column turns out to mix them with ISO dates after other problems', async () => {
    const cwd = tempDir();
    cpSync(BASE, join(cwd, 'data'), { recursive: true });
    const rows = ['c1,2018-alfa,01.02.2019', 'c2,2018-ukjent,02.02.2019', 'c3,2018-alfa,03.02.2019', 'c4,2018-alfa,2019-02-04'];
    writeFileSync(join(cwd, 'data', 'conversations.csv'), `${['id,project_id,date', ...rows].join('\n')}\n`);
    const { stdout } = await runCli(['validate', '--data', 'data', '--lang', 'en'], { cwd });
    expect(stdout.split('\n').map((line) => line.replace(/\]: .*/, ']'))).toEqual([
      'data/conversations.csv:2: warning[norwegian-date]',
      'data/conversations.csv:3: error[unknown-project]',
      'data/conversations.csv:3: warning[norwegian-date]',
      'data/conversations.csv:4: warning[norwegian-date]',
      '1 error, 3 warnings',
      '',
    ]);
  });

  // While a column may still be all dd.mm.yyyy, the file's problems are held back; past 1000 of
  // them they are written and the column's warnings only counted, so memory stays bounded.
  describe('in a column of 1500 rows that each have an error too', () => {
    const cwdWith = (extra: string[]) => {
      const cwd = tempDir();
      cpSync(BASE, join(cwd, 'data'), { recursive: true });
      const rows = Array.from({ length: 1500 }, (_, i) => `c${i + 1},2018-ukjent,${String((i % 28) + 1).padStart(2, '0')}.03.2019`);
      writeFileSync(join(cwd, 'data', 'conversations.csv'), `${['id,project_id,date', ...rows, ...extra].join('\n')}\n`);
      return cwd;
    };
    const json = async (cwd: string) => JSON.parse((await runCli(['validate', '--data', 'data', '--format', 'json'], { cwd })).stdout);

    it('still gives the column one warning', async () => {
      const document = await json(cwdWith([]));
      expect(document).toMatchObject({
        errors: 1500,
        warnings: 1,
        omitted: { errors: 0, warnings: 0 },
        rules: { 'unknown-project': 1500, 'norwegian-date-column': 1 },
      });
      expect(document.problems.filter((p: { severity: string }) => p.severity === 'warning')).toMatchObject([
        { line: 2, column: 'date', rule: 'norwegian-date-column', params: { rows: 1500, first: '01.03.2019', date: '2019-03-01' } },
      ]);
    });

    it('lists the first three of a mixed one and counts the rest', async () => {
      const cwd = cwdWith(['c1501,2018-alfa,2019-06-01']);
      const document = await json(cwd);
      expect(document).toMatchObject({ errors: 1500, warnings: 1500, omitted: { errors: 0, warnings: 1497 }, rules: { 'norwegian-date': 1500 } });
      expect(document.problems.filter((p: { severity: string }) => p.severity === 'warning').map((p: { line: number }) => p.line)).toEqual([2, 3, 4]);
      const text = (await runCli(['validate', '--data', 'data', '--lang', 'en'], { cwd })).stdout.trimEnd().split('\n');
      expect(text.filter((line) => line.includes('warning[norwegian-date]'))).toHaveLength(3);
      expect(text.slice(-2)).toEqual(['  + 1497 more warnings like these in data/conversations.csv', '1500 errors, 1500 warnings']);
    });
  });

  it('says the summary on stderr of the other commands, and nothing with --quiet or the quiet setting', async () => {
    const cwd = registersWithExcelDates(['c121,2018-alfa,2019-06-01']);
    const stats = await runCli(['stats', '--data', 'data', '--format', 'json'], { cwd });
    expect(stats.code).toBe(0);
    expect(stats.stderr.split('\n').slice(3)).toEqual(['  + 117 like advarsler i data/conversations.csv', '0 feil, 120 advarsler', '']);
    expect(await runCli(['stats', '--data', 'data', '--format', 'json', '--quiet'], { cwd })).toEqual({ ...stats, stderr: '' });
    writeFileSync(join(cwd, 'digiraad.config.json'), '{ "quiet": true }');
    expect(await runCli(['stats', '--data', 'data', '--format', 'json'], { cwd })).toEqual({ ...stats, stderr: '' });
    expect((await runCli(['validate', '--data', 'data'], { cwd, env: { DIGIRAAD_QUIET: 'false' } })).stdout).toContain('0 feil, 120 advarsler\n');
  });

  it('shows errors under --quiet, and counts only them', async () => {
    const cwd = registersWithExcelDates(['c121,2018-alfa,2019-02-30']);
    const { stderr, code } = await runCli(['stats', '--data', 'data', '--quiet'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'data/conversations.csv:122: feil[impossible-date]: date "2019-02-30" finnes ikke i kalenderen (tips: sjekk dag og måned)\n1 feil\n' +
        'digiraad: registrene har feil: rett feilene over (digiraad validate viser alle)\n',
    );
  });
});
