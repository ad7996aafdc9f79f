import { describe, expect, it } from 'vitest';
import { ByteTable } from '../../src/validate/byte-table.js';
import { byteTableOf } from '../support/byte-tables.js';

const key = (text: string) => {
  // Inside a bigger buffer, as the scanner hands cells over.
  const bytes = Buffer.from(`,,${text},`, 'utf8');
  return [bytes, 2, bytes.length - 1] as const;
};

describe('ByteTable', () => {
  it('finds keys of the numbered form (prefix and number) and every other form, and only those', () => {
    const ids = ['p1', 'p2', 'p10', 'p0', 'p01', 'P3', 'p', 'q7', 'p3x', 'p123456789', 'æ-1', '2016-e-arkiv'];
    const table = byteTableOf(new Map(ids.map((id, i) => [id, i])));
    expect(table.size).toBe(ids.length);
    expect(ids.map((id) => table.get(...key(id)))).toEqual(ids.map((_, i) => i));
    for (const absent of ['p3', 'p001', 'p00', 'p11', 'P1', 'q1', 'p1 ', ' p1', 'p12345678', '', 'æ-2']) expect(table.get(...key(absent))).toBe(-1);
  });

  it('learns no number form from a first key without one, and keeps values below zero', () => {
    const table = new ByteTable();
    table.set(...key('usikkerhet'), -2);
    table.set(...key('tema1'), 3);
    expect(table.get(...key('usikkerhet'))).toBe(-2);
    expect(table.get(...key('tema1'))).toBe(3);
    expect(table.get(...key('tema2'))).toBe(-1);
    const numbered = new ByteTable();
    numbered.set(...key('r1'), -2);
    expect(numbered.get(...key('r1'))).toBe(-2);
    expect(numbered.get(...key('r2'))).toBe(-1);
  });

  it('holds 100 000 keys of each form', () => {
    const numbered = byteTableOf(new Map(Array.from({ length: 100_000 }, (_, i) => [`p${i + 1}`, i])));
    const hashed = byteTableOf(new Map(Array.from({ length: 100_000 }, (_, i) => [`prosjekt-${i + 1}-fase`, i])));
    for (let i = 0; i < 100_000; i += 997) {
      expect(numbered.get(...key(`p${i + 1}`))).toBe(i);
      expect(hashed.get(...key(`prosjekt-${i + 1}-fase`))).toBe(i);
    }
    expect(numbered.get(...key('p100001'))).toBe(-1);
    expect(hashed.get(...key('prosjekt-100001-fase'))).toBe(-1);
  });
});
