import iconv from 'iconv-lite';
import Papa from 'papaparse';

/** A register as header + rows of cells, the way a spreadsheet holds it. */
export interface Sheet {
  header: string[];
  rows: string[][];
}

export interface Dialect {
  name: string;
  encoding: 'utf-8' | 'windows-1252';
  bom: boolean;
  delimiter: ',' | ';' | '\t';
  eol: '\n' | '\r\n';
  /** Write amounts as Norwegian Excel does: `1 234,5`. */
  decimalComma: boolean;
  /** Booleans as ja/nei instead of yes/no. */
  norwegianBooleans: boolean;
  upperCaseHeader: boolean;
  reverseColumns: boolean;
  extraColumn: boolean;
}

export const DIALECTS: Dialect[] = [
  {
    name: 'utf8-comma-lf',
    encoding: 'utf-8',
    bom: false,
    delimiter: ',',
    eol: '\n',
    decimalComma: false,
    norwegianBooleans: false,
    upperCaseHeader: false,
    reverseColumns: false,
    extraColumn: false,
  },
  {
    name: 'cp1252-semicolon-crlf',
    encoding: 'windows-1252',
    bom: false,
    delimiter: ';',
    eol: '\r\n',
    decimalComma: true,
    norwegianBooleans: true,
    upperCaseHeader: false,
    reverseColumns: false,
    extraColumn: false,
  },
  {
    name: 'bom-tab-upper',
    encoding: 'utf-8',
    bom: true,
    delimiter: '\t',
    eol: '\n',
    decimalComma: false,
    norwegianBooleans: false,
    upperCaseHeader: true,
    reverseColumns: true,
    extraColumn: true,
  },
];

const AMOUNT_COLUMNS = new Set(['cost_mnok', 'benefit_mnok']);
const BOOLEAN_COLUMNS = new Set(['programme', 'shared_solution', 'exclude_from_totals']);

export function readSheet(text: string): Sheet {
  const [header, ...rows] = Papa.parse<string[]>(text.trim(), { delimiter: ',' }).data;
  return { header: header!, rows };
}

/** One register written in a dialect: the same values, other bytes. */
export function writeSheet(sheet: Sheet, dialect: Dialect): Uint8Array {
  const order = sheet.header.map((_, i) => i);
  if (dialect.reverseColumns) order.reverse();
  const header = order.map((i) => sheet.header[i]!);
  const rows = sheet.rows.map((row) =>
    order.map((i) => {
      const column = sheet.header[i]!;
      const cell = row[i] ?? '';
      if (dialect.decimalComma && AMOUNT_COLUMNS.has(column) && cell !== '') return norwegianAmount(cell);
      if (dialect.norwegianBooleans && BOOLEAN_COLUMNS.has(column)) return cell === 'yes' ? 'ja' : cell === 'no' ? 'nei' : cell;
      return cell;
    }),
  );
  const text =
    Papa.unparse(
      {
        fields: [...header.map((h) => (dialect.upperCaseHeader ? h.toUpperCase() : h)), ...(dialect.extraColumn ? ['Merknad'] : [])],
        data: rows.map((r) => [...r, ...(dialect.extraColumn ? ['fritekst; med "sitat"'] : [])]),
      },
      { delimiter: dialect.delimiter, newline: dialect.eol },
    ) + dialect.eol;
  const body = dialect.encoding === 'windows-1252' ? new Uint8Array(iconv.encode(text, 'windows-1252')) : new TextEncoder().encode(text);
  return dialect.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

/** `1234.5` → `1 234,5` with a no-break space, as Norwegian Excel writes it. */
function norwegianAmount(cell: string): string {
  const [whole, fraction] = cell.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}
