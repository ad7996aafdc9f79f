import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { knownColumns } from '../model/columns.js';
import type { Problem } from '../model/problem.js';
import { OPTIONAL_REGISTERS, REQUIRED_REGISTERS, type RegisterName } from '../model/registers.js';
import { ioError } from '../errors.js';
import { decodeBytes, looksBinary, type Encoding, type EncodingChoice } from './decode.js';
import { detectDelimiter, parseCsv, type RawTable } from './csv.js';

export interface LoadedTable extends RawTable {
  encoding: Encoding;
}

export interface LoadedRegisters {
  tables: Partial<Record<RegisterName, LoadedTable>>;
  problems: Problem[];
}

export interface LoadOptions {
  encoding?: EncodingChoice;
  /** How problems name the folder (relative to where the user stands); default `dir`. */
  displayDir?: string;
}

/** Reads every register file in `dir`. The only code in digiraad that reads the registers. */
export async function loadRegisters(dir: string, options: LoadOptions = {}): Promise<LoadedRegisters> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw ioError(`data folder not found: ${options.displayDir ?? dir} (point --data at the folder that holds projects.csv)`);
  const tables: LoadedRegisters['tables'] = {};
  const problems: Problem[] = [];
  for (const register of [...REQUIRED_REGISTERS, ...OPTIONAL_REGISTERS]) {
    const path = join(dir, `${register}.csv`);
    const file = join(options.displayDir ?? dir, `${register}.csv`);
    const bytes = await readRegisterFile(path, file);
    if (bytes === null) {
      if (REQUIRED_REGISTERS.includes(register)) {
        problems.push({ severity: 'error', file, rule: 'missing-file', message: `${register}.csv is missing`, hint: `every data folder needs projects.csv, questions.csv and recommendations.csv (digiraad init makes empty ones)` });
      }
      continue;
    }
    const result = await parseRegister(register, file, bytes, options.encoding ?? 'auto');
    problems.push(...result.problems);
    if (result.table) tables[register] = result.table;
  }
  return { tables, problems };
}

async function readRegisterFile(path: string, file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioError(`could not read ${file}: ${(error as Error).message}`);
  }
}

/** Bytes of one register → its raw table, or the problems that stop it from being read. */
export async function parseRegister(
  register: RegisterName,
  file: string,
  bytes: Uint8Array,
  encoding: EncodingChoice,
): Promise<{ table: LoadedTable | null; problems: Problem[] }> {
  if (bytes.length === 0) {
    return { table: null, problems: [{ severity: 'error', file, rule: 'empty-file', message: 'the file is empty', hint: `the first line must be the header: ${knownColumns(register).join(',')}` }] };
  }
  const decoded = await decodeBytes(bytes, encoding);
  if (looksBinary(bytes, decoded.encoding)) {
    return { table: null, problems: [{ severity: 'error', file, rule: 'binary-file', message: 'the file is not text (it holds NUL bytes)', hint: 'save the register as CSV (UTF-8 or Windows-1252), not as a spreadsheet or other binary format' }] };
  }
  const delimiter = detectDelimiter(decoded.text, knownColumns(register));
  const { table, problems } = parseCsv(decoded.text, file, delimiter);
  if (table.header.length === 0) {
    problems.push({ severity: 'error', file, rule: 'empty-file', message: 'the file has no header row', hint: `the first line must be the header: ${knownColumns(register).join(',')}` });
    return { table: null, problems };
  }
  return { table: { ...table, encoding: decoded.encoding }, problems };
}
