import type { Encoding } from '../model/encoding.js';
import type { Problem } from '../model/problem.js';
import type { CellColumns, ScannedRow } from '../model/scanned-row.js';

/** Where the rows of one register go as they are read: the validator, in practice. */
export interface RowSink {
  /** `encoding` is what the file is read as: a U+FFFD in a cell is a byte it does not define. */
  header(cells: string[], encoding: Encoding): void;
  /** `line` is the physical line the row starts on (header = 1); `columns`, where each cell starts on it, when known. */
  row(line: number, cells: string[], columns?: CellColumns): void;
  /** A row of a UTF-8 CSV file as bytes (load/scan.ts); without it, the scanner decodes the row and calls row(). */
  scanned?(line: number, row: ScannedRow): void;
  problem(problem: Problem): void;
}
