import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { REPO } from '../support/report.js';

// The committed report (test/report/committed.test.ts checks that it is what the data gives now).
const folder = join(REPO, 'reports', '2019');

describe('tall.xlsx in the report folder', () => {
  it('opens with what it holds and the period, then every table of the report, with the numbers of figures.json', async () => {
    const figures = JSON.parse(readFileSync(join(folder, 'figures.json'), 'utf8'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'tall.xlsx'));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual([
      'Om arbeidsboken',
      'Nøkkeltall',
      'Hvor store er prosjektene',
      'Spørsmål og anbefalinger per',
      'Hovedtemaenes andel',
      'Per år',
      ...Object.keys(figures.tags),
      'Holdt utenfor totalene',
      'Prosjekter per departement',
      'Prosjektene vi har behandlet',
    ]);
    const about = workbook.getWorksheet('Om arbeidsboken')!.getColumn(1).values.slice(1);
    expect(about.slice(0, 3)).toEqual([
      'Digitaliseringsrådet – tall og figurer 2019',
      'Perioden 24.10.2018–31.10.2019: tallene teller det som er datert til og med 31.10.2019.',
      expect.stringContaining('figures.json'),
    ]);
    expect(about).toEqual(expect.arrayContaining(names.slice(1).map((n) => expect.stringContaining(n))));

    const themes = workbook.getWorksheet('Spørsmål og anbefalinger per')!;
    expect(themes.getRow(2).values).toEqual([
      undefined,
      'Organisering og styring',
      figures.themes['organisering-og-styring'].questions,
      figures.themes['organisering-og-styring'].questionShare,
      figures.themes['organisering-og-styring'].recommendations,
      figures.themes['organisering-og-styring'].recommendationShare,
    ]);
    const ministries = workbook.getWorksheet('Prosjekter per departement')!;
    expect(
      ministries
        .getColumn(2)
        .values.slice(2)
        .reduce((sum: number, n) => sum + (n as number), 0),
    ).toBe(figures.projects.total);
    const projects = workbook.getWorksheet('Prosjektene vi har behandlet')!;
    expect(projects.rowCount - 1).toBe(figures.projects.treatments);
    expect(projects.getRow(2).getCell(5).type).toBe(ExcelJS.ValueType.Date);
    expect(projects.getRow(2).getCell(5).numFmt).toBe('dd.mm.yyyy');
    expect(workbook.created).toEqual(new Date('2019-10-31T00:00:00Z'));
  });

  it('reads the same in a second reader (SheetJS)', () => {
    const book = XLSX.read(readFileSync(join(folder, 'tall.xlsx')), { cellNF: true, cellDates: true });
    const figures = JSON.parse(readFileSync(join(folder, 'figures.json'), 'utf8'));
    const key = XLSX.utils.sheet_to_json<{ Tall: string; Verdi: number }>(book.Sheets['Nøkkeltall']!);
    expect(key.find((row) => row.Tall === 'Samlet kostnadsanslag')?.Verdi).toBe(figures.totals.costMnok);
    expect(book.Sheets['Hvor store er prosjektene']!.C2).toMatchObject({ t: 'n', v: figures.costBands['under-26'].share, z: '0 %' });
  });

  it('is linked from index.html as the file for spreadsheets, and in the manifest', () => {
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('<li><a href="tall.xlsx">tall.xlsx</a> (for regneark)</li>');
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.outputs.map((o: { file: string }) => o.file)).toContain('tall.xlsx');
  });
});
