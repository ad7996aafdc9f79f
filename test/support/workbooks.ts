import ExcelJS from 'exceljs';
import XLSX from 'xlsx';

/** Cell values as a spreadsheet holds them: text, numbers, booleans, dates (UTC midnight), or exceljs's own cell objects. */
export type CellInput = ExcelJS.CellValue;

export interface SheetInput {
  name: string;
  rows: CellInput[][];
  /** Number formats by column letter, e.g. `{ E: 'dd.mm.yyyy' }`. */
  formats?: Record<string, string>;
}

/** Writes a workbook with exceljs, the library digiraad reads with. */
export async function writeWorkbook(path: string, sheets: SheetInput[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, formats = {} } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    for (const [column, format] of Object.entries(formats)) sheet.getColumn(column).numFmt = format;
  }
  await workbook.xlsx.writeFile(path);
}

/**
 * The same with a second writer (SheetJS), so that digiraad is not only tested against its own
 * library's files. SheetJS turns a JS date into a serial number in the machine's time zone, so
 * dates go in as serial numbers with a date format, as Excel stores them.
 */
export function writeWorkbookWithSheetJs(path: string, sheets: SheetInput[]): void {
  const book = XLSX.utils.book_new();
  const cell = (value: CellInput) => (value instanceof Date ? { t: 'n', v: value.getTime() / 86_400_000 + 25_569, z: 'dd.mm.yyyy' } : value);
  for (const { name, rows } of sheets) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((row) => row.map(cell))), name);
  XLSX.writeFile(book, path);
}
