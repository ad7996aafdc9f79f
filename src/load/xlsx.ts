// Registers kept in Excel workbooks. exceljs is loaded only when the data folder holds a
// workbook, so that reading CSV registers does not pay for it.
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileError, reasonOf } from '../errors.js';
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import type { Problem } from '../model/problem.js';
import { REGISTER_SHEETS, type RegisterName } from '../model/registers.js';
import { issue } from '../model/rules.js';
import type { RowSink } from './stream.js';
import { sha256Hasher } from './sha256.js';

/** One register in a workbook: a workbook named after it (first sheet), or a sheet named after it. */
export interface RegisterSheet {
  register: RegisterName;
  /** The workbook as the user named it, e.g. `data/registre.xlsx`. */
  file: string;
  sheet: Worksheet;
}

export interface FoundSheets {
  sheets: RegisterSheet[];
  problems: Problem[];
  /** Each workbook as read, hashed: a report's manifest names exactly what was counted. */
  digests: { file: string; bytes: number; sha256?: string }[];
}

/** The workbooks of a folder: `.xlsx` files, leaving out the `~$…` lock files Excel keeps beside an open one. */
export function workbookNames(dir: string, shown = dir): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw fileError({ kind: 'cannot-read', path: shown, reason: reasonOf(error) });
  }
  return entries
    .filter((entry) => entry.isFile() && /\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$'))
    .map((entry) => entry.name)
    .sort();
}

const BY_NAME = new Map<string, RegisterName>(
  Object.entries(REGISTER_SHEETS).flatMap(([register, names]) =>
    [names.en, names.nb].map((name) => [name.normalize('NFC').toLowerCase(), register as RegisterName] as const),
  ),
);

/** The register a sheet or workbook name stands for, in any case and either language. */
export function registerNamed(name: string): RegisterName | undefined {
  return BY_NAME.get(name.normalize('NFC').trim().toLowerCase());
}

/**
 * Opens every workbook of `dir` and finds the registers in it. A workbook named after a register
 * holds it on its first sheet; any other workbook holds the registers its sheets are named after
 * (other sheets, such as `Veiledning`, are left alone).
 */
export async function findRegisterSheets(dir: string, displayDir: string, names: readonly string[], digests = false): Promise<FoundSheets> {
  const found: FoundSheets = { sheets: [], problems: [], digests: [] };
  if (names.length === 0) return found;
  const { default: ExcelJS } = await import('exceljs');
  for (const name of names) {
    const file = join(displayDir, name);
    const workbook: Workbook = new ExcelJS.Workbook();
    try {
      // Hashed from the bytes that are read, for a report's manifest.
      const bytes = readFileSync(join(dir, name));
      found.digests.push({ file: name, bytes: bytes.length, ...(digests ? { sha256: sha256Hasher().update(bytes).digest('hex') } : {}) });
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      found.problems.push({ severity: 'error', file, ...issue('not-a-workbook') });
      continue;
    }
    const own = registerNamed(name.replace(/\.xlsx$/i, ''));
    if (own) {
      const first = workbook.worksheets[0];
      if (first) found.sheets.push({ register: own, file, sheet: first });
      continue;
    }
    for (const sheet of workbook.worksheets) {
      const register = registerNamed(sheet.name);
      if (register) found.sheets.push({ register, file, sheet });
    }
  }
  return found;
}

/**
 * Hands the rows of a sheet to a sink as the CSV reader would: the first row that is not blank is
 * the header, every cell is text, and each row carries its sheet row number. Cells are read by
 * their type, so that dates, numbers and booleans mean what they show, whatever their format.
 */
export function streamSheet({ file, sheet }: RegisterSheet, sink: RowSink): void {
  let width = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A header cell merged across columns names the first of them only.
      cells[column - 1] = width === -1 && cell.isMerged && cell.master !== cell ? '' : cellText(cell);
    });
    const last = lastFilled(cells);
    if (last === -1) return;
    if (width === -1) {
      width = last + 1;
      sink.header(
        Array.from({ length: width }, (_, i) => cells[i] ?? ''),
        'utf-8',
      );
    } else
      sink.row(
        rowNumber,
        Array.from({ length: Math.max(width, last + 1) }, (_, i) => cells[i] ?? ''),
      );
  });
  if (width === -1) sink.problem({ severity: 'error', file, sheet: sheet.name, ...issue('empty-sheet') });
}

function lastFilled(cells: (string | undefined)[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] ?? '').trim() !== '') return i;
  return -1;
}

function cellText(cell: Cell): string {
  return valueText(cell.value);
}

/** A cell's value as the text that the CSV rules read to the same value. */
export function valueText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A formula gives the value Excel computed and saved with it.
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result as CellValue | undefined);
  if ('hyperlink' in value) return valueText(value.text as CellValue);
  if ('error' in value) return value.error;
  return '';
}

/**
 * A number as text that parses back to the same number: never in exponent form, and never as
 * `1.234`, which the CSV rules refuse as ambiguous (`1.2340` is the same number, unambiguous).
 */
export function numberText(value: number): string {
  const text = /e/i.test(String(value)) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : String(value);
  return /^-?[1-9]\d{0,2}\.\d{3}$/.test(text) ? `${text}0` : text;
}

/**
 * exceljs gives a date cell as the UTC instant of its serial number: reading it in UTC gives the
 * calendar date the cell shows, whatever the machine's time zone. A time of day other than
 * midnight is kept, so that it is read (and warned about) as in a CSV file.
 */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const seconds = new Date(Math.round(date.getTime() / 1000) * 1000).toISOString();
  const [day, time] = [seconds.slice(0, 10), seconds.slice(11, 19)];
  return time === '00:00:00' ? day : `${day}T${time}`;
}
