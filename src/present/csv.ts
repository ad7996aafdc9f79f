export type Cell = string | number | boolean | null;

export interface CsvOptions {
  /** Norwegian Excel: semicolons, decimal commas and a UTF-8 BOM so that æøå survive. */
  excel?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

/**
 * RFC 4180 text, safe to open in a spreadsheet: a text cell that starts like a formula gets a
 * leading `'` (OWASP CSV injection), plain numbers are left alone.
 */
export function toCsv(rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const delimiter = options.excel ? ';' : ',';
  const cell = (value: Cell): string => {
    if (value === null) return '';
    if (typeof value === 'number') return options.excel ? String(value).replace('.', ',') : String(value);
    let text = String(value);
    if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
    return /[",;\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const body = rows.map((row) => row.map(cell).join(delimiter)).join('\r\n');
  return `${options.excel ? '\uFEFF' : ''}${body}\r\n`;
}
