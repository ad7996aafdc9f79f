import { columnLetter, normaliseColumnName, REGISTER_COLUMNS } from '../model/columns.js';
import { copyWith, type Problem, type ProblemSink } from '../model/problem.js';
import type { RegisterName } from '../model/registers.js';
import type { CellColumns } from '../model/scanned-row.js';
import type { Schema } from './schema.js';
import { ExactIds, HashedIds, type IdIndex } from './ids.js';
import { ProjectIds } from './project-ids.js';
import type { IdsExport } from '../model/tail-rows.js';
import type { Encoding } from '../model/encoding.js';
import { checkCell, isFreeText, lookalikeKey, needsCheck } from './text.js';
import { issue, type Issue } from '../model/rules.js';
import { parseDate } from './values.js';

export interface Located<R> {
  line: number;
  value: R;
}

/** Longest cell we accept: far beyond any real text, short enough to keep outputs sane. */
const MAX_CELL_LENGTH = 100_000;

const NONE: readonly never[] = [];

/**
 * How many problems of one file are held back while a date column may still turn out to be all
 * dd.mm.yyyy (see `norwegianDate`): more than a register kept by hand has, few enough to weigh
 * nothing. Past it they are written, and that column's warnings only counted.
 */
const HELD_PROBLEMS = 1000;

/** The warnings of a column kept for when they were dropped (see `NorwegianDates`): the first few, which a text list shows in full. */
const DATES_KEPT = 3;

/** The dd.mm.yyyy dates of one column: while they are all its filled cells, their warnings may become one for the column. */
interface NorwegianDates {
  count: number;
  /** The first DATES_KEPT warnings. */
  kept: Problem[];
  /** Warnings not written but counted, once more than HELD_PROBLEMS problems were held. */
  dropped: number;
}

/** Something a check found in a row: an error (the row is left out) or a warning. */
export interface Finding {
  column: string;
  value: string;
  issue: Issue;
  severity?: Problem['severity'];
}

/** A check of a valid row against other rows or registers, e.g. that a conversation follows its meeting. */
export type RowCheck<R> = (value: R, line: number) => Finding | Finding[] | null;

/**
 * A check of one column's parsed value, run even when other cells of the row have errors, so
 * that a row shows every problem at once: null when fine, `'drop'` to leave the row out without a
 * problem of its own (a reference to a row that is itself invalid).
 */
export type ColumnCheck = (value: never, line: number) => Omit<Finding, 'column' | 'value'> | null | 'drop';

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
  columnChecks?: Record<string, ColumnCheck>;
  /** Columns whose values must not differ only in case, width or spacing between rows. */
  lookalikes?: readonly string[];
  /** Takes each valid row; without it, rows (and their lines) are kept in `rows` and `lines`. */
  keep?: (value: R) => void;
  /** The sheet, when the register is read from a workbook: problems then name it and the column letter. */
  sheet?: string;
  /** Where the problems go, as they are found (in line order, but for those held back a while: see `norwegianDate`). */
  problems: ProblemSink;
}

/**
 * Checks one register against its schema as its rows stream in. Rows with an error are left
 * out; every problem is reported, not just the first.
 */
export class TableValidator<R> {
  readonly rows: R[] = [];
  readonly lines: number[] = [];
  /** Whether a header with every required column was read, so that rows could be checked. */
  usable = false;
  /** Whether the file has been read to its end (see end()). */
  ended = false;
  private columns: string[] = [];
  /** Where the cells of the row being checked start on its line, when the reader knows. */
  private cellColumns: CellColumns | undefined;
  private plan: ColumnPlan[] = [];
  /** Per column of the plan: how many cells had a value, and the dd.mm.yyyy dates among them. */
  private filled: number[] = [];
  /** The date columns (plan indexes): a date is required, so a row the fast path vouches for fills each. */
  private dateColumns: number[] = [];
  private norwegianDates: NorwegianDates[] = [];
  /** The columns (plan indexes) whose every filled cell so far is a dd.mm.yyyy date. */
  private allNorwegian: number[] = [];
  /** The file's problems, in order, while a column is all dd.mm.yyyy so far; null when they go straight out. */
  private held: Problem[] | null = null;
  /** Whether more than HELD_PROBLEMS were held: from then on nothing is held, and all-dd.mm.yyyy columns' warnings are only counted. */
  private overflowed = false;
  /** The schema column of each cell of a row; undefined for columns digiraad does not know. */
  private columnOf: (string | undefined)[] = [];
  private keptColumn: boolean[] = [];
  private keyColumn: ColumnPlan | undefined;
  private encoding: Encoding = 'utf-8';
  /** Column → lookalike key → the value as first written, and its line. */
  private readonly seen = new Map<string, Map<string, Located<string>>>();
  /** The ids as lookalike keys, to tell `Q1` from `q1`. */
  private foldedIds: IdIndex | null;

  constructor(
    private readonly register: RegisterName,
    readonly file: string,
    private readonly schema: Schema<R>,
    private readonly options: TableOptions<R>,
  ) {
    this.foldedIds = options.ids === null ? null : new HashedIds();
  }

  problem(problem: Problem): void {
    const located = this.locate(problem);
    if (this.held === null) this.options.problems.add(located);
    else {
      this.held.push(located);
      if (this.held.length > HELD_PROBLEMS) this.overflow();
    }
  }

  /** Adds where the problem's cell is: the character it starts at on its line (CSV), or the sheet and the column's letter (workbook). */
  locate(problem: Problem): Problem {
    const { sheet } = this.options;
    if (sheet === undefined && this.cellColumns === undefined) return problem;
    const index = problem.column ? this.columns.findIndex((c) => normaliseColumnName(c) === normaliseColumnName(problem.column!)) : -1;
    const col = index === -1 ? undefined : this.cellColumns?.(index);
    const located = col === undefined ? problem : copyWith(problem, { col });
    return sheet === undefined ? located : copyWith(located, { sheet, ...(index === -1 ? {} : { columnLetter: columnLetter(index) }) });
  }

  header(cells: string[], encoding: Encoding = 'utf-8'): void {
    this.encoding = encoding;
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
    this.columnOf = cells.map((cell) => {
      const name = normaliseColumnName(cell);
      return name in this.schema.columns ? name : undefined;
    });
    this.keptColumn = this.columnOf.map((c) => c !== undefined && c !== 'text');
    this.filled = this.plan.map(() => 0);
    this.dateColumns = this.plan.flatMap((c, i) => (c.parse === parseDate ? [i] : []));
    this.norwegianDates = this.plan.map(() => ({ count: 0, kept: [], dropped: 0 }));
    this.usable = missing.length === 0;
  }

  row(line: number, cells: string[], columns?: CellColumns): void {
    // While the row is checked, its problems are located on it (locate()).
    this.cellColumns = columns;
    this.checkRow(line, cells);
    this.cellColumns = undefined;
  }

  private checkRow(line: number, cells: string[]): void {
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
    // Every cell, known column or not: what it may not hold; then NFC, so that é is é however
    // typed, for the cells that are kept (texts and unknown columns are only checked).
    let unreadable: Set<number> | undefined;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (!needsCheck(cell)) continue;
      const found = checkCell(cell, isFreeText(this.columnOf[i]), this.encoding);
      if (found) {
        report(this.columns[i] ?? '', cell, found);
        unreadable ??= new Set();
        unreadable.add(i);
      } else if (this.keptColumn[i]) cells[i] = cell.normalize('NFC');
    }
    const values: Record<string, unknown> = {};
    let drop = false;
    // Indexed loops in the row path: an iterator makes garbage per cell until V8 optimises it away.
    for (let i = 0; i < this.plan.length; i++) {
      const { column, written, index, parse } = this.plan[i]!;
      if (unreadable?.has(index)) continue;
      const raw = index === -1 ? '' : (cells[index] ?? '');
      if (raw.trim() !== '') this.filled[i]!++;
      if (raw.length > MAX_CELL_LENGTH) {
        report(written, raw, issue('value-too-long', { length: raw.length, limit: MAX_CELL_LENGTH }));
        continue;
      }
      const parsed = parse(raw);
      if (!parsed.ok) {
        report(written, raw, parsed.issue);
        continue;
      }
      values[column] = parsed.value;
      if (parsed.warning?.rule === 'norwegian-date')
        this.norwegianDate(i, { severity: 'warning', file: this.file, line, column: written, value: shorten(raw), ...parsed.warning });
      else if (parsed.warning) report(written, raw, parsed.warning, 'warning');
      const check = this.options.columnChecks?.[column];
      const checked = check?.(parsed.value as never, line);
      if (checked === 'drop') drop = true;
      else if (checked) report(written, raw.trim(), checked.issue, checked.severity);
    }
    const key = this.keyColumn!;
    const id = String(values[key.column] ?? cells[key.index]?.trim() ?? '');
    if (id !== '') {
      const first = this.options.ids?.add(id, line);
      const folded = this.foldedIds?.add(lookalikeKey(id), line);
      if (first !== undefined) report(key.written, id, issue('duplicate-id', { line: first }));
      else if (folded !== undefined) report(key.written, id, issue('lookalike-id', { line: folded }), 'warning');
    }
    const lookalikes = this.options.lookalikes ?? NONE;
    for (let i = 0; i < lookalikes.length; i++) {
      const value = values[lookalikes[i]!];
      if (typeof value === 'string') this.lookalike(lookalikes[i]!, value, line, report);
    }
    if (this.allNorwegian.length > 0) this.settleDates();
    if (failed || drop) return;
    const value = this.schema.build(values, line);
    const found = this.options.check?.(value, line);
    if (found !== null && found !== undefined) {
      for (const finding of Array.isArray(found) ? found : [found]) {
        report(this.plan.find((c) => c.column === finding.column)!.written, finding.value, finding.issue, finding.severity);
      }
    }
    if (!failed) this.keep(value, line);
  }

  private keep(value: R, line: number): void {
    if (this.options.keep) this.options.keep(value);
    else {
      this.rows.push(value);
      this.lines.push(line);
    }
  }

  /**
   * A dd.mm.yyyy date's warning. A column whose every date is written so (as Norwegian Excel saves
   * them) is unambiguous, and gets one warning for the column when the file ends; until a cell
   * shows that it is not such a column, the file's problems are held back, so that they still come
   * out in line order.
   */
  private norwegianDate(column: number, found: Problem): void {
    const warning = this.locate(found);
    const dates = this.norwegianDates[column]!;
    dates.count++;
    if (dates.kept.length < DATES_KEPT) dates.kept.push(warning);
    if (dates.count === this.filled[column]) {
      if (dates.count === 1) this.allNorwegian.push(column);
      if (this.overflowed) {
        dates.dropped++;
        return;
      }
      this.held ??= [];
    }
    this.problem(warning);
  }

  /** After a row: a column with a cell that is not a dd.mm.yyyy date is a mixed one; when none is left undecided, what was held goes out. */
  private settleDates(): void {
    this.allNorwegian = this.allNorwegian.filter((column) => {
      const dates = this.norwegianDates[column]!;
      if (dates.count === this.filled[column]) return true;
      this.writeDropped(dates);
      return false;
    });
    if (this.allNorwegian.length === 0) this.release();
  }

  /** Too much held: out it goes, but for the warnings of all-dd.mm.yyyy columns, which are counted. */
  private overflow(): void {
    const held = this.held!;
    this.held = null;
    this.overflowed = true;
    for (const problem of held) {
      const column = problem.rule === 'norwegian-date' ? this.allNorwegian.find((i) => this.plan[i]!.written === problem.column) : undefined;
      if (column === undefined) this.options.problems.add(problem);
      else this.norwegianDates[column]!.dropped++;
    }
  }

  /** A column's dropped warnings are all of its warnings so far: the first few are written, the rest counted. */
  private writeDropped(dates: NorwegianDates): void {
    if (dates.dropped === 0) return;
    for (const warning of dates.kept) this.options.problems.add(this.locate(warning));
    if (dates.dropped > dates.kept.length) this.options.problems.unlisted(this.locate(dates.kept[0]!), dates.dropped - dates.kept.length);
    dates.dropped = 0;
  }

  private release(): void {
    const held = this.held;
    this.held = null;
    for (const problem of held ?? []) this.options.problems.add(problem);
  }

  /**
   * The file is read: a column of two or more dates, all dd.mm.yyyy, gets one warning, where its
   * first date is, instead of one per row; what was held back goes out.
   */
  end(): void {
    for (const column of this.allNorwegian) {
      const dates = this.norwegianDates[column]!;
      if (dates.count === 1) {
        this.writeDropped(dates);
        continue;
      }
      const warning = dates.kept[0] as Problem & { rule: 'norwegian-date' };
      const folded = this.locate({
        severity: 'warning',
        file: this.file,
        line: warning.line,
        column: warning.column,
        ...issue('norwegian-date-column', { rows: dates.count, first: warning.value!, date: warning.params.date }),
      });
      if (this.held === null) this.options.problems.add(folded);
      else {
        const ofColumn = (p: Problem) => p.rule === 'norwegian-date' && p.column === warning.column;
        const at = this.held.findIndex(ofColumn);
        this.held = this.held.filter((p, i) => i === at || !ofColumn(p));
        this.held[at] = folded;
      }
    }
    this.allNorwegian = [];
    this.release();
    this.ended = true;
  }

  /** Agencies and ministries written two ways (`NAV`, `Nav`) are counted once: say so. Joint agencies split on `/`. */
  private lookalike(
    column: string,
    cell: string,
    line: number,
    report: (column: string, value: string, found: Issue, severity: Problem['severity']) => void,
  ): void {
    let seen = this.seen.get(column);
    if (!seen) {
      seen = new Map();
      this.seen.set(column, seen);
    }
    for (const written of namesOf(column, cell)) {
      const key = lookalikeKey(written);
      const first = seen.get(key);
      if (!first) seen.set(key, { line, value: written });
      else if (first.value !== written) {
        const plan = this.plan.find((c) => c.column === column)!;
        report(plan.written, written, issue('lookalike-name', { written: first.value, line: first.line }), 'warning');
      }
    }
  }

  /**
   * The fast path's hook (fast-projects.ts) for the value of a lookalike column's cell: whether
   * row() would find none of its names written as an earlier one was. Records nothing.
   */
  lookalikeFree(column: string, cell: string): boolean {
    const seen = this.seen.get(column);
    const names = namesOf(column, cell);
    for (let i = 0; i < names.length; i++) {
      const key = lookalikeKey(names[i]!);
      const first = seen?.get(key)?.value ?? names.slice(0, i).find((earlier) => lookalikeKey(earlier) === key);
      if (first !== undefined && first !== names[i]) return false;
    }
    return true;
  }

  /** Records the names of a cell lookalikeFree() found free, as row() does. */
  recordLookalike(column: string, cell: string, line: number): void {
    this.lookalike(column, cell, line, () => {});
  }

  /**
   * The fast path's hook (fast-rows.ts, fast-projects.ts) for an id that is its own lookalike key
   * (lower-case ASCII, no spaces) in `bytes[start, end)`, and `id`, its text, where ids are kept
   * exactly: records it as row() would and returns true, or returns false and records nothing when
   * it was seen before, so that row() reports it.
   */
  addFoldedAsciiId(bytes: Uint8Array, start: number, end: number, line: number, id = ''): boolean {
    const ids = this.options.ids;
    const folded = this.foldedIds;
    if (!(folded instanceof HashedIds) || folded.hasAscii(bytes, start, end)) return false;
    // Every id's lookalike key is in `folded`, so one that is its own key is new to `ids` too.
    if (ids instanceof HashedIds) ids.addNewAscii(bytes, start, end, line);
    else if (ids instanceof ExactIds || ids instanceof ProjectIds) ids.add(id, line);
    else return false;
    return folded.addNewAscii(bytes, start, end, line);
  }

  /** Adds ids of rows read by another thread further on (validate/fast-rows.ts joinTail), when none of them is here yet, even as a lookalike. */
  absorbIds(ids: IdsExport, lineOffset: number): boolean {
    const exact = this.options.ids;
    const folded = this.foldedIds;
    if (!(exact instanceof HashedIds && folded instanceof HashedIds && exact.canAbsorb(ids) && folded.canAbsorb(ids))) return false;
    exact.absorb(ids, lineOffset);
    folded.absorb(ids, lineOffset);
    return true;
  }

  /** Whether a date column's dates are all dd.mm.yyyy so far: until a row of row()'s shows otherwise, the fast path leaves rows to it. */
  get datesUndecided(): boolean {
    return this.allNorwegian.length > 0;
  }

  /**
   * The fast path's hook for a row it vouched for (no problem, dates ISO): kept as row() keeps a
   * valid row. It runs no column or row check: a fast path vouches only for registers without them
   * (projects.csv), or runs them itself (fast-rows.ts).
   */
  keepVouched(value: R, line: number): void {
    for (const column of this.dateColumns) this.filled[column]!++;
    this.keep(value, line);
  }

  /** Lets the id index go once the file is read (its problems are kept). */
  forgetIds(): void {
    this.options.ids = null;
    this.foldedIds = null;
  }

  located(): Located<R>[] {
    return this.rows.map((value, i) => ({ line: this.lines[i]!, value }));
  }
}

/** The names of a lookalike column's cell: joint agencies split on `/`. */
const namesOf = (column: string, cell: string) => (column === 'agency' ? cell.split('/') : [cell]).map((part) => part.trim());

function shorten(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
