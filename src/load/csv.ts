import Papa from 'papaparse';
import type { Problem } from '../model/problem.js';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface RawRow {
  /** Physical line the row starts on (header = 1). */
  line: number;
  cells: string[];
}

export interface RawTable {
  file: string;
  delimiter: Delimiter;
  header: string[];
  rows: RawRow[];
}

/**
 * The delimiter that splits the header into the most known column names (then the most cells).
 * The header is the one line whose content we know, so this is not fooled by semicolons or
 * commas inside quoted text further down.
 */
export function detectDelimiter(text: string, knownColumns: readonly string[]): Delimiter {
  const headerLine = firstRecord(text);
  const known = new Set(knownColumns.map((c) => c.toLowerCase()));
  let best: Delimiter = ',';
  let bestScore = [-1, -1];
  for (const delimiter of DELIMITERS) {
    const cells = splitRecord(headerLine, delimiter);
    const score = [cells.filter((c) => known.has(normaliseColumnName(c))).length, cells.length];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export function normaliseColumnName(name: string): string {
  return name.trim().replace(/^"|"$/g, '').trim().toLowerCase();
}

/** The first record, up to the first line end outside quotes. */
function firstRecord(text: string): string {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) return text.slice(0, i);
  }
  return text;
}

function splitRecord(record: string, delimiter: Delimiter): string[] {
  const cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (const ch of record) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/**
 * Parses CSV text into rows that remember their physical line, so every later problem can be
 * located. Blank lines are skipped; a quote left open is reported at the line it opens on.
 */
export function parseCsv(text: string, file: string, delimiter: Delimiter): { table: RawTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const newline = text.includes('\n') ? '\n' : '\r';
  let scanned = 0;
  let line = 1;
  const lineAt = (offset: number): number => {
    // Offsets arrive in increasing order: count line ends incrementally (linear overall).
    for (let i = text.indexOf(newline, scanned); i !== -1 && i < offset; i = text.indexOf(newline, i + 1)) line++;
    scanned = Math.max(scanned, offset);
    return line;
  };
  let rowStart = 0;
  let header: string[] | null = null;
  const rows: RawRow[] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    newline: newline === '\n' ? undefined : '\r',
    skipEmptyLines: false,
    step: (result) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const cells = result.data;
      const rowLine = lineAt(start);
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        problems.push({
          severity: 'error',
          file,
          line: lineAt(openingQuote(text, start, rowStart)),
          rule: 'unbalanced-quote',
          message: 'a quoted field is never closed, so the rest of the file reads as one value',
          hint: 'close the quote, or write a quote inside a quoted field as ""',
        });
      }
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      if (header === null) header = cells;
      else rows.push({ line: rowLine, cells });
    },
  });
  return { table: { file, delimiter, header: header ?? [], rows }, problems };
}

/** Offset of the quote that opens the field left unclosed in text[from, to). */
function openingQuote(text: string, from: number, to: number): number {
  let opener = from;
  let inQuotes = false;
  for (let i = from; i < to; i++) {
    if (text[i] !== '"') continue;
    if (!inQuotes) opener = i;
    inQuotes = !inQuotes;
  }
  return opener;
}
