import type { Treatment, TreatmentIndex } from '../model/registers.js';
import { ByteTable } from './byte-table.js';
import type { IdIndex } from './ids.js';

/** Up to this many texts, lookups by text go through a Map as well (see TextTable.small). */
const MAPPED_TEXTS = 4096;

/**
 * A ByteTable of texts: each text is encoded into one scratch buffer (not a buffer per text) and
 * looked up by its UTF-8 bytes. At 300 000 ids a Map of strings cost 1–2 µs an id to fill on this
 * machine (its growth and garbage collection), where this table costs a fifth of that.
 */
class TextTable {
  readonly bytes = new ByteTable();
  private scratch = Buffer.allocUnsafe(256);
  private length = 0;
  /**
   * The texts in a Map too, while there are at most MAPPED_TEXTS of them: a small register's rows
   * run in V8's interpreter, where encoding a text and hashing its bytes one at a time for each
   * lookup cost `stats` on the shipped registers 25 million instructions (649 → 624 million).
   */
  private small: Map<string, number> | null = new Map();

  /** The value of `text`, or -1. */
  get(text: string): number {
    if (this.small !== null) return this.small.get(text) ?? -1;
    this.encode(text);
    return this.bytes.get(this.scratch, 0, this.length);
  }

  /** Adds a text that get() did not find, right after that get(). */
  setLast(text: string, value: number): void {
    if (this.small !== null) {
      this.encode(text);
      this.small.set(text, value);
      if (this.small.size > MAPPED_TEXTS) this.small = null;
    }
    this.bytes.set(this.scratch, 0, this.length, value);
  }

  private encode(text: string): void {
    if (text.length * 3 > this.scratch.length) this.scratch = Buffer.allocUnsafe(text.length * 3);
    this.length = this.scratch.write(text, 0, 'utf8');
  }
}

/**
 * The valid treatments' ids → their places, in one table of the ids' bytes: the fast paths look
 * project_id up in `bytes` straight from the scanner's buffer (fast-rows.ts), everything else by
 * text. It replaces a Map of every id and then a byte table made from that Map: 0.47 s of CPU at
 * 300 000 treatments, where this takes 0.08 s.
 */
export class TreatmentIds implements TreatmentIndex {
  // A #private field, not a property: it is in Registers, whose equality (two readings of the same
  // registers, test/validate/tail.test.ts) is that of their treatments, not of the table's buffers.
  readonly #table = new TextTable();

  constructor(treatments: readonly Treatment[]) {
    // Valid treatments have distinct ids (a repeated id is an error and its row left out).
    for (let i = 0; i < treatments.length; i++) if (this.#table.get(treatments[i]!.id) === -1) this.#table.setLast(treatments[i]!.id, i);
  }

  get bytes(): ByteTable {
    return this.#table.bytes;
  }

  get(id: string): number | undefined {
    const place = this.#table.get(id);
    return place === -1 ? undefined : place;
  }
}

/**
 * Every id of projects.csv, valid rows or not, and the line each was first seen on: what a
 * reference into a row with errors is told apart by (has), and what "did you mean" searches (ids,
 * in the order first seen). In place of a Map of them: 0.45 s of CPU at 300 000 ids.
 */
export class ProjectIds implements IdIndex {
  private readonly table = new TextTable();
  private readonly written: string[] = [];

  add(id: string, line: number): number | undefined {
    const first = this.table.get(id);
    if (first !== -1) return first;
    this.table.setLast(id, line);
    this.written.push(id);
    return undefined;
  }

  has(id: string): boolean {
    return this.table.get(id) !== -1;
  }

  ids(): readonly string[] {
    return this.written;
  }
}
