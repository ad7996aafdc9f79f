import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { CATALOGUES } from '../../src/i18n/index.js';
import { runCli, runCliForBytes, tempDir } from '../support/cli.js';
import { REPO } from '../support/report.js';
import { writeWorkbook } from '../support/workbooks.js';

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const figures = async (args: string[]) => JSON.parse((await runCli(['stats', '--format', 'json', ...args])).stdout);

/** A row of explain --format json (CONTRACT §5). */
interface ExplainedRow {
  file: string;
  line: number;
  id: string;
  project: string;
  included: boolean;
  reason?: keyof (typeof CATALOGUES)['nb']['explain']['reason'];
  contributes: number;
}
const explained = async (args: string[]) => JSON.parse((await runCli(['explain', ...args, '--format', 'json'])).stdout);

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

  it('explain: the figure on one sheet, its rows on another, as the JSON has them, with numeric cells and number formats', async () => {
    const cwd = tempDir();
    const args = ['totals.costMnok', '--report', '2019'];
    const result = await runCli(['explain', ...args, '--format', 'xlsx', '--output', 'kostnad.xlsx'], { cwd });
    expect(result).toEqual({ code: 0, stdout: '', stderr: `bruker eksempelregistrene som følger med digiraad (${join(REPO, 'data')})\n` });
    const workbook = await readWorkbook(readFileSync(join(cwd, 'kostnad.xlsx')));
    const json = await explained(args);
    const t = CATALOGUES.nb.explain;
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tallet', 'Radene']);

    const figure = workbook.getWorksheet('Tallet')!;
    expect(figure.getRow(1).values).toEqual([undefined, 'Tall', 'Verdi', 'Hva tallet teller', 'Perioden fra', 'Per']);
    expect(figure.getRow(1).font?.bold).toBe(true);
    expect(figure.getRow(2).values).toEqual([
      undefined,
      'totals.costMnok',
      json.value,
      t.how.sum,
      new Date(`${json.period.since}T00:00:00Z`),
      new Date(`${json.period.asOf}T00:00:00Z`),
    ]);
    expect(figure.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(figure.getRow(2).getCell(2).numFmt).toBe('#,##0');
    expect(figure.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(figure.getRow(2).getCell(5).numFmt).toBe('dd.mm.yyyy');

    const rows = workbook.getWorksheet('Radene')!;
    expect(rows.getRow(1).values).toEqual([undefined, 'Fil', 'Rad', 'Id', 'Prosjekt', 'Talt med', 'Hvorfor ikke', 'Teller']);
    expect(rows.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows.rowCount).toBe(json.rows.length + 1);
    json.rows.forEach((r: ExplainedRow, i: number) => {
      const row = rows.getRow(i + 2);
      expect(row.values).toEqual([undefined, r.file, r.line, r.id, r.project, r.included, ...(r.reason ? [t.reason[r.reason]] : [undefined]), r.contributes]);
    });
    const excluded = json.rows.findIndex((r: ExplainedRow) => r.reason === 'excluded-from-totals');
    expect(excluded).toBeGreaterThan(-1);
    const row = rows.getRow(excluded + 2);
    expect(row.getCell(2)).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '0' });
    expect(row.getCell(5)).toMatchObject({ type: ExcelJS.ValueType.Boolean, value: false });
    expect(row.getCell(6).value).toBe('holdt utenfor totalene');
    const counted = rows.getRow(json.rows.findIndex((r: ExplainedRow) => r.included) + 2);
    expect(counted.getCell(7)).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '#,##0' });
    expect(counted.getCell(7).value).toBeGreaterThan(0);
  });

  it('explain: a share in English, read by a second reader (SheetJS): shares with one decimal, booleans, reasons in the language', async () => {
    const args = ['themes.usikkerhet.recommendationShare', '--report', '2018', '--lang', 'en'];
    const { code, stdout } = await runCliForBytes(['explain', ...args, '--format', 'xlsx']);
    expect(code).toBe(0);
    const book = XLSX.read(stdout, { cellNF: true });
    expect(book.SheetNames).toEqual(['Figure', 'Rows']);
    const json = await explained(args);
    const figure = book.Sheets.Figure!;
    expect([figure.A1?.v, figure.B1?.v, figure.C1?.v]).toEqual(['Figure', 'Value', 'What it counts']);
    expect(figure.B2).toMatchObject({ t: 'n', v: json.value, z: '0.0%' });
    const counted = json.rows.filter((r: ExplainedRow) => r.included);
    // Each counted row adds 1/n, n the rows the share is taken of.
    const of = Math.round(1 / counted[0].contributes);
    expect(figure.C2?.v).toBe(`${CATALOGUES.en.explain.how.share} ${CATALOGUES.en.explain.share(String(counted.length), String(of))}`);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Rows!, { header: 1 });
    expect(rows[0]).toEqual(['File', 'Row', 'Id', 'Project', 'Counted', 'Why not', 'Adds']);
    expect(rows.slice(1)).toEqual(
      json.rows.map((r: ExplainedRow) => [
        r.file,
        r.line,
        r.id,
        r.project,
        r.included,
        r.reason ? CATALOGUES.en.explain.reason[r.reason] : undefined,
        r.contributes,
      ]),
    );
    const first = json.rows.findIndex((r: ExplainedRow) => r.included) + 2;
    expect(book.Sheets.Rows![`E${first}`]).toMatchObject({ t: 'b', v: true });
    expect(book.Sheets.Rows![`G${first}`]).toMatchObject({ t: 'n', v: 1 / of, z: '0.0%' });
  });

  it('explain: rows of a workbook register are named by workbook and sheet, the same bytes on every run', async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, 'registre.xlsx'), [
      {
        name: 'Prosjekter',
        rows: [
          ['id', 'name', 'agency', 'ministry', 'meeting_date', 'cost_mnok'],
          ['a', 'Alfa', 'A', 'M', '2019-01-10', 1234.5],
          ['b', 'Beta', 'B', 'M', '2019-02-10', null],
        ],
      },
      { name: 'Spørsmål', rows: [['id', 'project_id', 'theme']] },
      { name: 'Anbefalinger', rows: [['id', 'project_id', 'theme']] },
    ]);
    const args = ['explain', 'totals.costMnok', '--data', dir, '--as-of', '2019-12-31', '--format', 'xlsx', '--lang', 'nn'];
    const [a, b] = [await runCliForBytes(args), await runCliForBytes(args)];
    expect(a.code).toBe(0);
    expect(Buffer.compare(a.stdout, b.stdout)).toBe(0);
    const workbook = await readWorkbook(a.stdout);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Talet', 'Radene']);
    expect(workbook.created).toEqual(new Date('2019-12-31T00:00:00Z'));
    const rows = workbook.getWorksheet('Radene')!;
    expect(rows.getRow(2).values).toEqual([undefined, 'registre.xlsx [Prosjekter]', 2, 'a', 'a', true, undefined, 1234.5]);
    expect(rows.getRow(3).values).toEqual([undefined, 'registre.xlsx [Prosjekter]', 3, 'b', 'b', false, 'utan kostnadsoverslag', 0]);
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
    expect((await runCli(['explain', 'totals.costMnok', '--format', 'xlsx', '--data', 'no-such-folder'], { tty: true })).code).toBe(2);
    expect((await runCli(['projects', '--format', 'xlsx', '--output', 'p.xlsx', '--lang', 'en'], { cwd, tty: true })).code).toBe(0);
    expect(readFileSync(join(cwd, 'p.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});
