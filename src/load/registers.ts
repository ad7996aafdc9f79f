import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ioError } from '../errors.js';
import { knownColumns } from '../model/columns.js';
import { OPTIONAL_REGISTERS, REQUIRED_REGISTERS, type RegisterName } from '../model/registers.js';
import type { Problem } from '../model/problem.js';
import { issue } from '../model/rules.js';
import type { Encoding, EncodingChoice } from './encoding.js';
import { streamRegisterFile, type RowSink } from './stream.js';
import { findRegisterSheets, streamSheet, workbookNames } from './xlsx.js';

/** What receives the registers, in order: projects.csv first, so the others can be checked against it. */
export interface RegistersSink {
  start(register: RegisterName, file: string, sheet?: string): RowSink;
  finishProjects(): void;
  problem(problem: Problem): void;
  missing(register: RegisterName, file: string): void;
}

export interface ReadOptions {
  encoding?: EncodingChoice;
  /** How files are named to the user (relative to where the user stands); default `dir`. */
  displayDir?: string;
}

/** A register file as read: how it was named to the user, its encoding, and the digest of its bytes (`name` as in a manifest). */
export interface ReadFile {
  file: string;
  /** null for a workbook. */
  encoding: Encoding | null;
  digest: { file: string; bytes: number; sha256: string };
}

/** Streams every register file of `dir` into `sink`. The only code in digiraad that reads the registers. */
export async function readRegisters(dir: string, sink: RegistersSink, options: ReadOptions = {}): Promise<ReadFile[]> {
  const info = statSync(dir, { throwIfNoEntry: false });
  if (!info?.isDirectory()) throw ioError((t) => t.errors.dataFolderNotFound(options.displayDir ?? dir));
  const files: ReadFile[] = [];
  const workbooks = await findRegisterSheets(dir, options.displayDir ?? dir, workbookNames(dir));
  workbooks.problems.forEach((p) => sink.problem(p));
  files.push(...workbooks.digests.map((digest) => ({ file: join(options.displayDir ?? dir, digest.file), encoding: null, digest })));
  for (const register of [...REQUIRED_REGISTERS, ...OPTIONAL_REGISTERS]) {
    const path = join(dir, `${register}.csv`);
    const file = join(options.displayDir ?? dir, `${register}.csv`);
    const exists = statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
    const sheets = workbooks.sheets.filter((s) => s.register === register);
    const places = [...(exists ? [{ file }] : []), ...sheets.map((s) => ({ file: s.file, sheet: s.sheet.name }))];
    if (places.length > 1) {
      // Which one holds the register is the user's call: say where both are, read neither.
      const [first, ...others] = places as [(typeof places)[number], ...typeof places];
      const where = (p: (typeof places)[number]) => ('sheet' in p ? `${p.file} [${p.sheet}]` : p.file);
      for (const other of others) sink.problem({ severity: 'error', ...first, ...issue('register-twice', { register, other: where(other) }) });
    } else if (sheets[0]) streamSheet(sheets[0], sink.start(register, sheets[0].file, sheets[0].sheet.name));
    else if (!exists) sink.missing(register, file);
    else {
      const read = await streamRegisterFile(path, file, knownColumns(register), options.encoding ?? 'auto', () => sink.start(register, file));
      if (read) files.push({ file, encoding: read.encoding, digest: { file: `${register}.csv`, ...read.digest } });
    }
    if (register === 'projects') sink.finishProjects();
  }
  return files;
}
