import type { Encoding } from '../model/encoding.js';
import type { Problem } from '../model/problem.js';
import type { CellColumns, ScannedRow } from '../model/scanned-row.js';
import type { TailRows } from '../model/tail-rows.js';

/** Where the rows of one register go as they are read: the validator, in practice. */
export interface RowSink {
  /** `encoding` is what the file is read as: a U+FFFD in a cell is a byte it does not define. */
  header(cells: string[], encoding: Encoding): void;
  /** `line` is the physical line the row starts on (header = 1); `columns`, where each cell starts on it, when known. */
  row(line: number, cells: string[], columns?: CellColumns): void;
  /**
   * A row of a UTF-8 CSV file as bytes (load/scan.ts); without it, the scanner decodes the row and
   * calls row(). true: taken; false: the sink took nothing and takes no more (a sink that reads
   * part of a file, ScanPart, up to a row it cannot vouch for).
   */
  scanned?(line: number, row: ScannedRow): boolean;
  /** Takes the rows another thread read further on (load/scan.ts HandOff), their lines `lineOffset` below its own; false: it cannot, and takes nothing. */
  joinTail?(tail: TailRows, lineOffset: number): boolean;
  problem(problem: Problem): void;
}
