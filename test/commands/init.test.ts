import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTER_COLUMNS } from '../../src/model/columns.js';
import { THEMES } from '../../src/model/themes.js';
import { runCli, tempDir } from '../support/cli.js';

const REGISTERS = ['projects', 'questions', 'recommendations', 'conversations', 'reports', 'tags'] as const;
type Theme = (typeof THEMES)[number];
const FILES = [...REGISTERS.map((r) => `${r}.csv`), 'README.md', 'excel/registre.xlsx', 'digiraad.config.json'];

describe('digiraad init', () => {
  it('writes the six registers, the same as a workbook, a README and a settings file, and says what to do next', async () => {
    const cwd = tempDir();
    const result = await runCli(['init', 'registers'], { cwd });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Skrev 9 filer i registers:',
        ...FILES.map((f) => `  registers/${f}`),
        'Neste steg: fyll inn registrene (se registers/README.md), og sjekk dem med «digiraad validate --data registers».',
        '',
      ].join('\n'),
    });
    expect(readdirSync(join(cwd, 'registers')).sort()).toEqual([
      'README.md',
      'conversations.csv',
      'digiraad.config.json',
      'excel',
      'projects.csv',
      'questions.csv',
      'recommendations.csv',
      'reports.csv',
      'tags.csv',
    ]);
    const read = (file: string) => readFileSync(join(cwd, 'registers', file), 'utf8');
    expect(read('projects.csv')).toBe(
      'id,name,agency,ministry,meeting_date,cost_mnok,benefit_mnok,programme,shared_solution,exclude_from_totals,revisit_of\r\n',
    );
    expect(read('reports.csv')).toBe('year,cutoff\r\n');
    // Only the schema, for editors: every setting keeps its default until the user sets it.
    expect(read('digiraad.config.json')).toBe('{\n  "$schema": "https://unpkg.com/digiraad@0.1.0/schema/config.schema.json"\n}\n');
    expect(read('tags.csv')).toBe(
      'id,label,label_nn,label_en,description\r\nkommunikasjon,tydelig ledelse og kommunikasjon,tydeleg leiing og kommunikasjon,clear leadership and communication,\r\nlaer-av-andre,lær av andre,lær av andre,learn from others,ta kontakt med en annen virksomhet for å lære av den\r\n',
    );
  });

  it('writes registers that validate pass, both variants', async () => {
    const cwd = tempDir();
    await runCli(['init', 'registers', '--lang', 'en'], { cwd });
    for (const dir of ['registers', 'registers/excel']) {
      expect(await runCli(['validate', '--data', dir, '--lang', 'en'], { cwd })).toEqual({
        code: 0,
        stderr: '',
        stdout: `✓ ${dir}: the registers are valid (0 treatments, 0 questions, 0 recommendations, 0 conversations, 0 reports)\n`,
      });
    }
  });

  it('explains every column, the values and the themes in the README, in the language asked for', async () => {
    const cwd = tempDir();
    await runCli(['init', 'nb'], { cwd });
    await runCli(['init', 'en', '--lang', 'en'], { cwd });
    expect(await runCli(['init', 'nn', '--lang', 'nn'], { cwd })).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^Skreiv 9 filer i nn:\n[\s\S]*\nNeste steg: fyll inn registera \(sjå nn\/README\.md\), og sjekk dei med «digiraad validate --data nn»\.\n$/,
      ),
    });
    // The register name in brackets where the language names a theme differently.
    const themeRow = {
      nb: (t: Theme) => t.label,
      nn: (t: Theme) => (t.labelNn === t.label ? t.label : `${t.labelNn} (${t.label})`),
      en: (t: Theme) => `${t.labelEn} (${t.label})`,
    };
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const readme = readFileSync(join(cwd, lang, 'README.md'), 'utf8');
      for (const [register, { required, optional }] of Object.entries(REGISTER_COLUMNS)) {
        expect(readme).toContain(`## \`${register}.csv\``);
        for (const column of [...required, ...optional]) expect(readme).toMatch(new RegExp(`^\\| \`${column}\` \\| (ja|nei|yes|no) \\| \\S`, 'm'));
      }
      for (const theme of THEMES) expect(readme).toContain(`| \`${theme.id}\` | ${themeRow[lang](theme)} |`);
      expect(readme).not.toContain('undefined');
    }
    expect(readFileSync(join(cwd, 'nb', 'README.md'), 'utf8')).toMatch(/^# Registrene\n/);
    expect(readFileSync(join(cwd, 'en', 'README.md'), 'utf8')).toMatch(/^# The registers\n/);
    expect(readFileSync(join(cwd, 'nn', 'README.md'), 'utf8')).toMatch(/^# Registera\n[\s\S]*\| `usikkerhet` \| Usikkerheit \(Usikkerhet\) \|\n/);
  });

  it('refuses to overwrite, writing nothing and exiting 3, unless --force', async () => {
    const cwd = tempDir();
    await runCli(['init', 'registers'], { cwd });
    const filled = join(cwd, 'registers', 'projects.csv');
    writeFileSync(filled, 'filled in by hand\n');
    const refused = await runCli(['init', 'registers'], { cwd });
    expect(refused).toEqual({
      code: 3,
      stdout: '',
      stderr: 'digiraad: vil ikke skrive over registers/projects.csv (og 8 til): ingenting ble skrevet; --force skriver over, eller velg en ny mappe\n',
    });
    expect(readFileSync(filled, 'utf8')).toBe('filled in by hand\n');

    const forced = await runCli(['init', 'registers', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(filled, 'utf8')).toMatch(/^id,name,/);
  });

  it('refuses a folder that holds other files, even with --force, naming them and writing nothing', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'notes.txt'), 'mine');
    const result = await runCli(['init', '.', '--force', '--lang', 'en'], { cwd });
    expect(result.stderr).toBe('digiraad: . holds files other than those digiraad init writes (notes.txt): name a new or empty folder\n');
    expect(result.code).toBe(3);
    expect(readdirSync(cwd)).toEqual(['notes.txt']);
  });

  it('needs a folder', async () => {
    const result = await runCli(['init']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('feil: argumentet «dir» mangler\n');
    expect((await runCli(['init'], { env: { DIGIRAAD_LANG: 'en' } })).stderr).toBe("error: missing required argument 'dir'\n");
  });
});
