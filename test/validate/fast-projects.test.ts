// projects.csv through the byte scanner and its fast path (the default) against papaparse and the
// plain row validator (DIGIRAAD_CSV=plain): the same bytes and exit codes for every edge case of a
// project row.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readRegisters } from '../../src/load/registers.js';
import { RegistersValidator } from '../../src/validate/index.js';
import { TableValidator } from '../../src/validate/table.js';
import { removeTempDirs, runCli, tempDir } from '../support/cli.js';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const PLAIN = { DIGIRAAD_CSV: 'plain' };
// The scanner, which hands rows to the fast path, also for files under 1 MiB (papaparse reads those by default).
const SCAN = { DIGIRAAD_CSV: 'scan' };

afterAll(removeTempDirs);

/** data/ with projects.csv made by `edit` from the shipped one. */
function dataWith(edit: (csv: string) => string): string {
  const dir = tempDir('digiraad-projects-');
  cpSync(DATA, dir, { recursive: true });
  const file = join(dir, 'projects.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

const HEADER = 'id,name,agency,ministry,meeting_date,cost_mnok,benefit_mnok,programme,shared_solution,exclude_from_totals,revisit_of';
/** The first data row, which later rows are made from. */
const FIRST = '2016-e-arkiv-mavod,E-arkiv/MAVOD,Arkivverket,Kulturdepartementet,2016-03-09,85,210,yes,yes,no,';
/** Rows appended at the end of the shipped file. */
const appended =
  (...rows: string[]) =>
  (csv: string) =>
    `${csv}${rows.join('\n')}\n`;
/** A project row with the given cells over the first row's (by column name). */
const row = (cells: Record<string, string>) => {
  const values = FIRST.split(',');
  HEADER.split(',').forEach((column, i) => {
    if (column in cells) values[i] = cells[column]!;
  });
  return values.join(',');
};
/** Every dd.mm.yyyy or ISO date in the file, written the other way. */
const norwegianDates = (csv: string) => csv.replace(/(\d{4})-(\d{2})-(\d{2})/g, (_, y, m, d) => `${d}.${m}.${y}`);
/** `count` rows of new projects, p-1 … p-count, with cells made by `cells(i)`. */
const many = (count: number, cells: (i: number) => Record<string, string>) =>
  Array.from({ length: count }, (_, i) => row({ id: `p-${i + 1}`, name: `Prosjekt ${i + 1}`, ...cells(i) }));

const CASES: [string, (csv: string) => string][] = [
  [
    'quoted cells',
    (csv) =>
      csv.replace(
        FIRST,
        FIRST.split(',')
          .map((cell) => `"${cell}"`)
          .join(','),
      ),
  ],
  ['doubled quotes in a name and an agency', appended(row({ id: 'q-1', name: '"E-arkiv ""2"""', agency: '"Arkiv""verket"' }))],
  ['a comma in a quoted agency and ministry', appended(row({ id: 'q-2', name: 'Ny', agency: '"Arkiv, verket"', ministry: '"Kultur-, og departementet"' }))],
  ['CRLF line ends', (csv) => csv.replaceAll('\n', '\r\n')],
  ['CR and mixed line ends', (csv) => csv.replace('\n', '\r').replace('\n', '\r\n')],
  [
    'a line break in a quoted name and in a quoted agency',
    appended(row({ id: 'q-3', name: '"To\nlinjer"' }), row({ id: 'q-4', name: 'X', agency: '"Arkiv\r\nverket"' })),
  ],
  [
    'æøå in agencies, and the same agency in other case and width',
    appended(row({ id: 'q-5', name: 'A', agency: 'BRØNNØYSUNDREGISTRENE' }), row({ id: 'q-6', name: 'B', agency: 'Ｂrønnøysundregistrene' })),
  ],
  [
    'an agency written in NFD and NFC',
    appended(row({ id: 'q-7', name: 'C', agency: 'A\u030ardal kommune' }), row({ id: 'q-8', name: 'D', agency: '\u00c5rdal kommune' })),
  ],
  [
    'lookalike agencies and ministries',
    appended(
      row({ id: 'q-9', name: 'E', agency: 'arkivverket' }),
      row({ id: 'q-10', name: 'F', ministry: 'Kulturdepartementet ' }),
      row({ id: 'q-11', name: 'G', ministry: 'kulturdepartementet' }),
    ),
  ],
  [
    'joint agencies, spaced and lookalike within a cell',
    appended(
      row({ id: 'q-12', name: 'H', agency: 'Arkivverket / Husbanken' }),
      row({ id: 'q-13', name: 'I', agency: 'Nyverket/nyverket' }),
      row({ id: 'q-14', name: 'J', agency: 'To/Tre/To' }),
    ),
  ],
  [
    'a new agency used again and then as a lookalike',
    appended(
      ...many(5, () => ({ agency: 'Nytt direktorat' })),
      row({ id: 'q-15', name: 'K', agency: 'Nytt  direktorat' }),
      row({ id: 'q-16', name: 'L', agency: 'Nytt direktorat' }),
    ),
  ],
  ['all dates dd.mm.yyyy', norwegianDates],
  ['all dates d.m.yyyy and dd.mm.yyyy', (csv) => norwegianDates(csv).replace('09.03.2016', '9.3.2016')],
  ['one date dd.mm.yyyy among ISO dates', (csv) => csv.replace('2016-03-30', '30.03.2016')],
  [
    'dd.mm.yyyy dates first, then ISO dates',
    (csv) =>
      csv
        .split('\n')
        .map((line, i) => (i < 20 ? norwegianDates(line) : line))
        .join('\n'),
  ],
  [
    'ISO dates first, then dd.mm.yyyy dates',
    (csv) =>
      csv
        .split('\n')
        .map((line, i) => (i > 20 ? norwegianDates(line) : line))
        .join('\n'),
  ],
  [
    'dd.mm.yyyy dates on more rows than are held back',
    appended(...many(1100, (i) => ({ meeting_date: `0${1 + (i % 9)}.03.2019`, cost_mnok: i % 7 === 0 ? 'x' : '5' }))),
  ],
  [
    'dd.mm.yyyy dates on more rows than are held back, then an ISO date',
    appended(...many(1100, () => ({ meeting_date: '01.03.2019' })), row({ id: 'q-17', name: 'M' })),
  ],
  [
    'dates with a time, impossible, short and empty',
    appended(
      row({ id: 'q-18', name: 'N', meeting_date: '2016-03-09T00:00' }),
      row({ id: 'q-19', name: 'O', meeting_date: '2016-02-30' }),
      row({ id: 'q-20', name: 'P', meeting_date: '2016-3-9' }),
      row({ id: 'q-21', name: 'Q', meeting_date: '' }),
      row({ id: 'q-22', name: 'R', meeting_date: ' 2016-03-09 ' }),
      row({ id: 'q-23', name: 'S', meeting_date: '2016-02-29' }),
    ),
  ],
  [
    'amounts: empty, spaced, negative, huge, ambiguous, grouped, decimal comma, leading zeros, dates',
    appended(
      ...[
        ' ',
        ' 85 ',
        '-3',
        '-0',
        '\u22125',
        '20000000',
        '10000000',
        '10000000.5',
        '1.234',
        '1,234',
        '"1,5"',
        '1 234',
        '"1 234,5"',
        '0.123',
        '12.3456',
        '007',
        '24.05.2019',
        '05/24/2026',
        '1e3',
        '.5',
        '5.',
        '0x10',
        '99999999999999999999',
      ].map((amount, i) => row({ id: `a-${i}`, name: `Beløp ${i}`, cost_mnok: amount, benefit_mnok: i % 2 ? amount : '' })),
    ),
  ],
  [
    'booleans in every spelling',
    appended(
      ...['Ja', 'JA', ' yes', 'x', 'X', 'true', '1', '0', 'nei', 'No', '', 'maybe', '"yes"', 'ja '].map((value, i) =>
        row({ id: `b-${i}`, name: `Sann ${i}`, programme: value, shared_solution: value, exclude_from_totals: i === 3 ? 'yes' : value }),
      ),
    ),
  ],
  [
    'revisit chains, a cycle, a dangling and an early revisit',
    appended(
      row({ id: 'r-1', name: 'E-arkiv/MAVOD', meeting_date: '2017-01-01', revisit_of: '2016-e-arkiv-mavod' }),
      row({ id: 'r-2', name: 'E-arkiv/MAVOD', meeting_date: '2018-01-01', revisit_of: 'r-1' }),
      row({ id: 'r-3', name: 'Sirkel', meeting_date: '2018-01-01', revisit_of: 'r-4' }),
      row({ id: 'r-4', name: 'Sirkel', meeting_date: '2018-01-01', revisit_of: 'r-3' }),
      row({ id: 'r-5', name: 'Løs', revisit_of: 'finnes-ikke' }),
      row({ id: 'r-6', name: 'Tidlig', meeting_date: '2015-01-01', revisit_of: 'r-1' }),
      row({ id: 'r-7', name: 'Selv', revisit_of: 'r-7' }),
      row({ id: 'r-8', name: 'Mellomrom', revisit_of: ' r-1 ' }),
      row({ id: 'r-9', name: 'Stor', revisit_of: 'R-1' }),
    ),
  ],
  [
    'a project repeated without revisit_of',
    appended(
      row({ id: 'r-10', name: 'E-arkiv/MAVOD', meeting_date: '2019-01-01' }),
      row({ id: 'r-11', name: 'e-arkiv/mavod', agency: 'ARKIVVERKET', meeting_date: '2020-01-01' }),
    ),
  ],
  [
    'duplicate and lookalike ids',
    appended(
      row({ name: 'Dobbel' }),
      row({ id: '2016-E-arkiv-mavod', name: 'Stor' }),
      row({ id: ' 2016-e-arkiv-mavod ', name: 'Rom' }),
      row({ id: 'ＩＤ-1', name: 'Bred' }),
      row({ id: 'id-1', name: 'Smal' }),
      row({ id: 'Æ-1', name: 'Æ' }),
      row({ id: 'æ-1', name: 'æ' }),
      row({ id: '', name: 'Tom' }),
    ),
  ],
  [
    'control, bidi, invisible and tab characters in names, agencies, ids and unknown columns',
    appended(
      row({ id: 'c-1', name: 'Kon\u0007troll' }),
      row({ id: 'c-2', name: 'Tab\there' }),
      row({ id: 'c-3', name: 'Bidi\u202e' }),
      row({ id: 'c-4', name: 'Usynlig\u200b' }),
      row({ id: 'c-5', name: 'A', agency: 'Arkiv\u200bverket' }),
      row({ id: 'c-6', name: 'B', agency: 'Arkiv\tverket' }),
      row({ id: 'c-7', name: 'C', ministry: 'Kultur\u0085departementet' }),
      row({ id: 'c\u00007', name: 'D' }),
      row({ id: 'c-8', name: 'E\u007f' }),
      row({ id: 'c-9', name: 'F', revisit_of: 'c\u200b-1' }),
      row({ id: 'c-10', name: 'G\u00a0', agency: '\u00a0Arkivverket' }),
      row({ id: 'c-11', name: '\ufeffH' }),
      row({ id: 'c-12', name: 'C1 \u0090' }),
    ),
  ],
  [
    'a missing name, agency and ministry',
    appended(row({ id: 'm-1', name: '' }), row({ id: 'm-2', name: '  ', agency: '' }), row({ id: 'm-3', name: 'X', ministry: ' ' })),
  ],
  ['too few and too many cells', appended(`${row({ id: 'e-1', name: 'X' })},ekstra`, row({ id: 'e-2', name: 'Y' }).replace(/,$/, ''))],
  [
    'an unknown column with control characters and quotes',
    (csv) =>
      csv
        .split('\n')
        .map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'note' : i % 3 ? '"a ""b"""' : `x\u0001${i}`}`))
        .join('\n'),
  ],
  [
    'columns in another order and case',
    (csv) =>
      csv
        .split('\n')
        .map((line) =>
          line
            .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
            .reverse()
            .join(','),
        )
        .join('\n')
        .replace('revisit_of', 'Revisit_Of')
        .replace('agency', ' AGENCY '),
  ],
  ['a duplicated column', (csv) => csv.replace('revisit_of', 'agency')],
  ['a missing column', (csv) => csv.replace('meeting_date', 'meeting')],
  ['a long name and a long agency', appended(row({ id: 'l-1', name: 'n'.repeat(100_001) }), row({ id: 'l-2', name: 'Y', agency: 'a'.repeat(100_001) }))],
  ['a header only', (csv) => csv.split('\n')[0]!],
  [
    'many new projects, agencies and dates',
    appended(...many(3000, (i) => ({ agency: `Etat ${i % 300}`, meeting_date: `2019-0${1 + (i % 9)}-1${i % 10}`, cost_mnok: `${i}.${i % 10}` }))),
  ],
];

describe('projects.csv through the fast path gives what the plain path gives', () => {
  it.each(CASES)('%s', async (_, edit) => {
    const dir = dataWith(edit);
    for (const command of [
      ['validate'],
      ['validate', '--format', 'github'],
      ['stats', '--format', 'json'],
      ['projects', '--format', 'json'],
      ['validate', '--max-errors', '2'],
    ]) {
      const args = [...command, '--data', dir];
      expect(await runCli(args, { env: SCAN })).toEqual(await runCli(args, { env: PLAIN }));
    }
  });

  it('projects numbered p1, p2, … (looked up by number), referred to rightly and in near misses', async () => {
    const dir = dataWith((csv) => csv);
    const ids = readFileSync(join(dir, 'projects.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!)
      .filter((id) => id !== '');
    const renamed = new Map(ids.map((id, i) => [id, `p${i + 1}`]));
    const misses = ['p01', 'P2', 'p0', 'p999', 'p1 ', 'q1', 'p123456789'];
    for (const file of ['projects.csv', 'questions.csv', 'recommendations.csv', 'conversations.csv']) {
      const text = readFileSync(join(dir, file), 'utf8').replace(/[\w-]*\d[\w-]*/g, (word) => renamed.get(word) ?? word);
      const extra = file === 'questions.csv' ? misses.map((id, i) => `qx${i},${id},usikkerhet,Spørsmål`).join('\n') : '';
      writeFileSync(join(dir, file), `${text}${extra}\n`);
    }
    for (const command of [['validate'], ['stats', '--format', 'json']]) {
      const args = [...command, '--data', dir];
      expect(await runCli(args, { env: SCAN })).toEqual(await runCli(args, { env: PLAIN }));
    }
    const { stdout } = await runCli(['validate', '--data', dir]);
    // The misses but `p1 ` (read as p1) are unknown; every renamed reference is known.
    expect(stdout.split('\n').filter((line) => line.includes('unknown-project'))).toHaveLength(misses.length - 1);
  });

  it('the cases reach the checks (they are not all refused alike)', async () => {
    const clean = await runCli(['validate', '--data', dataWith((csv) => csv)]);
    const dates = await runCli(['validate', '--data', dataWith(norwegianDates)]);
    const lookalike = await runCli(['validate', '--data', dataWith(CASES[8]![1])]);
    expect(clean.code).toBe(0);
    expect(dates.code).toBe(0);
    expect(dates.stdout).toContain('norwegian-date-column');
    expect(lookalike.stdout).toContain('lookalike-name');
  });
});

describe('which rows of projects.csv the fast path takes', () => {
  /** The lines of projects.csv that went to the plain row validator, and the treatments read. */
  async function plainLines(dir: string) {
    const row = vi.spyOn(TableValidator.prototype, 'row');
    try {
      const validator = new RegistersValidator();
      await readRegisters(dir, validator, { csvReader: 'scan' });
      const lines = row.mock.contexts.flatMap((table, i) => ((table as TableValidator<unknown>).file.endsWith('projects.csv') ? [row.mock.calls[i]![0]] : []));
      return { lines, treatments: validator.finish().registers.treatments.length };
    } finally {
      row.mockRestore();
    }
  }

  it('every row of the shipped projects.csv, on its bytes', async () => {
    expect(await plainLines(DATA)).toEqual({ lines: [], treatments: 56 });
  });

  it('leaves to the plain path a row with a word to say, a dd.mm.yyyy date, and what follows a column of them', async () => {
    const lookalike = dataWith(appended(row({ id: 'x-1', name: 'X', agency: 'ARKIVVERKET' }), row({ id: 'x-2', name: 'Y' })));
    expect(await plainLines(lookalike)).toEqual({ lines: [58], treatments: 58 });
    const dates = dataWith((csv) =>
      csv
        .split('\n')
        .map((line, i) => (i === 1 || i === 3 ? norwegianDates(line) : line))
        .join('\n'),
    );
    // Line 2 starts the column as all dd.mm.yyyy; line 3 settles it; line 4 has one of its own.
    expect(await plainLines(dates)).toEqual({ lines: [2, 3, 4], treatments: 56 });
  });
});
