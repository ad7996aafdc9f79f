import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileError, ioError, reasonOf } from '../errors.js';
import { knownColumns } from '../model/columns.js';
import { OPTIONAL_REGISTERS, REQUIRED_REGISTERS, type RegisterName } from '../model/registers.js';
import type { Encoding, EncodingChoice } from './encoding.js';
import { isRegularFile, readRegularFile } from './files.js';
import { streamRegisterFile, type RowSink } from './stream.js';

/** What receives the registers, in order: projects.csv first, so the others can be checked against it. */
export interface RegistersSink {
  start(register: RegisterName, file: string): RowSink;
  finishProjects(): void;
  missing(register: RegisterName, file: string): void;
}

export interface ReadOptions {
  encoding?: EncodingChoice;
  /** How files are named to the user (relative to where the user stands); default `dir`. */
  displayDir?: string;
}

/** Streams every register file of `dir` into `sink`. The only code in digiraad that reads the registers. */
export async function readRegisters(dir: string, sink: RegistersSink, options: ReadOptions = {}): Promise<{ file: string; encoding: Encoding }[]> {
  assertDataFolder(dir, options.displayDir ?? dir);
  const encodings: { file: string; encoding: Encoding }[] = [];
  for (const register of [...REQUIRED_REGISTERS, ...OPTIONAL_REGISTERS]) {
    const path = join(dir, `${register}.csv`);
    const file = join(options.displayDir ?? dir, `${register}.csv`);
    if (!isRegularFile(path, file)) sink.missing(register, file);
    else {
      const read = await streamRegisterFile(path, file, knownColumns(register), options.encoding ?? 'auto', () => sink.start(register, file));
      if (read) encodings.push({ file, encoding: read.encoding });
    }
    if (register === 'projects') sink.finishProjects();
  }
  return encodings;
}

/** The register files as they are on disk, by file name: for the report manifest's checksums. */
export async function readRegisterBytes(dir: string, displayDir = dir): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const register of [...REQUIRED_REGISTERS, ...OPTIONAL_REGISTERS]) {
    const name = `${register}.csv`;
    const [path, shown] = [join(dir, name), join(displayDir, name)];
    if (isRegularFile(path, shown)) files.set(name, readRegularFile(path, shown, Infinity));
  }
  return files;
}

/** The data folder exists and is a folder; exit code 3 naming it and why otherwise. */
function assertDataFolder(dir: string, shown: string): void {
  let info;
  try {
    info = statSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw ioError((t) => t.errors.dataFolderNotFound(shown));
    throw fileError({ kind: 'cannot-read', path: shown, reason: reasonOf(error) });
  }
  if (!info.isDirectory()) throw fileError({ kind: 'data-not-folder', path: shown });
}
