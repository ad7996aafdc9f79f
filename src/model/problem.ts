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
  value?: string;
};

export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.sheet !== b.sheet) return (a.sheet ?? '') < (b.sheet ?? '') ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
