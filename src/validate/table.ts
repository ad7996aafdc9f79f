import type { RawTable } from '../load/csv.js';
import { normaliseColumnName } from '../load/csv.js';
import { REGISTER_COLUMNS } from '../model/columns.js';
import type { Problem } from '../model/problem.js';
import type { RegisterName } from '../model/registers.js';
import type { Schema } from './schema.js';
import type { Issue } from './values.js';

export interface Located<R> {
  line: number;
  value: R;
}

/** Longest cell we accept: far beyond any real text, short enough to keep outputs sane. */
export const MAX_CELL_LENGTH = 100_000;

/**
 * Checks every cell of one register against its schema. Rows with an error are left out of the
 * result; every problem is reported, not just the first.
 */
export interface ValidatedTable<R> {
  rows: Located<R>[];
  problems: Problem[];
  /** Every id the file holds, rows with errors included: references to those are not reported again. */
  ids: Set<string>;
}

export function validateTable<R>(register: RegisterName, table: RawTable, schema: Schema<R>): ValidatedTable<R> {
  const problems: Problem[] = [];
  const file = table.file;
  const header = table.header.map(normaliseColumnName);
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!(name in schema.columns)) return;
    if (index.has(name)) problems.push({ severity: 'error', file, line: 1, column: table.header[i]!.trim(), rule: 'duplicate-column', message: 'the column appears twice', hint: 'keep one of them' });
    else index.set(name, i);
  });
  const missing = REGISTER_COLUMNS[register].required.filter((c) => !index.has(c));
  for (const column of missing) {
    problems.push({ severity: 'error', file, line: 1, column, rule: 'missing-column', message: 'the required column is missing', hint: `the header has: ${header.join(', ')}` });
  }
  if (missing.length > 0) return { rows: [], problems, ids: new Set() };
  const written = (column: string) => {
    const i = index.get(column);
    return i === undefined ? column : table.header[i]!.trim();
  };

  const rows: Located<R>[] = [];
  const ids = new Set<string>();
  const firstLineOfId = new Map<string, number>();
  const idColumn = index.get('id');
  for (const row of table.rows) {
    const rowProblems: Problem[] = [];
    if (idColumn !== undefined && row.cells[idColumn]?.trim()) ids.add(row.cells[idColumn]!.trim());
    const at = (column: string, value: string, issue: Issue, severity: Problem['severity'] = 'error') =>
      rowProblems.push({ severity, file, line: row.line, column, value: shorten(value), ...issue });
    if (row.cells.length !== header.length) {
      const extra = row.cells.length > header.length;
      at('', '', {
        rule: extra ? 'extra-cells' : 'missing-cells',
        message: `the row has ${row.cells.length} cells, the header ${header.length}`,
        hint: extra ? 'a value that holds the delimiter must be in "quotes"' : 'every row needs a cell (maybe empty) for every column',
      });
    }
    const values: Record<string, unknown> = {};
    for (const [column, parse] of Object.entries(schema.columns)) {
      const i = index.get(column);
      const raw = i === undefined ? '' : (row.cells[i] ?? '');
      const name = written(column);
      if (raw.length > MAX_CELL_LENGTH) {
        at(name, raw, { rule: 'value-too-long', message: `is ${raw.length} characters long, the limit is ${MAX_CELL_LENGTH}`, hint: 'a quote may be missing, so that the rest of the file became one value' });
        continue;
      }
      const parsed = parse(raw);
      if (parsed.ok) {
        values[column] = parsed.value;
        if (parsed.warning) at(name, raw, parsed.warning, 'warning');
      } else at(name, raw, parsed.issue);
    }
    const id = values.id ?? values.year;
    if (id !== undefined) {
      const key = String(id);
      const first = firstLineOfId.get(key);
      if (first !== undefined) at(written(values.id !== undefined ? 'id' : 'year'), key, { rule: 'duplicate-id', message: `is already used on line ${first}`, hint: 'every row needs its own id' });
      else firstLineOfId.set(key, row.line);
    }
    problems.push(...rowProblems);
    if (!rowProblems.some((p) => p.severity === 'error')) rows.push({ line: row.line, value: schema.build(values) });
  }
  return { rows, problems, ids };
}

export function shorten(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
