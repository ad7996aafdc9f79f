import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegisters, type RegistersSink } from '../../src/load/registers.js';
import type { RowSink } from '../../src/load/row-sink.js';
import type { CsvReader } from '../../src/load/stream.js';
import type { ScannedRow } from '../../src/model/scanned-row.js';
import { removeTempDirs, runCli, tempDir } from '../support/cli.js';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const PLAIN = { DIGIRAAD_CSV: 'plain' };
const SCAN = { DIGIRAAD_CSV: 'scan' };

afterAll(removeTempDirs);

/** data/ with recommendations.csv made by `edit` from the shipped one (as bytes). */
function dataWith(edit: (csv: Buffer) => Buffer): string {
  const dir = tempDir('digiraad-scan-');
  cpSync(DATA, dir, { recursive: true });
  const file = join(dir, 'recommendations.csv');
  writeFileSync(file, edit(readFileSync(file)));
  return dir;
}
const text = (edit: (csv: string) => string) => (csv: Buffer) => Buffer.from(edit(csv.toString('utf8')), 'utf8');
const latin1 = (edit: (csv: string) => string) => (csv: Buffer) => Buffer.from(edit(csv.toString('latin1')), 'latin1');
const aRow = (csv: string) => csv.split('\n')[5]!;

// Each case is a file the scanner must read as papaparse does, or hand back to it.
const CASES: [string, (csv: Buffer) => Buffer][] = [
  ['CRLF line ends', text((csv) => csv.replaceAll('\n', '\r\n'))],
  ['CR line ends', text((csv) => csv.replaceAll('\n', '\r'))],
  ['line ends of all three kinds', text((csv) => csv.replace('\n', '\r').replace('\n', '\r\n'))],
  ['a quoted text with CRLF and CR inside', text((csv) => csv.replace(',"Snakk med', ',"Snakk\r\nmed\rdem og'))],
  ['doubled quotes in a text', text((csv) => csv.replace(',"Snakk med', ',"Snakk ""med"""'))],
  ['a doubled quote in a theme', text((csv) => csv.replace(',usikkerhet,', ',"usik""kerhet",'))],
  ['a quoted id and project id', text((csv) => csv.replace('r001,2016-e-arkiv-mavod', '"r001","2016-e-arkiv-mavod"'))],
  ['a BOM', text((csv) => `\ufeff${csv}`)],
  ['two BOMs', text((csv) => `\ufeff\ufeff${csv}`)],
  ['a BOM inside a row', text((csv) => csv.replace('r001', '\ufeffr001'))],
  ['blank lines, white space and bare delimiters', text((csv) => csv.replace('\n', '\n\n  \n,,,,\n\u00a0,\u2003\n"",""\n'))],
  ['no line end at the end', text((csv) => csv.trimEnd())],
  ['an open quote at the end', text((csv) => `${csv}r999,2016-e-arkiv-mavod,usikkerhet,,"no end`)],
  ['an open quote in the middle', text((csv) => csv.replace(',"Snakk med', ',"Snakk med'.replace('"', '"x",y,"')))],
  ['a quote inside an unquoted field', text((csv) => csv.replace('Få anslagene', 'Få "ansl,agene" x'))],
  ['text after a closing quote', text((csv) => csv.replace('oppgave, før dere velger løsning."', 'oppgave"  ,x'))],
  ['spaces around the cells', text((csv) => csv.replace('r001,2016-e-arkiv-mavod,usikkerhet,', ' r001 , 2016-e-arkiv-mavod ,  usikkerhet ,'))],
  ['upper-case and repeated ids', text((csv) => csv.replace('r002,', 'R001,').replace('r003,', 'r001,'))],
  ['an unknown project, theme and tag', text((csv) => csv.replace('r001,2016-e-arkiv-mavod,usikkerhet,', 'r001,2016-e-arkiv-mavodd,usikerhet,ukjent-tagg'))],
  [
    'astral characters (two UTF-16 units, one character) before bad cells',
    text((csv) => csv.replace('r001,2016-e-arkiv-mavod,usikkerhet,', 'r0\u{1f600}1,2016-e-arkiv-mavod,usikerhet,')),
  ],
  ['tags written with other separators', text((csv) => csv.replace(',laer-av-andre,', ',laer-av-andre;gjenbruk,'))],
  ['too few and too many cells', text((csv) => csv.replace(aRow(csv), `${aRow(csv)},x`).replace('r001,', 'r001'))],
  [
    'controls, invisible and bidi characters',
    text((csv) => csv.replace('Få', 'F\u0007å\u202e').replace('r002', 'r0\u200b02').replace('usikkerhet', 'usikker\u0085het')),
  ],
  ['a tab in an id and in a text', text((csv) => csv.replace('r001', 'r\t001').replace('Få', 'F\tå'))],
  ['a NUL past the probe', (csv) => Buffer.concat([csv, Buffer.from(`${'r9,2016-e-arkiv-mavod,usikkerhet,,x\n'.repeat(2500)}r9\u0000,x\n`)])],
  [
    'Windows-1252 bytes',
    latin1((csv) =>
      Buffer.from(csv, 'latin1')
        .toString('utf8')
        .replaceAll('\n', '\r\n')
        .replace(/[^\x00-\x7f]/g, 'æ'),
    ),
  ],
  ['bytes that are not UTF-8 after UTF-8 text', (csv) => Buffer.concat([csv, Buffer.from('r998,2016-e-arkiv-mavod,usikkerhet,,s\xe6r\n', 'latin1')])],
  [
    'bytes that are not UTF-8 before any UTF-8 text, far from it',
    (csv) =>
      Buffer.concat([
        Buffer.from(`${csv.toString('utf8').split('\n')[0]!}\nr997,2016-e-arkiv-mavod,usikkerhet,,s\xe6r\n`, 'latin1'),
        Buffer.from('r996,2016-e-arkiv-mavod,usikkerhet,,x\n'.repeat(4000)),
        csv.subarray(csv.indexOf(10) + 1),
      ]),
  ],
  [
    'an unknown project before a quote the scanner hands back (hints are not spent twice)',
    text((csv) => csv.replace('r001,2016-e-arkiv-mavod,', 'r001,2016-e-arkiv-mavodd,').replace('Snakk med', 'Snakk "med"')),
  ],
  ['a row over a megabyte', text((csv) => `${csv}r995,2016-e-arkiv-mavod,usikkerhet,,"${'x'.repeat(1_100_000)}"\n`)],
  ['a long text', text((csv) => `${csv}r995,2016-e-arkiv-mavod,usikkerhet,,"${'x, '.repeat(40_000)}"\n`)],
  ['semicolons', text((csv) => csv.replaceAll(',', ';'))],
  ['tabs', text((csv) => csv.replace(/"[^"]*"/g, 'x').replaceAll(',', '\t'))],
  ['a header only', text((csv) => csv.split('\n')[0]!)],
  ['white space only', () => Buffer.from(' \n\n')],
  ['a duplicated column', text((csv) => csv.replace('id,project_id,theme,tags,text', 'id,project_id,theme,tags,theme'))],
];

describe('the CSV scanner gives what papaparse gives', () => {
  it.each(CASES)('%s', async (_, edit) => {
    const dir = dataWith(edit);
    for (const command of [['validate'], ['stats', '--format', 'json'], ['validate', '--max-errors', '1'], ['validate', '--format', 'github']]) {
      const args = [...command, '--data', dir];
      expect(await runCli(args, { env: SCAN })).toEqual(await runCli(args, { env: PLAIN }));
    }
  });
});

describe('which path reads a register', () => {
  /** How many rows of each register reached the sink as bytes, and how many as text. */
  async function paths(dir: string, csvReader?: CsvReader) {
    const seen: Record<string, { bytes: number; text: number }> = {};
    const sink: RegistersSink = {
      start(register) {
        const counts = { bytes: 0, text: 0 };
        seen[register] = counts;
        const rows: RowSink = {
          header: () => {},
          row: () => void counts.text++,
          scanned: (_line: number, _row: ScannedRow) => counts.bytes++ >= 0,
          problem: () => {},
        };
        return rows;
      },
      finishProjects: () => {},
      problem: () => {},
      missing: () => {},
    };
    await readRegisters(dir, sink, { csvReader });
    return seen;
  }

  it('the scanner for UTF-8 files of 1 MiB and more, as bytes; papaparse for smaller ones', async () => {
    const seen = await paths(DATA);
    expect(seen.recommendations).toEqual({ bytes: 0, text: 431 });
    expect(seen.questions!.bytes).toBe(0);
    // The shipped rows again and again, past 1 MiB (the sink here checks nothing).
    const big = await paths(dataWith((csv) => Buffer.from(`${csv.toString('utf8')}${csv.toString('utf8').split('\n').slice(1).join('\n').repeat(21)}`)));
    expect(big.recommendations!.text).toBe(0);
    expect(big.recommendations!.bytes).toBeGreaterThan(431 * 20);
    expect(big.questions).toEqual(seen.questions);
  });

  it('the scanner whatever the size when asked (DIGIRAAD_CSV=scan), papaparse when asked (plain), for Windows-1252, and for a file the scanner hands back', async () => {
    expect((await paths(DATA, 'scan')).recommendations).toEqual({ bytes: 431, text: 0 });
    expect((await paths(DATA, 'plain')).recommendations).toEqual({ bytes: 0, text: 431 });
    expect(
      (
        await paths(
          dataWith((csv) => Buffer.from(csv.toString('utf8'), 'latin1')),
          'scan',
        )
      ).recommendations,
    ).toEqual({ bytes: 0, text: 431 });
    expect((await paths(dataWith(text((csv) => csv.replace('Få anslagene', 'Få "anslagene"'))), 'scan')).recommendations).toEqual({ bytes: 0, text: 431 });
  });
});

describe('where each cell starts (col= of --format github, col of JSON)', () => {
  const github = async (env: NodeJS.ProcessEnv = {}) => {
    const dir = tempDir('digiraad-col-');
    cpSync(DATA, dir, { recursive: true });
    // Each of these rows has an unknown theme; the comment on each says where its theme cell starts.
    const rows = [
      'qa1,2016-e-arkiv-mavod,Gevinstrealisring,', // 24
      'qæ2,2016-e-arkiv-mavod,"Gevinstrealisring",«ø»', // 24: æ is one character, the cell starts at its quote
      'qa3,"2016-e-arkiv-mavod",Gevinstrealisring,', // 26
      'qa4,2016-e-arkiv-mavod,Gevinstrealisring,"two\nlines"', // 24: the line break comes after the cell
    ];
    writeFileSync(join(dir, 'questions.csv'), `id,project_id,theme,text\r\n${rows.join('\r\n')}\r\n`);
    const run = await runCli(['validate', '--data', dir, '--format', 'github', '--lang', 'en'], { env });
    return run.stdout
      .split('\n')
      .filter((line) => line.includes('unknown-theme'))
      .map((line) => line.replace(dir, '<data>'));
  };

  it('is the character where the cell starts on its line, counting from 1, a quoted cell at its quote: from the scanner', async () => {
    const cols = (await github(SCAN)).map((line) => /,col=(\d+),/.exec(line)?.[1]);
    expect(cols).toEqual(['24', '24', '26', '24']);
  });

  it('is the same from papaparse, found again in the text it parsed (load/text-columns.ts)', async () => {
    expect(await github(PLAIN)).toEqual(await github(SCAN));
  });
});
