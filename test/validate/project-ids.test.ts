import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Treatment } from '../../src/model/registers.js';
import { ProjectIds, TreatmentIds } from '../../src/validate/project-ids.js';
import { treatment } from '../support/registers.js';

const treatments = (ids: readonly string[]): Treatment[] => ids.map((id, i) => ({ ...treatment(id, '2019-01-01'), line: i + 2 }));

// Numbered ids (one prefix and a number, looked up by number), other ids, long and non-ASCII ones.
const id = fc.oneof(
  fc.nat({ max: 300 }).map((n) => `p${n}`),
  fc.constantFrom('p01', 'P3', 'p', 'p3x', 'q7', 'æ-1', 'ＰＲ-1', '2016-e-arkiv', 'x'.repeat(300), 'å'.repeat(200)),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
);

describe('TreatmentIds', () => {
  it('gives the place of an id as a Map of the ids does, by text and by bytes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 60 }), fc.array(id, { maxLength: 20 }), (ids, others) => {
        const index = new TreatmentIds(treatments(ids));
        const map = new Map(ids.map((id, i) => [id, i]));
        for (const asked of [...ids, ...others]) {
          expect(index.get(asked)).toBe(map.get(asked));
          const bytes = Buffer.from(`,${asked},`, 'utf8');
          expect(index.bytes.get(bytes, 1, bytes.length - 1)).toBe(map.get(asked) ?? -1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ProjectIds', () => {
  it('keeps the line each id was first seen on, and the ids in that order, as a Map of them does', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 80 }), fc.array(id, { maxLength: 20 }), (written, others) => {
        const ids = new ProjectIds();
        const lines = new Map<string, number>();
        written.forEach((id, i) => {
          const first = lines.get(id);
          if (first === undefined) lines.set(id, i + 2);
          expect(ids.add(id, i + 2)).toBe(first);
        });
        expect(ids.ids()).toEqual([...lines.keys()]);
        for (const asked of [...written, ...others]) expect(ids.has(asked)).toBe(lines.has(asked));
      }),
      { numRuns: 300 },
    );
  });
});
