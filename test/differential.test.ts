// The differential fuzz test of issue 15: random mutations of the shipped data/ must give the same
// `validate` and `stats` output (stdout and stderr bytes) and exit code through the byte scanner and
// fast row validation (DIGIRAAD_CSV=scan, as files of 1 MiB and more are read) and through papaparse
// and the row validator alone (DIGIRAAD_CSV=plain, as smaller ones are): switches that exist for this test.
// DIGIRAAD_CSV=split adds the worker thread that reads the tail of recommendations.csv.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, runCli, tempDir } from './support/cli.js';
import { runBuilt } from './support/spawn.js';

const PLAIN = { DIGIRAAD_CSV: 'plain' };
const SCAN = { DIGIRAAD_CSV: 'scan' };

const DATA = fileURLToPath(new URL('../data', import.meta.url));
const REGISTERS = ['projects.csv', 'questions.csv', 'recommendations.csv', 'conversations.csv'] as const;
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

afterAll(removeTempDirs);

/** Pieces that move a CSV across its edge cases: delimiters, quotes, line ends, empties, æøå, ids, dates. */
const piece = fc.constantFrom(
  '\u0000',
  '\t',
  '"x""y"',
  ';',
  '\r\n\r\n',
  '  ',
  'R1',
  'r1',
  '\u202e',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '',
  'æøå',
  '\u00a0',
  '\u200f',
  'p1',
  'P01',
  '2019-02-30',
  '1,5',
  '-3',
  'yes',
  'ja',
  'Gevinstrealisring',
  '|',
  '\ufeff',
  // Project cells: a Norwegian date, an agency in other case, a joint agency, amounts, a revisit.
  '24.05.2019',
  '2019-05-24T00:00',
  'ARKIVVERKET',
  'Arkivverket / Husbanken',
  '/',
  '1.234',
  '20000000',
  '2016-e-arkiv-mavod',
  'Nei',
);

/** One edit of the file's text at a position picked by `at` (0–1 of its length). */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: piece }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }) }),
  // One cell of a row replaced, so that a row keeps its shape and reaches the checks of that column.
  fc.record({ kind: fc.constant('cell' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), column: fc.integer({ min: 0, max: 10 }), text: piece }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const i = Math.floor(m.at * text.length);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, i) + m.text + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + m.length);
    case 'cell': {
      const lines = text.split('\n');
      const a = Math.floor(m.at * lines.length);
      const cells = (lines[a] ?? '').split(',');
      cells[m.column % cells.length] = m.text;
      lines[a] = cells.join(',');
      return lines.join('\n');
    }
    case 'duplicateLine':
    case 'swapLines': {
      const lines = text.split('\n');
      const a = Math.floor(m.at * lines.length);
      if (m.kind === 'duplicateLine') lines.splice(a, 0, lines[a] ?? '');
      else {
        const b = Math.floor(m.to * lines.length);
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      }
      return lines.join('\n');
    }
  }
}

/** Mostly UTF-8; now and then the file is written as Windows-1252 (ISO-8859-1 bytes), which the scanner hands back to papaparse. */
const encoding = fc.constantFrom<BufferEncoding>('utf8', 'utf8', 'utf8', 'latin1');
const edit = (registers: readonly (typeof REGISTERS)[number][]) => fc.tuple(fc.constantFrom(...registers), mutation, encoding);
// Every run edits projects.csv (its rows have a fast path of their own), and up to three more files.
const edits = fc.tuple(edit(['projects.csv']), fc.array(edit(REGISTERS), { maxLength: 3 })).map(([first, rest]) => [first, ...rest]);

/** A copy of data/ with the edits made, each file written back in its edit's encoding. */
function mutatedCopy(changes: [(typeof REGISTERS)[number], Mutation, BufferEncoding][]): string {
  const dir = tempDir('digiraad-fuzz-');
  cpSync(DATA, dir, { recursive: true });
  for (const [file, change, written] of changes) writeFileSync(join(dir, file), Buffer.from(mutate(readFileSync(join(dir, file), 'utf8'), change), written));
  return dir;
}

describe('differential fuzz: the fast path gives the same bytes and exit codes as the plain one', () => {
  it('validate and stats on random mutations of data/', async () => {
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        const dir = mutatedCopy(changes);
        for (const command of [['validate'], ['validate', '--format', 'github'], ['stats'], ['stats', '--format', 'json'], ['projects', '--format', 'json']]) {
          const args = [...command, '--data', dir];
          expect(await runCli(args, { env: SCAN })).toEqual(await runCli(args, { env: PLAIN }));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('and through a worker thread for the tail of recommendations.csv (DIGIRAAD_CSV=split, the built bin)', async () => {
    // Every run edits recommendations.csv, whose tail the worker reads, and up to two more files.
    const tailEdits = fc.tuple(edit(['recommendations.csv']), fc.array(edit(REGISTERS), { maxLength: 2 })).map(([first, rest]) => [first, ...rest]);
    await fc.assert(
      fc.asyncProperty(tailEdits, async (changes) => {
        const dir = mutatedCopy(changes);
        for (const command of [
          ['validate', '--format', 'github'],
          ['stats', '--format', 'json'],
        ]) {
          const args = [...command, '--data', dir];
          expect(await runBuilt(args, { env: { DIGIRAAD_CSV: 'split' } })).toEqual(await runBuilt(args, { env: PLAIN }));
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('tells the paths apart from an unchanged copy (the mutations reach the checks)', async () => {
    const dir = tempDir('digiraad-fuzz-');
    cpSync(DATA, dir, { recursive: true });
    const clean = await runCli(['validate', '--data', dir]);
    // A duplicated row repeats its project id.
    writeFileSync(join(dir, 'projects.csv'), mutate(readFileSync(join(dir, 'projects.csv'), 'utf8'), { kind: 'duplicateLine', at: 0.5 }));
    const broken = await runCli(['validate', '--data', dir]);
    expect(clean.code).toBe(0);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('projects.csv:');
  });
});
