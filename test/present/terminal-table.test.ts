import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Align, drawnTable, libraryTable } from '../../src/present/terminal-table.js';

// The fast path draws the common table itself; cli-table3 draws the rest. Both must give the
// same text wherever the fast path takes a table.
const oneColumnChar = fc.oneof(
  fc.constantFrom(...'abcxyzÆØÅæøå éü-–—‘’“”…•‰€−,.%09()«»/:\u00a0\u202f'.split('')),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc
    .integer({ min: 0xa0, max: 0x24f })
    .filter((c) => c !== 0xad)
    .map((c) => String.fromCharCode(c)),
  fc
    .integer({ min: 0x2010, max: 0x205e })
    .filter((c) => c < 0x2028 || c > 0x202e || c === 0x202f)
    .map((c) => String.fromCharCode(c)),
);
const bold = (text: string) => `\x1b[1m${text}\x1b[22m`;
const cell = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: oneColumnChar, maxLength: 14 }) },
  { weight: 1, arbitrary: fc.string({ unit: oneColumnChar, minLength: 1, maxLength: 8 }).map(bold) },
);
const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
  fc.record({
    head: fc.array(cell, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 6 }),
    aligns: fc.array(fc.constantFrom<Align>('left', 'right'), { minLength: columns, maxLength: columns }),
  }),
);

describe('drawnTable', () => {
  it('draws what cli-table3 draws, for any table of one-line cells of one-column characters', () => {
    fc.assert(
      fc.property(table, ({ head, rows, aligns }) => {
        expect(drawnTable(head, rows, aligns)).toBe(libraryTable(head, rows, aligns));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a wide character', '東京'],
    ['an emoji', 'ok 🚀'],
    ['a combining accent', 'e\u0301'],
    ['a soft hyphen', 'digi\u00adraad'],
    ['a second line', 'two\nlines'],
  ])('leaves a cell with %s to cli-table3', (_, text) => {
    expect(drawnTable(['a', 'b'], [['x', text]], ['left', 'right'])).toBeNull();
  });
});
