import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { runCli, runCliForBytes, tempDir } from '../support/cli.js';
import { REPO } from '../support/report.js';

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const figures = async (args: string[]) => JSON.parse((await runCli(['stats', '--format', 'json', ...args])).stdout);

describe('--format xlsx', () => {
  it('stats: a sheet per table, numbers as numeric cells with number formats, headers in the chosen language', async () => {
    const cwd = tempDir();
    const result = await runCli(['stats', '--report', '2019', '--format', 'xlsx', '--output', 'tall.xlsx'], { cwd });
    expect(result).toEqual({ code: 0, stdout: '', stderr: `bruker eksempelregistrene som følger med digiraad (${join(REPO, 'data')})\n` });
    const workbook = await readWorkbook(readFileSync(join(cwd, 'tall.xlsx')));
    const f = await figures(['--report', '2019']);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Nøkkeltall',
      'Hvor store er prosjektene',
      'Spørsmål og anbefalinger per',
      'Hovedtemaenes andel',
      'Per år',
      ...Object.keys(f.tags),
      'Holdt utenfor totalene',
    ]);
    const key = workbook.getWorksheet('Nøkkeltall')!;
    expect(key.getRow(1).values).toEqual([undefined, 'Tall', 'Verdi']);
    expect(key.getRow(1).font?.bold).toBe(true);
    expect(key.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = (label: string) => key.getColumn(1).values.indexOf(label);
    const cost = key.getRow(row('Samlet kostnadsanslag')).getCell(2);
    expect(cost.type).toBe(ExcelJS.ValueType.Number);
    expect(cost.value).toBe(f.totals.costMnok);
    expect(cost.numFmt).toBe('#,##0');
    const mainShare = key.getRow(row('Hovedtemaenes andel')).getCell(2);
    expect([mainShare.value, mainShare.numFmt]).toEqual([f.mainThemes.share, '0 %']);
    const bands = workbook.getWorksheet('Hvor store er prosjektene')!;
    expect(bands.getRow(2).values).toEqual([undefined, '< 26 mill.', f.costBands['under-26'].count, f.costBands['under-26'].share]);
    expect(bands.getRow(2).getCell(3).numFmt).toBe('0 %');
    const years = workbook.getWorksheet('Per år')!;
    expect(years.getRow(2).getCell(1).value).toBe(2016);
    expect(years.getRow(2).getCell(1).numFmt).toBe('0');

    const en = await readWorkbook((await runCliForBytes(['stats', '--report', '2019', '--format', 'xlsx', '--lang', 'en'])).stdout);
    expect(en.worksheets[0]!.name).toBe('Key figures');
    expect(en.worksheets[0]!.getRow(1).values).toEqual([undefined, 'Figure', 'Value']);
    expect(en.getWorksheet('How large are the projects')?.getRow(2).getCell(3).numFmt).toBe('0%');
  });

  it('stats: a second reader (SheetJS) sees the same numbers and formats', async () => {
    const { stdout } = await runCliForBytes(['stats', '--report', '2019', '--format', 'xlsx']);
    const book = XLSX.read(stdout, { cellNF: true });
    const sheet = book.Sheets['Hvor store er prosjektene']!;
    const f = await figures(['--report', '2019']);
    expect(sheet.C2).toMatchObject({ t: 'n', v: f.costBands['under-26'].share, z: '0 %' });
    expect(sheet.B2).toMatchObject({ t: 'n', v: f.costBands['under-26'].count });
  });

  it('projects: dates as date cells, counts and MNOK as numbers', async () => {
    const { code, stdout } = await runCliForBytes(['projects', '--report', '2019', '--agency', 'skatteetaten', '--format', 'xlsx']);
    expect(code).toBe(0);
    const sheet = (await readWorkbook(stdout)).worksheets[0]!;
    expect(sheet.name).toBe('Prosjekter');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Prosjekt/program',
      'Virksomhet',
      'Departement',
      'Rådsmøte',
      'Behandlinger',
      'Kostnad (MNOK)',
      'Størrelse',
    ]);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Kunstig intelligens',
      'Skatteetaten',
      'Finansdepartementet',
      new Date('2017-05-31T00:00:00Z'),
      1,
      10,
      'lite',
    ]);
    expect(sheet.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getRow(2).getCell(4).numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getRow(2).getCell(6).numFmt).toBe('#,##0');
  });

  it('compare: a sheet per section, shares with one decimal', async () => {
    const { code, stdout } = await runCliForBytes(['compare', '--report', '2018', '--report', '2019', '--format', 'xlsx', '--lang', 'en']);
    expect(code).toBe(0);
    const workbook = await readWorkbook(stdout);
    const [first, second] = [await figures(['--report', '2018']), await figures(['--report', '2019'])];
    const bands = workbook.worksheets[1]!;
    expect(bands.getRow(1).values).toEqual([undefined, 'Cost estimate', '2018-10-24', '2019-10-31', 'Change']);
    expect(bands.getRow(2).getCell(2).value).toBe(first.costBands['under-26'].share);
    expect(bands.getRow(2).getCell(3).value).toBe(second.costBands['under-26'].share);
    expect(bands.getRow(2).getCell(3).numFmt).toBe('0.0%');
  });

  it('the same input gives the same bytes, whenever it is written; SOURCE_DATE_EPOCH sets the time', async () => {
    const write = (env: NodeJS.ProcessEnv = {}) => runCliForBytes(['stats', '--report', '2019', '--format', 'xlsx'], { env });
    const [a, b] = [await write(), await write()];
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(Buffer.compare(a.stdout, b.stdout)).toBe(0);
    expect((await readWorkbook(a.stdout)).created).toEqual(new Date('2019-10-31T00:00:00Z'));
    const epoch = await write({ SOURCE_DATE_EPOCH: '1700000000' });
    expect((await readWorkbook(epoch.stdout)).modified).toEqual(new Date(1_700_000_000_000));
    expect(Buffer.compare(epoch.stdout, (await write({ SOURCE_DATE_EPOCH: '1700000000' })).stdout)).toBe(0);
  });

  it('refuses to write a workbook to a terminal, with a hint, before reading anything', async () => {
    const refused = await runCli(['stats', '--format', 'xlsx', '--data', 'no-such-folder'], { tty: true });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    // Wrapped to the terminal's width.
    expect(refused.stderr.replace(/\s+/g, ' ')).toBe(
      'digiraad: et regneark skrives ikke til terminalen: gi --output FIL (for eksempel --output tall.xlsx), eller send det videre med > tall.xlsx ',
    );
    const cwd = tempDir();
    expect((await runCli(['projects', '--format', 'xlsx', '--output', 'p.xlsx', '--lang', 'en'], { cwd, tty: true })).code).toBe(0);
    expect(readFileSync(join(cwd, 'p.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});
