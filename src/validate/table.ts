import { columnLetter, normaliseColumnName, REGISTER_COLUMNS } from '../model/columns.js';
import type { Problem } from '../model/problem.js';
import type { RegisterName } from '../model/registers.js';
import type { Schema } from './schema.js';
import type { IdIndex } from './ids.js';
import { issue, type Issue } from '../model/rules.js';

export interface Located<R> {
  line: number;
  value: R;
}

/** Longest cell we accept: far beyond any real text, short enough to keep outputs sane. */
const MAX_CELL_LENGTH = 100_000;

/** A check of a row against other registers, e.g. that its project_id exists. */
export type RowCheck<R> = (value: R) => { column: string; value: string; issue: Issue; severity?: Problem['severity'] } | null;

interface ColumnPlan {
  column: string;
  /** The name as written in the header, for messages. */
  written: string;
  /** Where the column is in the row; -1 when an optional column is absent. */
  index: number;
  parse: (raw: string) => ReturnType<Schema<unknown>['columns'][string]>;
}

export interface TableOptions<R> {
  ids: IdIndex | null;
  check?: RowCheck<R>;
  /** Takes each valid row; without it, rows (and their lines) are kept in `rows` and `lines`. */
  keep?: (value: R) => void;
  /** The sheet, when the register is read from a workbook: problems then name it and the column letter. */
  sheet?: string;
}

/**
 * Checks one register against its schema as its rows stream in. Rows with an error are left
 * out; every problem is kept, not just the first.
 */
export class TableValidator<R> {
  readonly rows: R[] = [];
  readonly lines: number[] = [];
  readonly problems: Problem[] = [];
  /** Whether a header with every required column was read, so that rows could be checked. */
  usable = false;
  private columns: string[] = [];
  private plan: ColumnPlan[] = [];
  /** Per column of the plan: how many cells had a value, and the dd.mm.yyyy dates among them. */
  private filled: number[] = [];
  private norwegianDates: Problem[][] = [];
  private keyColumn: ColumnPlan | undefined;

  constructor(
    private readonly register: RegisterName,
    readonly file: string,
    private readonly schema: Schema<R>,
    private readonly options: TableOptions<R>,
  ) {}

  problem(problem: Problem): void {
    this.problems.push(this.locate(problem));
  }

  /** In a workbook, adds the sheet and the letter of the problem's column. */
  locate(problem: Problem): Problem {
    const { sheet } = this.options;
    if (sheet === undefined) return problem;
    const index = problem.column ? this.columns.findIndex((c) => normaliseColumnName(c) === normaliseColumnName(problem.column!)) : -1;
    return { ...problem, sheet, ...(index === -1 ? {} : { columnLetter: columnLetter(index) }) };
  }

  header(cells: string[]): void {
    this.columns = cells.map((c) => c.trim());
    const index = new Map<string, number>();
    cells.forEach((cell, i) => {
      const name = normaliseColumnName(cell);
      if (!(name in this.schema.columns)) return;
      if (index.has(name)) this.problem({ severity: 'error', file: this.file, line: 1, column: this.columns[i], ...issue('duplicate-column') });
      else index.set(name, i);
    });
    const missing = REGISTER_COLUMNS[this.register].required.filter((c) => !index.has(c));
    for (const column of missing) {
      this.problem({ severity: 'error', file: this.file, line: 1, column, ...issue('missing-column', { header: this.columns.join(', ') }) });
    }
    this.plan = Object.entries(this.schema.columns).map(([column, parse]) => {
      const i = index.get(column) ?? -1;
      return { column, written: i === -1 ? column : this.columns[i]!, index: i, parse };
    });
    this.keyColumn = this.plan.find((c) => c.column === this.schema.key);
    this.filled = this.plan.map(() => 0);
    this.norwegianDates = this.plan.map(() => []);
    this.usable = missing.length === 0;
  }

  row(line: number, cells: string[]): void {
    if (!this.usable) return;
    let failed = false;
    const report = (column: string, value: string, found: Issue, severity: Problem['severity'] = 'error') => {
      if (severity === 'error') failed = true;
      this.problem({ severity, file: this.file, line, column, value: shorten(value), ...found });
    };
    if (cells.length !== this.columns.length) {
      const counts = { cells: cells.length, columns: this.columns.length };
      report('', '', cells.length > this.columns.length ? issue('extra-cells', counts) : issue('missing-cells', counts));
    }
    const values: Record<string, unknown> = {};
    for (const [i, { column, written, index, parse }] of this.plan.entries()) {
      const raw = index === -1 ? '' : (cells[index] ?? '');
      if (raw.trim() !== '') this.filled[i]!++;
      if (raw.length > MAX_CELL_LENGTH) {
        report(written, raw, issue('value-too-long', { length: raw.length, limit: MAX_CELL_LENGTH }));
        continue;
      }
      const parsed = parse(raw);
      if (parsed.ok) {
        values[column] = parsed.value;
        if (parsed.warning) {
          report(written, raw, parsed.warning, 'warning');
          if (parsed.warning.rule === 'norwegian-date') this.norwegianDates[i]!.push(this.problems.at(-1)!);
        }
      } else report(written, raw, parsed.issue);
    }
    const key = this.keyColumn!;
    const id = String(values[key.column] ?? cells[key.index]?.trim() ?? '');
    if (id !== '') {
      const first = this.options.ids?.add(id, line);
      if (first !== undefined) report(key.written, id, issue('duplicate-id', { line: first }));
    }
    if (failed) return;
    const value = this.schema.build(values);
    const reference = this.options.check?.(value);
    if (reference) {
      report(this.plan.find((c) => c.column === reference.column)!.written, reference.value, reference.issue, reference.severity);
      if ((reference.severity ?? 'error') === 'error') return;
    }
    if (this.options.keep) this.options.keep(value);
    else {
      this.rows.push(value);
      this.lines.push(line);
    }
  }

  /**
   * A column whose every date is dd.mm.yyyy (as Norwegian Excel saves them) is unambiguous: its
   * warnings, one per row, become one for the column.
   */
  foldNorwegianDates(): void {
    this.plan.forEach((_, i) => {
      const warnings = this.norwegianDates[i]!;
      if (warnings.length < 2 || warnings.length !== this.filled[i]) return;
      const [first] = warnings as [Problem & { rule: 'norwegian-date' }];
      const folded = new Set<Problem>(warnings);
      this.problems.splice(0, this.problems.length, ...this.problems.filter((p) => !folded.has(p)));
      this.problem({ severity: 'warning', file: this.file, line: first.line, column: first.column, ...issue('norwegian-date-column', { rows: warnings.length, first: first.value!, date: first.params.date }) });
    });
  }

  /** Lets the id index go once the file is read (its problems are kept). */
  forgetIds(): void {
    this.options.ids = null;
  }

  located(): Located<R>[] {
    return this.rows.map((value, i) => ({ line: this.lines[i]!, value }));
  }
}

function shorten(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
