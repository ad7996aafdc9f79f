import { expect } from 'vitest';
import { REASONS, type Explanation } from '../../src/model/explain.js';

/**
 * What explain promises of any explanation: rows that do not count add 0 and say why; the rows
 * that count make the figure: their sum for counts, sums and shares, the one row holding a
 * minimum or maximum, one row per entry of a list.
 */
export function expectRowsMakeTheFigure(explanation: Explanation): void {
  const { kind, value, rows } = explanation;
  const counted = rows.filter((r) => r.included);
  // One assertion over all rows: thousands of expect() calls would make the suite slow.
  const malformed = rows.filter(
    (r) => (r.included ? r.reason !== undefined : !REASONS.includes(r.reason!) || r.contributes !== 0) || r.line < 2 || r.project === '' || r.id === '',
  );
  expect(malformed, explanation.figure).toEqual([]);
  const sum = counted.reduce((total, r) => total + r.contributes, 0);
  switch (kind) {
    case 'count':
    case 'distinct':
      expect(sum, explanation.figure).toBe(value);
      break;
    case 'sum':
      // Money is summed and rounded to 1e-6 MNOK; the rows are the amounts themselves.
      expect(sum).toBeCloseTo(value as number, 5);
      break;
    case 'share':
      expect(counted.length).toBeLessThanOrEqual(explanation.of!);
      expect(sum).toBeCloseTo(value as number, 12);
      break;
    case 'min':
    case 'max':
      // With no project in the totals no row holds the range, which stats gives as 0–0.
      if (counted.length === 0) expect([0, null]).toContain(value);
      else expect(counted.map((r) => r.contributes)).toEqual([value]);
      break;
    case 'list':
      expect(counted.map((r) => r.project).sort()).toEqual((value as { id: string }[]).map((p) => p.id).sort());
      break;
  }
}
