import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { PROJECT_COLUMNS } from '../support/registers.js';

async function initWorkbook(lang: 'nb' | 'en' = 'nb', env: NodeJS.ProcessEnv = {}) {
  const cwd = tempDir();
  expect((await runCli(['init', 'registers', '--lang', lang], { cwd, env })).code).toBe(0);
  const path = join(cwd, 'registers', 'excel', 'registre.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { cwd, path, workbook };
}

type Validations = { model: Record<string, { type: string; formulae: string[]; showErrorMessage?: boolean }> };
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: Validations }).dataValidations.model;

describe('registre.xlsx from digiraad init', () => {
  it('has the guide, a hidden sheet of lists, and a sheet per register with frozen bold headers and formats', async () => {
    const { workbook, cwd } = await initWorkbook();
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Veiledning', 'visible'],
      ['Lister', 'hidden'],
      ['Prosjekter', 'visible'],
      ['Spørsmål', 'visible'],
      ['Anbefalinger', 'visible'],
      ['Erfaringssamtaler', 'visible'],
      ['Rapporter', 'visible'],
      ['Stikkord', 'visible'],
    ]);
    const projects = workbook.getWorksheet('Prosjekter')!;
    expect(projects.getRow(1).values).toEqual([undefined, ...PROJECT_COLUMNS]);
    expect(projects.getRow(1).font?.bold).toBe(true);
    expect(projects.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(projects.getColumn('E').numFmt).toBe('dd.mm.yyyy');
    expect(projects.getColumn('F').numFmt).toBe('#,##0.0##');
    expect(projects.getColumn('A').numFmt).toBe('@');
    expect(projects.getColumn('B').width).toBeGreaterThan(projects.getColumn('H').width!);
    // exceljs reads a rule over a range back as one rule per cell.
    expect(validations(projects).H2).toMatchObject({ type: 'list', formulae: ["'Lister'!$B$1:$B$2"] });
    expect(validations(projects).J2000).toEqual(validations(projects).H2);
    expect(validations(projects).H1).toBeUndefined();
    const lists = workbook.getWorksheet('Lister')!;
    expect(lists.getColumn(1).values.slice(1)).toEqual([
      'Organisering og styring',
      'Behov, mål og løsning',
      'Usikkerhet',
      'Gevinstrealisering',
      'Konkurransestrategi',
      'IT-politiske føringer',
    ]);
    expect(lists.getColumn(2).values.slice(1)).toEqual(['ja', 'nei']);
    expect(lists.getColumn(3).values.slice(1)).toEqual(['kommunikasjon', 'laer-av-andre']);
    expect(validations(workbook.getWorksheet('Anbefalinger')!)).toMatchObject({
      C2: { type: 'list', formulae: ["'Lister'!$A$1:$A$6"], showErrorMessage: true },
      D2: { type: 'list', formulae: ["'Lister'!$C$1:$C$2"] },
    });
    // Several tags in one cell must get through: the tag list only suggests.
    expect(validations(workbook.getWorksheet('Anbefalinger')!).D2!.showErrorMessage).toBeFalsy();
    // The guide sheet says what the README says, line by line.
    const guide = workbook.getWorksheet('Veiledning')!;
    const sheetText = guide
      .getSheetValues()
      .map((row) => ((row ?? []) as ExcelJS.CellValue[]).slice(1).join(' ').trim())
      .filter((line) => line !== '');
    const readme = readFileSync(join(cwd, 'registers', 'README.md'), 'utf8');
    const readmeText = readme
      .split('\n')
      .filter((l) => !/^\|---/.test(l))
      .map((l) =>
        l
          .replace(/^#+ /, '')
          .replace(/\*\*|`/g, '')
          .replace(/^\| | \|$/g, '')
          .replace(/ \| /g, ' ')
          .trim(),
      )
      .filter((l) => l !== '');
    expect(sheetText).toEqual(readmeText);
  });

  it('in English: English sheet names and yes/no', async () => {
    const { workbook } = await initWorkbook('en');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Guide', 'Lists', 'projects', 'questions', 'recommendations', 'conversations', 'reports', 'tags']);
    expect(workbook.getWorksheet('Lists')!.getColumn(2).values.slice(1)).toEqual(['yes', 'no']);
    expect(workbook.getWorksheet('projects')!.getColumn('E').numFmt).toBe('yyyy-mm-dd');
  });

  it('filled in as a person would (dates, numbers, drop-down values), validate accepts it', async () => {
    const { cwd, path, workbook } = await initWorkbook();
    const rows = (name: string, values: unknown[][]) => {
      for (const [i, row] of values.entries()) workbook.getWorksheet(name)!.getRow(i + 2).values = row as ExcelJS.CellValue[];
    };
    rows('Prosjekter', [
      ['2019-alfa', 'Alfa', 'Arkivverket', 'Kulturdepartementet', new Date('2019-03-14T00:00:00Z'), 25.5, 120, 'ja', 'nei', null, null],
      ['2019-beta', 'Beta', 'Skatteetaten/Tolletaten', 'Finansdepartementet', new Date('2019-06-07T00:00:00Z'), 1.234, null, 'nei', 'ja', 'nei', null],
      ['2020-alfa', 'Alfa', 'Arkivverket', 'Kulturdepartementet', new Date('2020-01-20T00:00:00Z'), 30, 150, 'ja', 'nei', 'nei', '2019-alfa'],
    ]);
    rows('Spørsmål', [['q1', '2019-alfa', 'Behov, mål og løsning', 'Hvem eier løsningen?']]);
    rows('Anbefalinger', [
      ['r1', '2019-alfa', 'Organisering og styring', 'kommunikasjon', 'Fortell historien.'],
      ['r2', '2019-beta', 'IT-politiske føringer', 'kommunikasjon|laer-av-andre', null],
    ]);
    rows('Erfaringssamtaler', [['c1', '2019-alfa', new Date('2020-03-01T00:00:00Z')]]);
    rows('Rapporter', [[2019, new Date('2019-10-31T00:00:00Z')]]);
    await workbook.xlsx.writeFile(path);
    expect(await runCli(['validate', '--data', 'registers/excel'], { cwd })).toEqual({
      code: 0,
      stderr: '',
      stdout: '✓ registers/excel: registrene er gyldige (3 rådsbehandlinger, 1 spørsmål, 2 anbefalinger, 1 erfaringssamtale, 1 rapport)\n',
    });
    const figures = JSON.parse((await runCli(['stats', '--format', 'json', '--data', 'registers/excel', '--as-of', '2020-12-31'], { cwd })).stdout);
    expect(figures.totals).toMatchObject({ counted: 2, costMnok: 30 + 1.234 });
    expect(figures.tags['laer-av-andre'].recommendations).toBe(1);
  });

  it('is the same bytes every time; SOURCE_DATE_EPOCH dates it', async () => {
    const [a, b] = [await initWorkbook(), await initWorkbook()];
    expect(Buffer.compare(readFileSync(a.path), readFileSync(b.path))).toBe(0);
    expect(a.workbook.created).toEqual(new Date('1980-01-01T00:00:00Z'));
    const dated = await initWorkbook('nb', { SOURCE_DATE_EPOCH: '1700000000' });
    expect(dated.workbook.modified).toEqual(new Date(1_700_000_000_000));
  });
});
