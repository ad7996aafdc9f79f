import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteTable } from '../../src/validate/byte-table.js';
import { byteTableOf } from '../support/byte-tables.js';
import { HashedIds } from '../../src/validate/ids.js';

// Ids as registers write them: mostly one prefix and a number, with leading zeros, other prefixes and odd ones among them.
const id = fc.oneof(
  fc.integer({ min: 0, max: 3000 }).map((n) => `r${n}`),
  fc.integer({ min: 0, max: 99 }).map((n) => `r0${n}`),
  fc.integer({ min: 0, max: 99 }).map((n) => `q${n}`),
  fc.constantFrom('r', 'x', 'r1a', 'r99999999', 'r123456789', '7', ''),
);

describe('HashedIds', () => {
  // Up to `mapped` ids (4096 unless given) are kept in a Map, then hashed.
  it.each([[undefined], [0], [7], [100]])('tells the line an id was first seen on, as a Map would, through text and bytes alike (mapped %s)', (mapped) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.boolean()), { maxLength: 300 }), (ids) => {
        const index = new HashedIds(mapped);
        const first = new Map<string, number>();
        for (const [line, [text, asBytes]] of ids.map((entry, i) => [i + 2, entry] as const)) {
          const expected = first.get(text);
          if (expected === undefined) first.set(text, line);
          if (asBytes) {
            const bytes = Buffer.from(`,${text},`, 'latin1');
            expect(index.hasAscii(bytes, 1, bytes.length - 1)).toBe(expected !== undefined);
            expect(index.addNewAscii(bytes, 1, bytes.length - 1, line)).toBe(expected === undefined);
          } else expect(index.add(text, line)).toBe(expected);
        }
      }),
    );
  });
});

describe('HashedIds kept in a Map first', () => {
  it('exports and absorbs the same ids as one that hashed them from the start', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), fc.array(id, { maxLength: 50 }), (ids, others) => {
        const [mapped, hashed] = [new HashedIds(), new HashedIds(0)];
        for (const [i, text] of ids.entries()) expect(mapped.add(text, i + 2)).toBe(hashed.add(text, i + 2));
        expect(mapped.export()).toEqual(hashed.export());
        const other = new HashedIds(0);
        for (const [i, text] of others.entries()) other.add(text, i + 2);
        const [absorbing, hashedAbsorbing] = [new HashedIds(), new HashedIds(0)];
        for (const [i, text] of ids.entries()) {
          absorbing.add(text, i + 2);
          hashedAbsorbing.add(text, i + 2);
        }
        const can = hashedAbsorbing.canAbsorb(other.export());
        expect(absorbing.canAbsorb(other.export())).toBe(can);
        if (can) {
          absorbing.absorb(other.export(), 1000);
          hashedAbsorbing.absorb(other.export(), 1000);
          expect(absorbing.export()).toEqual(hashedAbsorbing.export());
        }
      }),
    );
  });
});

describe('ByteTable', () => {
  it('finds every key by its bytes and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 12 })), (keys, others) => {
        const table = byteTableOf(new Map(keys.map((k, i) => [k, i])));
        for (const [i, key] of keys.entries()) {
          const bytes = Buffer.from(`"${key}"`, 'utf8');
          expect(table.get(bytes, 1, bytes.length - 1)).toBe(i);
        }
        for (const other of others.filter((o) => !keys.includes(o))) expect(table.get(Buffer.from(other), 0, Buffer.byteLength(other))).toBe(-1);
      }),
    );
  });

  it('is empty when new', () => {
    expect(new ByteTable().get(Buffer.from('a'), 0, 1)).toBe(-1);
  });
});
