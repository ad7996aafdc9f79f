/** A data table as the page and report.md show it: formatted cells, the first one of a row heads it. */
export interface DataTable {
  caption: string;
  head: string[];
  /** Right-align column i (numbers). */
  numeric: boolean[];
  rows: string[][];
}
