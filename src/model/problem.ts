import type { Issue } from './rules.js';

/** One thing wrong (or doubtful) in the registers, located as precisely as the input allows. */
export type Problem = Issue & {
  severity: 'error' | 'warning';
  /** The file as the user named it, e.g. `data/projects.csv`. */
  file: string;
  /** For a register in a workbook: the sheet, e.g. `Anbefalinger`. */
  sheet?: string;
  /** Physical line, header = 1 (in a workbook: the sheet row); absent for problems with a whole file. */
  line?: number;
  /** Column name as written in the header. */
  column?: string;
  /** In a workbook: the column's letter, e.g. `C`. */
  columnLetter?: string;
  /**
   * In a CSV register: the character on `line` where the cell starts (1 = the line's first), as
   * editors and GitHub count; absent where the reader did not keep it (see CellColumns).
   */
  col?: number;
  value?: string;
};

/**
 * Where validation puts each problem as it finds it, in reading order: a sink that writes them at
 * once keeps memory flat however many there are (validate/ never holds a list of them).
 */
export interface ProblemSink {
  add(problem: Problem): void;
  /**
   * `count` more problems like `problem` (its file, sheet, rule and severity) were found but could
   * not be kept to be listed: they count in every total, and a list says they were left out.
   */
  unlisted(problem: Problem, count: number): void;
}

/**
 * `{ ...problem, ...more }`, made with Object.assign: on Node 20 (V8 11.3) an object made by a
 * spread followed by more properties survives young collections (measured with --trace-gc-nvp: a
 * million such copies promote about 170 bytes each, Object.assign none), so on a register of bad
 * rows the old generation filled with dead problems and the peak memory rose by half.
 */
export function copyWith<T extends object, U extends object>(problem: T, more: U): T & U {
  return Object.assign({}, problem, more);
}
