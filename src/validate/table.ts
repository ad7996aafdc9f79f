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

/** A check of a row against other registers, e.g. that its project_id exists. */
export type RowCheck<R> = (value: R) => { column: string; value: string; issue: Issue; severity?: Problem['severity'] } | null;

/**
 * Checks one register against its schema as its rows stream in. Rows with an error are left out
 * of `rows`; every problem is kept, not just the first.
 */
export class TableValidator<R> {
  readonly rows: R[] = [];
  /** Lines of the valid rows, when the caller needs them (small registers only). */
  readonly lines: number[] = [];
  readonly problems: Problem[] = [];
  /** Every id the file holds, rows with errors included: references to those are not reported again. */
  readonly ids = new Map<string, number>();
  private columns: string[] = [];
  private index = new Map<string, number>();
  /** Whether a header with every required column was read, so that rows could be checked. */
  usable = false;

  constructor(
    private readonly register: RegisterName,
    readonly file: string,
    private readonly schema: Schema<R>,
    private readonly options: { keepLines?: boolean; check?: RowCheck<R> } = {},
  ) {}

  problem(problem: Problem): void {
    this.problems.push(problem);
  }

  header(cells: string[]): void {
    this.columns = cells.map((c) => c.trim());
    cells.forEach((cell, i) => {
      const name = normaliseColumnName(cell);
      if (!(name in this.schema.columns)) return;
      if (this.index.has(name)) this.problem({ severity: 'error', file: this.file, line: 1, column: this.columns[i], rule: 'duplicate-column', message: 'the column appears twice', hint: 'keep one of them' });
      else this.index.set(name, i);
    });
    const missing = REGISTER_COLUMNS[this.register].required.filter((c) => !this.index.has(c));
    for (const column of missing) {
      this.problem({ severity: 'error', file: this.file, line: 1, column, rule: 'missing-column', message: 'the required column is missing', hint: `the header has: ${this.columns.join(', ')}` });
    }
    this.usable = missing.length === 0;
  }

  row(line: number, cells: string[]): void {
    if (!this.usable) return;
    let failed = false;
    const report = (column: string, value: string, issue: Issue, severity: Problem['severity'] = 'error') => {
      if (severity === 'error') failed = true;
      this.problem({ severity, file: this.file, line, column, value: shorten(value), ...issue });
    };
    if (cells.length !== this.columns.length) {
      const extra = cells.length > this.columns.length;
      report('', '', {
        rule: extra ? 'extra-cells' : 'missing-cells',
        message: `the row has ${cells.length} cells, the header ${this.columns.length}`,
        hint: extra ? 'a value that holds the delimiter must be in "quotes"' : 'every row needs a cell (maybe empty) for every column',
      });
    }
    const values: Record<string, unknown> = {};
    for (const column in this.schema.columns) {
      const i = this.index.get(column);
      const raw = i === undefined ? '' : (cells[i] ?? '');
      if (raw.length > MAX_CELL_LENGTH) {
        report(this.written(column), raw, { rule: 'value-too-long', message: `is ${raw.length} characters long, the limit is ${MAX_CELL_LENGTH}`, hint: 'a quote may be missing, so that the rest of the file became one value' });
        continue;
      }
      const parsed = this.schema.columns[column]!(raw);
      if (parsed.ok) {
        values[column] = parsed.value;
        if (parsed.warning) report(this.written(column), raw, parsed.warning, 'warning');
      } else report(this.written(column), raw, parsed.issue);
    }
    const key = this.schema.key;
    const id = values[key];
    if (id !== undefined) {
      const text = flat(String(id));
      const first = this.ids.get(text);
      if (first !== undefined) report(this.written(key), text, { rule: 'duplicate-id', message: `is already used on line ${first}`, hint: 'every row needs its own id' });
      else this.ids.set(text, line);
    } else {
      const raw = cells[this.index.get(key) ?? -1]?.trim();
      if (raw) this.ids.set(flat(raw), line);
    }
    if (failed) return;
    const value = this.schema.build(values);
    const reference = this.options.check?.(value);
    if (reference) {
      report(this.written(reference.column), reference.value, reference.issue, reference.severity);
      if ((reference.severity ?? 'error') === 'error') return;
    }
    this.rows.push(value);
    if (this.options.keepLines) this.lines.push(line);
  }

  located(): Located<R>[] {
    return this.rows.map((value, i) => ({ line: this.lines[i]!, value }));
  }

  private written(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? column : this.columns[i]!;
  }
}

export function shorten(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/**
 * A copy of a cell that does not keep the parser's whole chunk of text alive (V8 slices long
 * substrings out of their parent), so that a million ids cost what they weigh.
 */
export function flat(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
