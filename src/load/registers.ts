import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileError, ioError, reasonOf } from '../errors.js';
import { knownColumns } from '../model/columns.js';
import { READ_ORDER, type RegisterName } from '../model/registers.js';
import type { Problem } from '../model/problem.js';
import { issue } from '../model/rules.js';
import type { Encoding, EncodingChoice } from '../model/encoding.js';
import { isRegularFile } from './files.js';
import { type CsvReader, streamRegisterFile, type RowSink, type TailReading } from './stream.js';
import { findRegisterSheets, streamSheet, workbookNames } from './xlsx.js';

/** What receives the registers, in READ_ORDER: projects.csv first, so the others can be checked against it. */
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
  /** Reads UTF-8 CSV registers through this reader whatever their size (DIGIRAAD_CSV=plain or scan: the differential test's switch). */
  csvReader?: CsvReader;
  /** Takes the SHA-256 of every register file as it is read (for a report's manifest). */
  digests?: boolean;
  /** A register whose tail a worker thread reads (commands/tail-worker.ts). */
  tail?: RegisterTail | null;
}

/** The tail of `register`, begun once `after` has been read (validation then knows what its rows are checked against). */
export interface RegisterTail extends TailReading {
  readonly register: RegisterName;
  readonly after: RegisterName;
  begin(): void;
}

/** A register file as read: how it was named to the user, its encoding, and the digest of its bytes (`file` as in a manifest). */
export interface ReadFile {
  file: string;
  /** null for a workbook. */
  encoding: Encoding | null;
  /** `sha256` only with ReadOptions.digests. */
  digest: { file: string; bytes: number; sha256?: string };
}

/** Streams every register file of `dir` into `sink`. The only code in digiraad that reads the registers. */
export async function readRegisters(dir: string, sink: RegistersSink, options: ReadOptions = {}): Promise<ReadFile[]> {
  assertDataFolder(dir, options.displayDir ?? dir);
  const files: ReadFile[] = [];
  const workbooks = await findRegisterSheets(dir, options.displayDir ?? dir, workbookNames(dir, options.displayDir ?? dir), options.digests ?? false);
  for (const p of workbooks.problems) sink.problem(p);
  files.push(...workbooks.digests.map((digest) => ({ file: join(options.displayDir ?? dir, digest.file), encoding: null, digest })));
  for (const register of READ_ORDER) {
    const path = join(dir, `${register}.csv`);
    const file = join(options.displayDir ?? dir, `${register}.csv`);
    const exists = isRegularFile(path, file);
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
      const read = await streamRegisterFile(path, file, knownColumns(register), options.encoding ?? 'auto', () => sink.start(register, file), {
        reader: options.csvReader,
        digest: options.digests,
        tail: options.tail?.register === register ? options.tail : null,
      });
      if (read) files.push({ file, encoding: read.encoding, digest: { file: `${register}.csv`, ...read.digest } });
    }
    if (register === 'projects') sink.finishProjects();
    if (options.tail?.after === register) options.tail.begin();
  }
  return files;
}

/**
 * Whether a folder holds registers of its own, so that digiraad run there reads them rather than
 * the shipped ones: a projects.csv (or, with Excel support, a workbook register).
 */
export function holdsRegisters(dir: string): boolean {
  return statSync(join(dir, 'projects.csv'), { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The data folder exists and is a folder; exit code 3 naming it and why otherwise. */
function assertDataFolder(dir: string, shown: string): void {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw ioError((t) => t.errors.dataFolderNotFound(shown));
    throw fileError({ kind: 'cannot-read', path: shown, reason: reasonOf(error) });
  }
  if (!info.isDirectory()) throw fileError({ kind: 'data-not-folder', path: shown });
}
