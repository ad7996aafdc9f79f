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
