import { NumberedLines } from './ids.js';

/** A ByteTable as data, to cross to another thread (structured clone copies it). */
export interface ByteTableExport {
  arena: Buffer;
  count: number;
  slots: Int32Array;
  numbered: ReturnType<NumberedLines['export']>;
}

/** Int32s per slot: hash, where the key starts in the arena, its length, its value. */
const SLOT = 4;

/**
 * An open-addressing hash table from byte strings to non-negative numbers: looks a cell up by its
 * bytes in the scanner's buffer, without making a string of it. Keys are copied into one arena;
 * a slot holds a key's hash, place and value together, so that a lookup reads one slot and the key.
 */
export class ByteTable {
  private arena: Buffer = Buffer.allocUnsafe(1 << 12);
  private used = 0;
  private count = 0;
  /** SLOT int32s per slot; a length of -1 marks an empty slot. */
  private slots: Int32Array = emptySlots(64);
  /**
   * Keys of one prefix and a number (p1, p2, …, as registers number their rows), by number, with
   * value + 1 as their "line": a lookup reads one place of an array rather than hashing the key
   * and comparing it in the arena, two reads at random places of megabytes for 100 000 ids.
   */
  private numbered = new NumberedLines();

  export(): ByteTableExport {
    return { arena: this.arena.subarray(0, this.used), count: this.count, slots: this.slots, numbered: this.numbered.export() };
  }

  /** The table export() gave, in another thread. */
  static from(data: ByteTableExport): ByteTable {
    const table = new ByteTable();
    // Structured clone gives a Uint8Array: a Buffer of the same memory.
    table.arena = Buffer.from(data.arena.buffer, data.arena.byteOffset, data.arena.byteLength);
    table.used = data.arena.byteLength;
    table.count = data.count;
    table.slots = data.slots;
    table.numbered = NumberedLines.from(data.numbered);
    return table;
  }

  get size(): number {
    return this.count;
  }

  /** The value of the key `bytes[start, end)`, or -1. */
  get(bytes: Uint8Array, start: number, end: number): number {
    const number = this.numbered.numberOfAscii(bytes, start, end);
    if (number !== -1) return this.numbered.lineOf(number) - 1;
    const hash = hashBytes(bytes, start, end);
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const keyLength = slots[at + 2]!;
      if (keyLength === -1) return -1;
      if (slots[at] === hash && keyLength === length && this.equals(slots[at + 1]!, bytes, start, end)) return slots[at + 3]!;
    }
  }

  /** Adds a key that is not in the table. */
  set(bytes: Uint8Array, start: number, end: number, value: number): void {
    const number = this.numbered.numberOfAscii(bytes, start, end);
    if (number !== -1) {
      this.numbered.add(number, value + 1);
      this.count++;
      return;
    }
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const arena = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + length));
      this.arena.copy(arena, 0, 0, this.used);
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    if (++this.count * 2 > this.slots.length / SLOT) this.rehash((this.slots.length / SLOT) * 2);
    this.place(hashBytes(bytes, start, end), this.used, length, value);
    this.used += length;
  }

  private equals(keyStart: number, bytes: Uint8Array, start: number, end: number): boolean {
    const arena = this.arena;
    for (let i = start, k = keyStart; i < end; i++, k++) if (bytes[i] !== arena[k]) return false;
    return true;
  }

  private place(hash: number, keyStart: number, length: number, value: number): void {
    const mask = this.slots.length / SLOT - 1;
    let slot = hash & mask;
    while (this.slots[slot * SLOT + 2] !== -1) slot = (slot + 1) & mask;
    this.slots.set([hash, keyStart, length, value], slot * SLOT);
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = emptySlots(size);
    for (let at = 0; at < old.length; at += SLOT) if (old[at + 2] !== -1) this.place(old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
  }
}

const emptySlots = (size: number) => {
  const slots = new Int32Array(size * SLOT);
  for (let at = 2; at < slots.length; at += SLOT) slots[at] = -1;
  return slots;
};

/** FNV-1a, with a final mix so that ids differing in their last characters spread over the slots. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}
