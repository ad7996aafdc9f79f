/**
 * What the byte-level CSV scanner (load/scan.ts) knows about each field of a record, found while
 * looking for its end: bits of ScannedRow.flags.
 */
export const FIELD = {
  /** Written in quotes (start and end are inside them). */
  QUOTED: 1,
  /** Holds a doubled quote (""), so its bytes are not its text. */
  ESCAPED: 2,
  /** Holds a byte ≥ 0x80 (not ASCII). */
  HIGH: 4,
  /** Holds a C0 control other than tab, LF and CR, or DEL. */
  CONTROL: 8,
  /** Holds a tab, LF or CR (only a quoted field can hold the last two). */
  BREAK: 16,
  /** Holds a byte that is neither ASCII white space nor ≥ 0x80. */
  NONBLANK: 32,
} as const;

/** One record of a CSV register as bytes: field bounds into `bytes`, valid only while the row is handed over. */
export interface ScannedRow {
  readonly bytes: Buffer;
  readonly count: number;
  /** Per field: where its text starts and ends in `bytes` (inside the quotes of a quoted field). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  /** Whether every byte of the file read so far is well-formed UTF-8 (a HIGH field then decodes without U+FFFD). */
  readonly wellFormed: boolean;
  /** The cells as text, exactly as the plain path (papaparse) gives them. */
  cells(): string[];
  /** Where cell `i` starts on the record's first line, as Problem.col counts: see CellColumns. */
  column(i: number): number | undefined;
}

/**
 * The character on its row's first line where cell `i` starts (its opening quote, if quoted),
 * counting from 1; undefined when the cell starts on a later line (after a line end in a quoted
 * cell) or the reader does not know. Only the byte-level scanner knows: papaparse gives the
 * cells, not where they were.
 */
export type CellColumns = (i: number) => number | undefined;
