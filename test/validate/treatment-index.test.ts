import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Treatment } from '../../src/model/registers.js';
import { TreatmentIds } from '../../src/validate/treatment-index.js';
import { treatment } from '../support/registers.js';

const treatments = (ids: readonly string[]): Treatment[] => ids.map((id, i) => ({ ...treatment(id, '2019-01-01'), line: i + 2 }));

describe('TreatmentIds', () => {
  it('gives the place of an id as a Map of the ids does, by text and by bytes', () => {
    // Numbered ids (one prefix and a number, looked up by number), other ids, long and non-ASCII ones.
    const id = fc.oneof(
      fc.nat({ max: 300 }).map((n) => `p${n}`),
      fc.constantFrom('p01', 'P3', 'p', 'p3x', 'q7', 'æ-1', 'ＰＲ-1', '2016-e-arkiv', 'x'.repeat(300), 'å'.repeat(200)),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    );
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
