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
 * only whether a duplicate is reported.
 */
export class HashedIds implements IdIndex {
  private capacity = 1 << 12;
  private size = 0;
  private high = new Uint32Array(this.capacity);
  private low = new Uint32Array(this.capacity);
  /** Line of the first occurrence; 0 = empty slot (data lines start at 2). */
  private lines = new Int32Array(this.capacity);

  add(id: string, line: number): number | undefined {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    return this.insert(h1 >>> 0, h2 >>> 0, line);
  }

  private insert(high: number, low: number, line: number): number | undefined {
    const mask = this.capacity - 1;
    for (let slot = high & mask; ; slot = (slot + 1) & mask) {
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
