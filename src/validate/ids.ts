import type { IdsExport } from '../model/tail-rows.js';

/** Remembers the ids of a register and the line each first appeared on. */
export interface IdIndex {
  /** Records `id` at `line`; returns the line it was first seen on when it was seen before. */
  add(id: string, line: number): number | undefined;
}

/** Exact: for projects.csv, whose ids other registers refer to. */
export class ExactIds implements IdIndex {
  readonly lines = new Map<string, number>();

  add(id: string, line: number): number | undefined {
    const first = this.lines.get(id);
    if (first === undefined) this.lines.set(id, line);
    return first;
  }
}

/**
 * For the big registers: ids are kept as 64-bit hashes (two 32-bit FNV-1a variants) in an
 * open-addressing table, 12 bytes an id instead of about 70 for a Map of strings. Two different
 * ids collide with a chance of about n²/2⁶⁵ (5·10⁻⁸ for a million rows); no figure depends on it,
 * only whether a duplicate is reported. Ids written as one prefix and a number (r1, r2, …, as
 * registers number their rows) skip the hashing: their lines are kept in an array by number,
 * which rows fill in order rather than at random places, and which holds them exactly.
 */
export class HashedIds implements IdIndex {
  private readonly numbered = new NumberedLines();
  // Small to start with: a validator makes a dozen of these, most for registers of a few rows.
  private capacity = 1 << 8;
  private size = 0;
  private high = new Uint32Array(this.capacity);
  private low = new Uint32Array(this.capacity);
  /** Line of the first occurrence; 0 = empty slot (data lines start at 2). */
  private lines = new Int32Array(this.capacity);

  add(id: string, line: number): number | undefined {
    const number = this.numbered.numberOf(id);
    if (number !== -1) return this.numbered.add(number, line);
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    return this.insert(h1 >>> 0, h2 >>> 0, line);
  }

  /**
   * For an ASCII id in `bytes[start, end)` (the fast path, validate/fast-rows.ts): the same hash
   * as add() of its text. Records it and returns true, or returns false when it is here already.
   */
  addNewAscii(bytes: Uint8Array, start: number, end: number, line: number): boolean {
    const number = this.numbered.numberOfAscii(bytes, start, end);
    if (number !== -1) return this.numbered.add(number, line) === undefined;
    this.hashAscii(bytes, start, end);
    return this.find(this.lastHigh, this.lastLow) === 0 && this.insert(this.lastHigh, this.lastLow, line) === undefined;
  }

  /** Whether an ASCII id in `bytes[start, end)` is here. */
  hasAscii(bytes: Uint8Array, start: number, end: number): boolean {
    const number = this.numbered.numberOfAscii(bytes, start, end);
    if (number !== -1) return this.numbered.lineOf(number) !== 0;
    this.hashAscii(bytes, start, end);
    return this.find(this.lastHigh, this.lastLow) !== 0;
  }

  /** The ids as data, to cross to another thread (model/tail-rows.ts). */
  export(): IdsExport {
    return { ...this.numbered.export(), high: this.high, low: this.low, lines: this.lines };
  }

  /**
   * Whether the ids of `other` can be added to these as they are: numbered after the same prefix
   * (or not at all), and none of them here already.
   */
  canAbsorb(other: IdsExport): boolean {
    if (!this.numbered.canAbsorb(other)) return false;
    for (let slot = 0; slot < other.lines.length; slot++) if (other.lines[slot] !== 0 && this.find(other.high[slot]!, other.low[slot]!) !== 0) return false;
    return true;
  }

  /** Adds the ids of `other` (canAbsorb() said it may), their lines `lineOffset` further down. */
  absorb(other: IdsExport, lineOffset: number): void {
    this.numbered.absorb(other.numbered, lineOffset);
    for (let slot = 0; slot < other.lines.length; slot++)
      if (other.lines[slot] !== 0) this.insert(other.high[slot]!, other.low[slot]!, other.lines[slot]! + lineOffset);
  }

  /** The two halves of the last hash of bytes (fields, not a pair: no garbage per row). */
  private lastHigh = 0;
  private lastLow = 0;

  private hashAscii(bytes: Uint8Array, start: number, end: number): void {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ (end - start);
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    this.lastHigh = h1 >>> 0;
    this.lastLow = h2 >>> 0;
  }

  /** The line of a hash, 0 when absent. */
  private find(high: number, low: number): number {
    const mask = this.capacity - 1;
    for (let slot = spread(high) & mask; ; slot = (slot + 1) & mask) {
      const first = this.lines[slot]!;
      if (first === 0 || (this.high[slot] === high && this.low[slot] === low)) return first;
    }
  }

  private insert(high: number, low: number, line: number): number | undefined {
    const mask = this.capacity - 1;
    for (let slot = spread(high) & mask; ; slot = (slot + 1) & mask) {
      const first = this.lines[slot]!;
      if (first === 0) {
        this.high[slot] = high;
        this.low[slot] = low;
        this.lines[slot] = line;
        if (++this.size * 2 > this.capacity) this.grow();
        return undefined;
      }
      if (this.high[slot] === high && this.low[slot] === low) return first;
    }
  }

  private grow(): void {
    const [high, low, lines] = [this.high, this.low, this.lines];
    this.capacity *= 2;
    this.size = 0;
    this.high = new Uint32Array(this.capacity);
    this.low = new Uint32Array(this.capacity);
    this.lines = new Int32Array(this.capacity);
    for (let slot = 0; slot < lines.length; slot++) if (lines[slot] !== 0) this.insert(high[slot]!, low[slot]!, lines[slot]!);
  }
}

/**
 * The slot of a hash: FNV-1a of ids that differ only in their last digits (r1, r2, …) differs in
 * few low bits, and linear probing from them runs into long clusters; a finalising mix spreads them.
 */
function spread(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Numbers beyond this go to the hashes: the array stays below 256 MiB whatever the ids say. */
const MAX_NUMBER = 1 << 26;

/**
 * The lines of ids made of one prefix (that of the first id that ends in a number) and a number
 * written without leading zeros, by number. (ByteTable keeps its numbered keys' values here too.)
 */
export class NumberedLines {
  private learned = false;
  private prefix: string | null = null;
  private prefixBytes: Buffer = Buffer.alloc(0);
  private lines: Int32Array = new Int32Array(64);

  /** The number of an id of this prefix, or -1; the first id ending in a number sets the prefix. */
  numberOf(id: string): number {
    if (!this.learned) this.learn(id);
    const prefix = this.prefix;
    if (prefix === null || id.length <= prefix.length || id.length > prefix.length + 8 || !id.startsWith(prefix)) return -1;
    let number = 0;
    for (let i = prefix.length; i < id.length; i++) {
      const digit = id.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9 || (digit === 0 && i === prefix.length && id.length > i + 1)) return -1;
      number = number * 10 + digit;
    }
    return number < MAX_NUMBER ? number : -1;
  }

  /** numberOf() for an ASCII id in `bytes[start, end)`. */
  numberOfAscii(bytes: Uint8Array, start: number, end: number): number {
    if (!this.learned) this.learn(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1'));
    const prefix = this.prefixBytes;
    const digits = start + prefix.length;
    if (this.prefix === null || end <= digits || end > digits + 8) return -1;
    for (let i = 0; i < prefix.length; i++) if (bytes[start + i] !== prefix[i]) return -1;
    let number = 0;
    for (let i = digits; i < end; i++) {
      const digit = bytes[i]! - 48;
      if (digit < 0 || digit > 9 || (digit === 0 && i === digits && end > i + 1)) return -1;
      number = number * 10 + digit;
    }
    return number < MAX_NUMBER ? number : -1;
  }

  lineOf(number: number): number {
    return number < this.lines.length ? this.lines[number]! : 0;
  }

  /** The prefix (undefined before the first id) and the lines by number, as data. */
  export(): { prefix: string | null | undefined; numbered: Int32Array } {
    return { prefix: this.learned ? this.prefix : undefined, numbered: this.lines };
  }

  /** Whether the numbers of `other` mean the same ids here (the same prefix, or no number among them), and none is here already. */
  canAbsorb(other: { prefix: string | null | undefined; numbered: Int32Array }): boolean {
    const numbers = other.numbered;
    const any = numbers.some((line) => line !== 0);
    if (any && (!this.learned || other.prefix !== this.prefix)) return false;
    const common = Math.min(numbers.length, this.lines.length);
    for (let n = 0; n < common; n++) if (numbers[n] !== 0 && this.lines[n] !== 0) return false;
    return true;
  }

  /** NumberedLines as export() gave them, in another thread. */
  static from(data: { prefix: string | null | undefined; numbered: Int32Array }): NumberedLines {
    const lines = new NumberedLines();
    lines.learned = data.prefix !== undefined;
    if (typeof data.prefix === 'string') lines.setPrefix(data.prefix);
    lines.lines = data.numbered;
    return lines;
  }

  /** Adds the lines of `numbers` (canAbsorb() said it may), `lineOffset` further down. */
  absorb(numbers: Int32Array, lineOffset: number): void {
    // From the largest number down: the array grows once.
    for (let n = numbers.length - 1; n >= 0; n--) if (numbers[n] !== 0) this.add(n, numbers[n]! + lineOffset);
  }

  /** Records `line` for the number, or returns the line it was first seen on. */
  add(number: number, line: number): number | undefined {
    if (number >= this.lines.length) {
      // Fourfold, as TaggedRowsBuilder grows (model/tagged-rows.ts): less garbage left at the peak.
      let size = this.lines.length * 4;
      while (size <= number) size *= 4;
      const lines = new Int32Array(size);
      lines.set(this.lines);
      this.lines = lines;
    }
    const first = this.lines[number]!;
    if (first !== 0) return first;
    this.lines[number] = line;
    return undefined;
  }

  private learn(id: string): void {
    this.learned = true;
    const prefix = /^(.*?)\d+$/.exec(id)?.[1];
    if (prefix !== undefined) this.setPrefix(prefix);
  }

  private setPrefix(prefix: string): void {
    this.prefix = prefix;
    this.prefixBytes = Buffer.from(prefix, 'utf8');
  }
}
