/**
 * An open-addressing hash table from byte strings to non-negative numbers: looks a cell up by its
 * bytes in the scanner's buffer, without making a string of it. Keys are copied into one arena.
 */
export class ByteTable {
  private arena = Buffer.allocUnsafe(1 << 12);
  private used = 0;
  private count = 0;
  private keyStart = new Int32Array(64);
  private keyEnd = new Int32Array(64);
  private hashes = new Uint32Array(64);
  private values = new Int32Array(64);
  /** Entry number + 1 per slot; 0 = empty. */
  private slots = new Int32Array(128);

  get size(): number {
    return this.count;
  }

  /** The value of the key `bytes[start, end)`, or -1. */
  get(bytes: Uint8Array, start: number, end: number): number {
    const hash = hashBytes(bytes, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry === -1) return -1;
      if (this.hashes[entry] === hash && this.equals(entry, bytes, start, end)) return this.values[entry]!;
    }
  }

  /** Adds a key that is not in the table. */
  set(bytes: Uint8Array, start: number, end: number, value: number): void {
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const arena = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + length));
      this.arena.copy(arena, 0, 0, this.used);
      this.arena = arena;
    }
    if (this.count === this.values.length) this.growEntries();
    const entry = this.count++;
    this.arena.set(bytes.subarray(start, end), this.used);
    this.keyStart[entry] = this.used;
    this.keyEnd[entry] = this.used += length;
    this.hashes[entry] = hashBytes(bytes, start, end);
    this.values[entry] = value;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry);
  }

  private equals(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const keyStart = this.keyStart[entry]!;
    if (this.keyEnd[entry]! - keyStart !== end - start) return false;
    for (let i = start, k = keyStart; i < end; i++, k++) if (bytes[i] !== this.arena[k]) return false;
    return true;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }

  private growEntries(): void {
    const grown = <T extends Int32Array | Uint32Array>(old: T, make: (n: number) => T) => {
      const next = make(old.length * 2);
      next.set(old);
      return next;
    };
    this.keyStart = grown(this.keyStart, (n) => new Int32Array(n));
    this.keyEnd = grown(this.keyEnd, (n) => new Int32Array(n));
    this.hashes = grown(this.hashes, (n) => new Uint32Array(n));
    this.values = grown(this.values, (n) => new Int32Array(n));
  }
}

/** FNV-1a, with a final mix so that ids differing in their last characters spread over the slots. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return (hash ^ (hash >>> 13)) >>> 0;
}

/** A table of the given strings (as UTF-8) to their values. */
export function byteTableOf(entries: Iterable<[string, number]>): ByteTable {
  const table = new ByteTable();
  for (const [key, value] of entries) {
    const bytes = Buffer.from(key, 'utf8');
    if (table.get(bytes, 0, bytes.length) === -1) table.set(bytes, 0, bytes.length, value);
  }
  return table;
}
