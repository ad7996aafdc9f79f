// Excel workbooks out: each table its own sheet, numbers as numeric cells with number formats,
// dates as date cells. exceljs and jszip are loaded only when a workbook is written.
import type { Workbook } from 'exceljs';
import type { Lang } from '../model/lang.js';

/** What a column holds, and so its cell type and number format (`line`: a line or sheet row, not grouped like a count). */
export type ColumnUnit = 'text' | 'count' | 'mnok' | 'share' | 'share1' | 'date' | 'year' | 'line';

/** A value, or a number whose unit is not its column's (the value column of key figures). */
export type TableCell = string | number | boolean | null | { value: number | null; unit: ColumnUnit };

/** One table, one sheet: `date` cells are `YYYY-MM-DD` strings, shares fractions 0..1. */
export interface SheetTable {
  name: string;
  columns: readonly { header: string; unit: ColumnUnit }[];
  rows: readonly (readonly TableCell[])[];
}

/** Date cells as people read them in each language. */
export const DATE_FORMATS: Record<Lang, string> = { nb: 'dd.mm.yyyy', nn: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };

/**
 * Number format codes are stored locale-neutral (`,` groups, `.` is the decimal point) and shown in
 * the reader's own convention, so `#,##0` reads `1 234` in Norwegian Excel. The space before `%`
 * is Norwegian typography, so it is written out.
 */
const FORMATS: Record<Lang, Record<Exclude<ColumnUnit, 'text'>, string>> = {
  nb: { count: '#,##0', mnok: '#,##0', share: '0 %', share1: '0.0 %', date: DATE_FORMATS.nb, year: '0', line: '0' },
  nn: { count: '#,##0', mnok: '#,##0', share: '0 %', share1: '0.0 %', date: DATE_FORMATS.nn, year: '0', line: '0' },
  en: { count: '#,##0', mnok: '#,##0', share: '0%', share1: '0.0%', date: DATE_FORMATS.en, year: '0', line: '0' },
};

export interface WorkbookOptions {
  lang: Lang;
  /** The workbook's created and modified time: the as-of date or SOURCE_DATE_EPOCH, never the clock. */
  time: Date;
}

/** A workbook of tables, the same bytes for the same tables and time. */
export async function tablesWorkbook(tables: readonly SheetTable[], options: WorkbookOptions): Promise<Uint8Array> {
  const workbook = await newWorkbook(options.time);
  const names = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, names), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column, i) => ({
      header: column.header,
      width: columnWidth([column.header, ...table.rows.map((row) => displayLength(row[i] ?? null, column.unit))]),
      ...(column.unit === 'text' ? {} : { style: { numFmt: FORMATS[options.lang][column.unit] } }),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map((cell, i) => cellValue(cell, table.columns[i]?.unit ?? 'text')));
      row.forEach((cell, i) => {
        if (cell !== null && typeof cell === 'object' && cell.unit !== 'text') added.getCell(i + 1).numFmt = FORMATS[options.lang][cell.unit];
      });
    }
  }
  return workbookBytes(workbook, options.time);
}

/** A new workbook whose properties carry `time` and nothing of the machine it was made on. */
export async function newWorkbook(time: Date): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'digiraad';
  workbook.lastModifiedBy = 'digiraad';
  workbook.created = time;
  workbook.modified = time;
  return workbook;
}

// The zip format cannot date a file before 1980.
const ZIP_EPOCH = Date.UTC(1980, 0, 1);

/**
 * The workbook's bytes. exceljs dates every file in the zip with the clock, so the zip is packed
 * again with every file dated `time`: the same workbook then gives the same bytes.
 */
export async function workbookBytes(workbook: Workbook, time: Date): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const date = new Date(Math.max(time.getTime(), ZIP_EPOCH));
  const repacked = new JSZip();
  for (const name of Object.keys(written.files).sort()) {
    const entry = written.files[name]!;
    if (!entry.dir) repacked.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return repacked.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function cellValue(cell: TableCell, unit: ColumnUnit): string | number | boolean | Date | null {
  if (cell !== null && typeof cell === 'object') return cell.value;
  if (unit === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
  return cell;
}

function displayLength(cell: TableCell, unit: ColumnUnit): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return displayLength(cell.value, cell.unit);
  if (unit === 'share' || unit === 'share1') return '100,0 %';
  if (unit === 'date') return '00.00.0000';
  return typeof cell === 'number' ? cell.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(cell);
}

/** Wide enough for the longest value, within reason. */
function columnWidth(texts: readonly string[]): number {
  return Math.min(60, Math.max(8, ...texts.map((t) => Math.max(...t.split('\n').map((line) => line.length)) + 2)));
}

/** Excel's rules for sheet names: at most 31 characters, none of `[]:*?/\`, unique in any case. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Ark';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = 31 - suffix.length;
    // Cut at a word where the name is too long.
    const cut = clean.length <= room ? clean : clean.slice(0, room).replace(/\s+\S*$/, '') || clean.slice(0, room);
    const name = `${cut.trim()}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
