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

export const bandOf = (cost: number, bands: readonly CostBand[]): CostBand => bands[bandIndexOf(cost, bands)]!;

/** The place in `bands` of the band of a cost: by index, as it runs once per project. */
function bandIndexOf(cost: number, bands: readonly CostBand[]): number {
  for (let b = 0; b < bands.length; b++) {
    const band = bands[b]!;
    if (band.upper === null) return b;
    const isFirst = band.lower === null;
    if (isFirst ? cost < band.upper : cost <= band.upper) return b;
  }
  return bands.length - 1;
}

/** Cost bands over every project with a cost estimate, excluded outliers included. */
export function costBandFigures(scope: Scope, edges: readonly number[]): Figures['costBands'] {
  const bands = costBands(edges);
  const { all, projects } = scope;
  const counts = new Array<number>(bands.length).fill(0);
  let withCost = 0;
  for (let p = 0; p < projects.length; p++) {
    const cost = all[projects.latest[p]!]!.costMnok;
    if (cost === null) continue;
    withCost++;
    counts[bandIndexOf(cost, bands)]!++;
  }
  return Object.fromEntries(bands.map((b, i) => [b.key, { count: counts[i]!, share: share(counts[i]!, withCost) }]));
}
