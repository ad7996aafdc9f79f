/**
 * The rows of the tail of recommendations.csv as a worker thread read them (commands/tail-worker.ts):
 * what the main thread needs to take them as if it had read them itself. Plain data and typed
 * arrays, so that it crosses between threads; lines count from 1 at the tail's first record.
 */
export interface TailRows {
  /** The byte offset of the tail's first record, and of the record after its last (where reading goes on). */
  from: number;
  to: number;
  /** Physical lines from `from` to `to`. */
  lines: number;
  /** The header the worker read, and the delimiter: the main thread's must be the same. */
  header: string[];
  delimiter: string;
  /** Whether the tail held multi-byte UTF-8. */
  multibyte: boolean;
  rows: TailRowArrays;
  /** The ids of the rows (validate/ids.ts, HashedIds.export()). */
  ids: IdsExport;
  /** Each tag's use in the tail, in the order of first use: tag, count, first line, that line's tags cell. */
  tagUse: [string, number, number, string][];
}

/** TaggedRows' arrays (model/tagged-rows.ts) without ids. */
export interface TailRowArrays {
  length: number;
  treatment: Int32Array;
  theme: Uint8Array;
  tags: Uint32Array;
  tagLists: (readonly string[])[];
  line: Uint32Array;
}

/** A HashedIds as data: ids by number after a learned prefix, and the 64-bit hashes of the others, with their lines. */
export interface IdsExport {
  /** null: no id has been seen; '' or more: the prefix of numbered ids (none when no id ended in a number). */
  prefix: string | null | undefined;
  numbered: Int32Array;
  high: Uint32Array;
  low: Uint32Array;
  lines: Int32Array;
}
