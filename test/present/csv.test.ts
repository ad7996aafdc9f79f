import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/present/csv.js';

describe('toCsv', () => {
  it('quotes what needs quoting, with CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['x, y', 'say "hi"'],
        ['line\nbreak', null],
      ]),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+47 22 00 00 00', "'+47 22 00 00 00"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['-5', '-5'],
    ['+3.5', '+3.5'],
    ['-0,5', '"-0,5"'],
    ['Akson', 'Akson'],
  ])('writes the text cell %j as %j: formulas neutralised, plain numbers not', (cell, written) => {
    expect(toCsv([[cell]])).toBe(`${written}\r\n`);
  });

  it('writes for Norwegian Excel: BOM, semicolons, decimal commas', () => {
    expect(
      toCsv(
        [
          ['figure', 'value'],
          ['share', 0.25],
          ['name', 'a;b'],
        ],
        { excel: true },
      ),
    ).toBe('\uFEFFfigure;value\r\nshare;0,25\r\nname;"a;b"\r\n');
  });
});
