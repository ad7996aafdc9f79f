import { ByteTable } from '../../src/validate/byte-table.js';

/** A ByteTable of the given strings (as UTF-8) to their values: how tests fill one. */
export function byteTableOf(entries: ReadonlyMap<string, number>): ByteTable {
  const table = new ByteTable();
  for (const [key, value] of entries) {
    const bytes = Buffer.from(key, 'utf8');
    if (table.get(bytes, 0, bytes.length) === -1) table.set(bytes, 0, bytes.length, value);
  }
  return table;
}
