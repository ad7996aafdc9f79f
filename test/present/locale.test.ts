import { describe, expect, it } from 'vitest';
import { locale } from '../../src/present/locale.js';

const nb = locale('nb');
const en = locale('en');

describe('number formatting', () => {
  it.each([
    [6261, 1, '6\u00a0261', '6,261'],
    [6261.5, 1, '6\u00a0261,5', '6,261.5'],
    [1234567.891, 2, '1\u00a0234\u00a0567,89', '1,234,567.89'],
    [1.005, 2, '1,01', '1.01'],
    [2.5, 0, '3', '3'],
    [-2.55, 1, '\u22122,6', '-2.6'],
    [-0.001, 1, '0', '0'],
    [999.95, 1, '1\u00a0000', '1,000'],
  ])('%d with at most %d decimals: nb %s, en %s', (value, digits, expectedNb, expectedEn) => {
    expect(nb.number(value, digits)).toBe(expectedNb);
    expect(en.number(value, digits)).toBe(expectedEn);
  });

  it.each([
    [0.2553191, 0, '26\u00a0%', '26%'],
    [0.698, 1, '69,8\u00a0%', '69.8%'],
    [1.005, 0, '101\u00a0%', '101%'],
    [0.0449, 1, '4,5\u00a0%', '4.5%'],
    [0, 0, '0\u00a0%', '0%'],
  ])('share %d with at most %d decimals: nb %s, en %s', (value, digits, expectedNb, expectedEn) => {
    expect(nb.percent(value, digits)).toBe(expectedNb);
    expect(en.percent(value, digits)).toBe(expectedEn);
  });

  it('signs changes, and keeps a fixed number of decimals when asked', () => {
    expect(nb.signed(15, 0)).toBe('+15');
    expect(nb.signed(-2.5, 1, true)).toBe('\u22122,5');
    expect(en.signed(-2.5, 1, true)).toBe('-2.5');
    expect(en.signed(0.04, 1, true)).toBe('0.0');
    expect(nb.percent(0.1, 1, true)).toBe('10,0\u00a0%');
  });

  it('writes money and dates the local way', () => {
    expect(nb.mnok(24762)).toBe('24\u00a0762 MNOK');
    expect(en.mnok(null)).toBe('not given');
    expect(nb.date('2019-10-31')).toBe('31.10.2019');
    expect(en.date('2019-10-31')).toBe('2019-10-31');
  });
});
