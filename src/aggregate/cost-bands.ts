import type { Figures } from '../model/figures.js';
import { share, type Scope } from './scope.js';

export interface CostBand {
  key: string;
  /** Inclusive lower bound, or exclusive when `lowerExclusive`; null for the first band. */
  lower: number | null;
  lowerExclusive: boolean;
  /** Upper bound: exclusive for the first band, inclusive for the middle ones, null for the last. */
  upper: number | null;
}

/**
 * Bands from ascending integer edges, the way the report draws them: [26, 50, 100, 200] gives
 * under-26 (< 26), 26-50 (26..50), 51-100 (> 50..100), 101-200 (> 100..200), over-200 (> 200).
 */
export function costBands(edges: readonly number[]): CostBand[] {
  const [first, ...rest] = edges;
  if (first === undefined) return [{ key: 'all', lower: null, lowerExclusive: false, upper: null }];
  const bands: CostBand[] = [{ key: `under-${first}`, lower: null, lowerExclusive: false, upper: first }];
  let lower = first;
  rest.forEach((upper, i) => {
    bands.push({ key: `${i === 0 ? lower : lower + 1}-${upper}`, lower, lowerExclusive: i > 0, upper });
    lower = upper;
  });
  if (rest.length === 0) bands.push({ key: `from-${first}`, lower: first, lowerExclusive: false, upper: null });
  else bands.push({ key: `over-${lower}`, lower, lowerExclusive: true, upper: null });
  return bands;
}

export function bandOf(cost: number, bands: readonly CostBand[]): CostBand {
  for (const band of bands) {
    if (band.upper === null) return band;
    const isFirst = band.lower === null;
    if (isFirst ? cost < band.upper : cost <= band.upper) return band;
  }
  return bands[bands.length - 1]!;
}

/** Cost bands over every project with a cost estimate, excluded outliers included. */
export function costBandFigures(scope: Scope, edges: readonly number[]): Figures['costBands'] {
  const bands = costBands(edges);
  const costs = scope.projects.filter((p) => p.latest.costMnok !== null).map((p) => p.latest.costMnok!);
  const counts = new Map(bands.map((b) => [b.key, 0]));
  for (const cost of costs) {
    const key = bandOf(cost, bands).key;
    counts.set(key, counts.get(key)! + 1);
  }
  return Object.fromEntries(bands.map((b) => [b.key, { count: counts.get(b.key)!, share: share(counts.get(b.key)!, costs.length) }]));
}
