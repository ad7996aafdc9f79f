import { normaliseColumnName } from '../model/columns.js';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

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
