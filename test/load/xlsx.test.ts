import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/model/themes.js';
import { runCli, tempDir } from '../support/cli.js';
import { writeWorkbook, writeWorkbookWithSheetJs, type CellInput, type SheetInput } from '../support/workbooks.js';

const REGISTERS = ['projects', 'questions', 'recommendations', 'conversations', 'reports'] as const;
const NORWEGIAN = { projects: 'Prosjekter', questions: 'SPØRSMÅL', recommendations: 'anbefalinger', conversations: 'Erfaringssamtaler', reports: 'Rapporter' };
const fixture = (register: string) => readFileSync(new URL(`../fixtures/base/${register}.csv`, import.meta.url), 'utf8');

/** A fixture register's cells as a spreadsheet keeps them: dates, numbers and booleans typed, the rest text. */
function typedRows(register: string): CellInput[][] {
  const [header, ...rows] = Papa.parse<string[]>(fixture(register).trim()).data as [string[], ...string[][]];
  const typed = (column: string, cell: string): CellInput => {
    if (cell === '') return null;
    if (/date|cutoff/.test(column)) return new Date(`${cell}T00:00:00Z`);
    if (/_mnok|year/.test(column)) return Number(cell);
    if (/programme|shared_solution|exclude_from_totals/.test(column)) return cell === 'yes';
    return cell;
  };
  return [header, ...rows.map((row) => row.map((cell, i) => typed(header[i]!, cell)))];
}

const csvFolder = () => {
  const dir = tempDir();
  for (const register of REGISTERS) writeFileSync(join(dir, `${register}.csv`), fixture(register));
  return dir;
};

const stats = (dir: string) => runCli(['stats', '--format', 'json', '--data', dir]);

describe('registers in Excel workbooks', () => {
  it('one workbook with a sheet per register, Norwegian names in any case, gives the figures of the CSV files', async () => {
    const fromCsv = await stats(csvFolder());
    const dir = tempDir();
    const sheets: SheetInput[] = [
      { name: 'Veiledning', rows: [['Fyll inn arkene']] },
      ...REGISTERS.map((r) => ({ name: NORWEGIAN[r], rows: typedRows(r), formats: { E: 'dd.mm.yyyy', C: 'd. mmmm yyyy' } })),
    ];
    await writeWorkbook(join(dir, 'registre.xlsx'), sheets);
    const fromWorkbook = await stats(dir);
    expect(fromWorkbook.stderr).toBe('');
    expect(fromWorkbook.code).toBe(0);
    expect(fromWorkbook.stdout).toBe(fromCsv.stdout);
  });

  it('one workbook per register (first sheet), written by a second writer (SheetJS), gives the same figures', async () => {
    const fromCsv = await stats(csvFolder());
    const dir = tempDir();
    for (const register of REGISTERS) writeWorkbookWithSheetJs(join(dir, `${register}.xlsx`), [{ name: 'Ark1', rows: typedRows(register) }]);
    const fromWorkbook = await stats(dir);
    expect(fromWorkbook.stderr).toBe('');
    expect(fromWorkbook.stdout).toBe(fromCsv.stdout);
  });

  it('reads CSV for some registers and workbooks for others, and refuses a register kept in both', async () => {
    const dir = csvFolder();
    const fromCsv = await stats(dir);
    rmSync(join(dir, 'recommendations.csv'));
    await writeWorkbook(join(dir, 'Anbefalinger.xlsx'), [{ name: 'Ark1', rows: typedRows('recommendations') }]);
    expect(await stats(dir)).toEqual(fromCsv);
    writeFileSync(join(dir, 'recommendations.csv'), fixture('recommendations'));
    const both = await runCli(['validate', '--data', dir, '--lang', 'en']);
    expect(both.code).toBe(1);
    expect(both.stdout).toBe(
      [
        `${join(dir, 'recommendations.csv')}: error[register-twice]: the register recommendations is both here and in ${join(dir, 'Anbefalinger.xlsx')} [Ark1] (hint: keep each register in one place: remove or rename one of them)`,
        '1 error, 0 warnings',
        '',
      ].join('\n'),
    );
    expect((await stats(dir)).code).toBe(1);
  });

  it('reads cells by their type: dates whatever their format, exact numbers, booleans, formulas, rich text', async () => {
    const dir = csvFolder();
    const rows: CellInput[][] = [
      [
        'ID',
        'Name',
        'Agency',
        'Ministry',
        'Meeting date',
        'cost_mnok',
        'benefit_mnok',
        'programme',
        'shared_solution',
        'exclude_from_totals',
        'revisit_of',
        null,
        null,
      ],
      [
        'a',
        { richText: [{ text: 'Alfa ' }, { text: 'felles', font: { bold: true } }] },
        'Arkivverket',
        'Kulturdepartementet',
        new Date('2018-03-14T00:00:00Z'),
        1.234,
        { formula: 'F2*2', result: 2.468 },
        true,
        false,
        null,
        null,
      ],
      ['b', 'Beta', 'Skatteetaten', 'Finansdepartementet', new Date('2018-11-07T00:00:00Z'), 1234.5, 0.1, 'ja', 'x', 'nei', null],
      [],
      [null, null, null, null, null, null, null, null, null, null, null, null, null],
    ];
    await writeWorkbook(join(dir, 'projects.xlsx'), [{ name: 'Ark1', rows, formats: { E: '[$-414]d. mmmm yyyy;@', F: '# ##0,000' } }]);
    rmSync(join(dir, 'projects.csv'));
    writeFileSync(join(dir, 'questions.csv'), 'id,project_id,theme\nq1,a,usikkerhet\n');
    writeFileSync(join(dir, 'recommendations.csv'), 'id,project_id,theme\nr1,b,usikkerhet\n');
    writeFileSync(join(dir, 'conversations.csv'), 'id,project_id,date\n');
    const result = await runCli(['stats', '--format', 'json', '--data', dir, '--as-of', '2019-01-01']);
    expect(result.stderr).toBe('');
    const figures = JSON.parse(result.stdout);
    expect(figures.totals).toMatchObject({ counted: 2, costMnok: 1.234 + 1234.5, benefitMnok: 2.468 + 0.1 });
    expect(figures.projects).toMatchObject({ total: 2, programmes: 2 });
    expect(figures.byYear['2018'].projects).toBe(2);
  });

  it('names the workbook, sheet, row and column of every problem, in the chosen language', async () => {
    const dir = csvFolder();
    for (const register of ['questions', 'recommendations']) {
      rmSync(join(dir, `${register}.csv`));
    }
    const recommendations = typedRows('recommendations');
    recommendations[3]![2] = 'Gevinstrealisring';
    recommendations[4]![0] = 'r1';
    await writeWorkbook(join(dir, 'registre.xlsx'), [
      { name: 'Spørsmål', rows: typedRows('questions') },
      { name: 'Anbefalinger', rows: recommendations },
    ]);
    const nb = await runCli(['validate', '--data', dir]);
    const file = join(dir, 'registre.xlsx');
    expect(nb.stdout).toBe(
      [
        `${file} [Anbefalinger] rad 4, kolonne C (theme): feil[unknown-theme]: "Gevinstrealisring" er ikke ett av de seks temaene (tips: mente du «Gevinstrealisering»?)`,
        `${file} [Anbefalinger] rad 5, kolonne A (id): feil[duplicate-id]: "r1" er allerede brukt på linje 2 (tips: hver rad trenger sin egen id)`,
        '2 feil, 0 advarsler',
        '',
      ].join('\n'),
    );
    const en = await runCli(['validate', '--data', dir, '--lang', 'en']);
    expect(en.stdout.split('\n')[0]).toBe(
      `${file} [Anbefalinger] row 4, column C (theme): error[unknown-theme]: "Gevinstrealisring" is not one of the six themes (hint: did you mean "Gevinstrealisering"?)`,
    );
    const json = JSON.parse((await runCli(['validate', '--data', dir, '--format', 'json'])).stdout);
    expect(json.problems[0]).toMatchObject({
      file,
      sheet: 'Anbefalinger',
      line: 4,
      row: 4,
      column: 'theme',
      columnLetter: 'C',
      value: 'Gevinstrealisring',
      rule: 'unknown-theme',
    });
  });

  it('reads text typed into a cell by the CSV rules: "1.234" as text is as ambiguous as in a CSV file', async () => {
    const dir = csvFolder();
    const projects = typedRows('projects');
    projects[1]![5] = '1.234';
    await writeWorkbook(join(dir, 'registre.xlsx'), [{ name: 'projects', rows: projects }]);
    rmSync(join(dir, 'projects.csv'));
    const result = await runCli(['validate', '--data', dir, '--lang', 'en']);
    expect(result.stdout.split('\n')[0]).toBe(
      `${join(dir, 'registre.xlsx')} [projects] row 2, column F (cost_mnok): error[ambiguous-number]: "1.234" could be 1234 or 1.234 (hint: write 1 234 for the whole number, or 1,2340 for the decimal)`,
    );
  });

  it('takes a merged header cell as naming its first column, and leaves empty trailing rows and columns alone', async () => {
    const dir = csvFolder();
    rmSync(join(dir, 'conversations.csv'));
    const path = join(dir, 'conversations.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Samtaler');
    sheet.addRow([]);
    sheet.addRow(['id', 'project_id', 'date', 'note']);
    sheet.mergeCells('D2:F2');
    sheet.addRow(['c1', '2018-alfa', new Date('2019-04-03T00:00:00Z'), 'merket', null, null]);
    sheet.getColumn('B').hidden = true;
    sheet.getCell('H20').numFmt = '0.00';
    await workbook.xlsx.writeFile(path);
    const result = await stats(dir);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).conversations.total).toBe(1);
  });

  it('says which file is not a workbook', async () => {
    const dir = csvFolder();
    writeFileSync(join(dir, 'registre.xlsx'), 'id,name\n');
    const result = await runCli(['validate', '--data', dir, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      `${join(dir, 'registre.xlsx')}: error[not-a-workbook]: the file is not an Excel workbook that can be read (hint: save it from Excel or LibreOffice as .xlsx (Excel workbook), without a password)`,
    );
  });
});

describe('property: a register in a workbook gives the figures of the same register as CSV', () => {
  // Text that tests quoting and cells alike: delimiters, quotes, line ends, æøå, a leading `=`.
  const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', 'æ', 'ø', 'Å', '«', '–', '|', '=', '1', '.'), maxLength: 10 });
  // Thousandths, so that values such as 1.234 (ambiguous as CSV text `1.234`) come up.
  const amount = fc.option(
    fc.integer({ min: 0, max: 2_000_000 }).map((n) => n / 1000),
    { nil: null },
  );
  const day = fc.integer({ min: Date.UTC(2016, 0, 1) / 86_400_000, max: Date.UTC(2020, 11, 31) / 86_400_000 }).map((d) => new Date(d * 86_400_000));
  const theme = fc.constantFrom(...THEMES.flatMap((t) => [t.id, t.label]));
  const registersArbitrary = fc
    .array(
      fc.record({
        name: text,
        agency: fc.constantFrom('A', 'B', 'A/B', 'Cø'),
        date: day,
        cost: amount,
        benefit: amount,
        programme: fc.boolean(),
        shared: fc.boolean(),
        excluded: fc.boolean(),
        revisit: fc.boolean(),
      }),
      { minLength: 1, maxLength: 10 },
    )
    .chain((rows) => {
      const sorted = [...rows].sort((a, b) => a.date.getTime() - b.date.getTime());
      const projects: CellInput[][] = [
        ['id', 'name', 'agency', 'ministry', 'meeting_date', 'cost_mnok', 'benefit_mnok', 'programme', 'shared_solution', 'exclude_from_totals', 'revisit_of'],
        ...sorted.map((r, i) => [
          `p${i}`,
          r.name.trim() || 'x',
          r.agency,
          'M',
          r.date,
          r.cost,
          r.benefit,
          r.programme,
          r.shared,
          r.excluded,
          r.revisit && i > 0 ? `p${i - 1}` : null,
        ]),
      ];
      const projectId = fc.integer({ min: 0, max: sorted.length - 1 }).map((i) => `p${i}`);
      const tags = fc.subarray(['kommunikasjon', 'laer-av-andre', 'smidig']).map((t) => t.join('|'));
      return fc.record({
        projects: fc.constant(projects),
        questions: fc
          .array(fc.tuple(projectId, theme, text), { maxLength: 12 })
          .map((qs) => [['id', 'project_id', 'theme', 'text'], ...qs.map(([p, t, x], i) => [`q${i}`, p, t, x])]),
        recommendations: fc
          .array(fc.tuple(projectId, theme, tags, text), { maxLength: 15 })
          .map((rs) => [['id', 'project_id', 'theme', 'tags', 'text'], ...rs.map(([p, t, g, x], i) => [`r${i}`, p, t, g, x])]),
        conversations: fc
          .array(fc.tuple(projectId, day), { maxLength: 4 })
          .map((cs) => [['id', 'project_id', 'date'], ...cs.map(([p, d], i) => [`c${i}`, p, d])]),
        oneWorkbook: fc.boolean(),
      });
    });

  /** How a person would type the value into a CSV file: Norwegian booleans, ISO dates, numbers that are not ambiguous. */
  const csvText = (value: CellInput): string =>
    value === null
      ? ''
      : typeof value === 'boolean'
        ? value
          ? 'ja'
          : 'nei'
        : value instanceof Date
          ? value.toISOString().slice(0, 10)
          : typeof value === 'number'
            ? value.toFixed(4)
            : String(value);

  it('byte-identical stats --format json, over random registers', async () => {
    await fc.assert(
      fc.asyncProperty(registersArbitrary, async ({ oneWorkbook, ...registers }) => {
        const csv = tempDir();
        const xlsx = tempDir();
        for (const [register, rows] of Object.entries(registers))
          writeFileSync(join(csv, `${register}.csv`), Papa.unparse(rows.map((row) => row.map(csvText))));
        // Empty text is an empty cell in a spreadsheet.
        const sheets = Object.entries(registers).map(([register, rows]) => ({
          name: register,
          rows: rows.map((row) => row.map((v) => (v === '' ? null : v))),
          formats: { E: 'dd.mm.yyyy', C: 'yyyy-mm-dd' },
        }));
        if (oneWorkbook) await writeWorkbook(join(xlsx, 'registre.xlsx'), sheets);
        else for (const sheet of sheets) await writeWorkbook(join(xlsx, `${sheet.name}.xlsx`), [{ ...sheet, name: 'Ark1' }]);
        const [fromCsv, fromWorkbook] = [
          await runCli(['stats', '--format', 'json', '--data', csv, '--as-of', '2021-01-01']),
          await runCli(['stats', '--format', 'json', '--data', xlsx, '--as-of', '2021-01-01']),
        ];
        expect(fromCsv.code).toBe(0);
        expect(fromWorkbook.code).toBe(0);
        expect(fromWorkbook.stdout).toBe(fromCsv.stdout);
      }),
      { numRuns: 20 },
    );
  });
});
