// The tail of recommendations.csv read apart (validate/tail.ts) and joined by the main thread's
// scanner (load/scan.ts HandOff, FastRows.joinTail): the same registers and problems as one
// reading, and the join taken only where it is exact. The worker thread itself is in
// test/commands/tail-worker.test.ts; here the tail is read in-process, as the worker reads it.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type RegisterTail, readRegisters } from '../../src/load/registers.js';
import { lineStartAfter, scanTail } from '../../src/load/stream.js';
import { knownColumns } from '../../src/model/columns.js';
import type { Problem } from '../../src/model/problem.js';
import type { TailRows } from '../../src/model/tail-rows.js';
import { RegistersValidator } from '../../src/validate/index.js';
import { TailValidator } from '../../src/validate/tail.js';
import { removeTempDirs, tempDir } from '../support/cli.js';

afterAll(removeTempDirs);

const DATA = fileURLToPath(new URL('../../data', import.meta.url));

/** Reads `dir` with the tail of recommendations.csv from the first line end after byte `at` read apart; what came out, and the lines the scanner read itself. */
async function read(dir: string, at?: number, stopAfter = Infinity) {
  const problems: Problem[] = [];
  const validator = new RegistersValidator({ problems: { add: (p) => problems.push(p), unlisted: () => {} } });
  const scannedLines: number[] = [];
  const counting = {
    start: (register: Parameters<RegistersValidator['start']>[0], file: string) => {
      const sink = validator.start(register, file);
      if (register !== 'recommendations' || !('joinTail' in sink)) return sink;
      const scanned = sink.scanned.bind(sink);
      return Object.assign(sink, { scanned: (line: number, row: Parameters<typeof scanned>[1]) => scannedLines.push(line) > 0 && scanned(line, row) });
    },
    finishProjects: () => validator.finishProjects(),
    problem: (p: Problem) => validator.problem(p),
    missing: (register: Parameters<RegistersValidator['missing']>[0], file: string) => validator.missing(register, file),
  };
  const path = join(dir, 'recommendations.csv');
  let rows: TailRows | null = null;
  const tail: RegisterTail | null =
    at === undefined
      ? null
      : {
          register: 'recommendations',
          after: 'tags',
          at: null,
          async begin() {
            const from = lineStartAfter(path, path, at);
            if (from === null) return;
            const taker = new TailValidator(path, validator.tailInput());
            // As the worker stops when the main thread asks it to: before some row.
            let count = 0;
            const stopping = {
              header: taker.header.bind(taker),
              scanned: (line: number, row: Parameters<TailValidator['scanned']>[1]) => ++count <= stopAfter && taker.scanned(line, row),
            };
            const scanned = await scanTail(path, path, knownColumns('recommendations'), from, stopping);
            if (scanned !== null) rows = { from, ...scanned, ...taker.taken() };
            (this as { at: number | null }).at = from;
          },
          take: () => rows,
        };
  await readRegisters(dir, counting, { csvReader: 'scan', tail });
  const { registers } = validator.finish();
  return { registers, problems, scannedLines, rows: rows as TailRows | null };
}

function copy(edit: (recommendations: string) => string, file = 'recommendations.csv') {
  const dir = tempDir('digiraad-tail-');
  cpSync(DATA, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const middle = (dir: string) => Math.floor(readFileSync(join(dir, 'recommendations.csv')).length / 2);

describe('the tail of recommendations.csv read apart', () => {
  it('gives the same registers and problems as one reading, the scanner reading only the head', async () => {
    const whole = await read(DATA);
    const split = await read(DATA, middle(DATA));
    expect(split.rows!.rows.length).toBeGreaterThan(150);
    expect(split.registers).toEqual(whole.registers);
    expect(split.problems).toEqual(whole.problems);
    // The tail's lines were not scanned again: the scanner read the head, then nothing.
    const firstOfTail = whole.registers.recommendations.line.find((line) => line >= split.scannedLines.at(-1)! + 1);
    expect(split.scannedLines.length + split.rows!.rows.length).toBe(whole.scannedLines.length);
    expect(split.scannedLines).not.toContain(firstOfTail);
  });

  it('stopped part-way, as the main thread stops the worker, leaves the rest to the scanner', async () => {
    const whole = await read(DATA);
    const split = await read(DATA, middle(DATA), 50);
    expect(split.rows!.rows.length).toBe(50);
    expect(split.registers).toEqual(whole.registers);
    expect(split.problems).toEqual(whole.problems);
    expect(split.scannedLines.length + 50).toBe(whole.scannedLines.length);
  });

  it('stops at a row it cannot vouch for, which the scanner then reads with the rest, problems and all', async () => {
    const dir = copy((text) => text.replace(/\nr400,[^,]*,/, '\nr400,no-such-project,'));
    const whole = await read(dir);
    const split = await read(dir, middle(dir));
    expect(whole.problems.map((p) => p.line)).toEqual([401]);
    expect(split.problems).toEqual(whole.problems);
    expect(split.registers).toEqual(whole.registers);
    expect(split.scannedLines).toContain(401);
    expect(split.rows!.lines).toBeGreaterThan(10);
  });

  it('is not joined when an id of the tail was seen in the head: the duplicate is told as one reading tells it', async () => {
    const dir = copy((text) => text.replace(/\nr400,/, '\nr010,'));
    const whole = await read(dir);
    const split = await read(dir, middle(dir));
    expect(whole.problems.map((p) => [p.line, p.rule])).toEqual([[401, 'duplicate-id']]);
    expect(split.problems).toEqual(whole.problems);
    expect(split.registers).toEqual(whole.registers);
    expect(split.scannedLines.length).toBe(whole.scannedLines.length);
  });

  it('counts the use of each tag across head and tail, rare tags and their first lines included', async () => {
    // Without tags.csv, a tag used once near the end, close to one used often, is a rare-tag warning on its line.
    const dir = copy((text) => text.replace(/\n(r430,[^,]*,[^,]*,)[^,]*,/, '\n$1kommunikasjn,'));
    cpSync(join(dir, 'tags.csv'), join(dir, 'tags.old'));
    writeFileSync(join(dir, 'tags.csv'), '');
    const whole = await read(dir);
    const split = await read(dir, middle(dir));
    expect(whole.problems.some((p) => p.rule === 'rare-tag' && p.line === 431)).toBe(true);
    expect(split.problems).toEqual(whole.problems);
    expect(split.registers).toEqual(whole.registers);
    expect(split.scannedLines.length).toBeLessThan(whole.scannedLines.length);
  });

  it('is not joined where the line end it starts after is inside a quoted cell', async () => {
    const dir = copy((text) => {
      const at = Math.floor(text.length / 2);
      const lineStart = text.lastIndexOf('\nr', at) + 1;
      const textCell = text.indexOf(',', text.indexOf(',', text.indexOf(',', text.indexOf(',', lineStart) + 1) + 1) + 1) + 1;
      // A text cell that runs over several lines around the middle of the file.
      return `${text.slice(0, textCell)}"en\n${'lang tekst\n'.repeat(400)}slutt"${text.slice(text.indexOf('\n', textCell))}`;
    });
    const whole = await read(dir);
    const split = await read(dir, middle(dir));
    expect(split.rows).not.toBeNull();
    expect(split.problems).toEqual(whole.problems);
    expect(split.registers).toEqual(whole.registers);
    expect(split.scannedLines.length).toBe(whole.scannedLines.length);
  });
});
