import { max, min, sum } from 'simple-statistics';
import type { Figures } from '../model/figures.js';
import type { Treatment } from '../model/registers.js';
import type { Scope } from './scope.js';

/** Whether a project's latest treatment is in the totals: it gives a cost estimate and is not an excluded outlier. */
export const countedInTotals = (latest: Treatment) => latest.costMnok !== null && !latest.excludeFromTotals;

/** Cost and benefit totals over the projects with a cost estimate, outliers kept out. */
export function totalFigures(scope: Scope): Figures['totals'] {
  const counted = scope.projects.filter((p) => countedInTotals(p.latest)).map((p) => p.latest);
  const costs = counted.map((t) => t.costMnok!);
  const benefits = counted.filter((t) => t.benefitMnok !== null).map((t) => t.benefitMnok!);
  return {
    counted: counted.length,
    costMnok: money(costs),
    benefitMnok: money(benefits),
    // 0 when no project is counted, like a share over nothing: no null reaches any output.
    costRange: { min: costs.length ? min(costs) : 0, max: costs.length ? max(costs) : 0 },
    excluded: scope.projects
      .filter((p) => p.latest.excludeFromTotals)
      .map((p) => ({ id: p.id, name: p.latest.name, costMnok: p.latest.costMnok, benefitMnok: p.latest.benefitMnok })),
  };
}

/** A sum of MNOK amounts without binary-fraction noise (12.1 + 0.2 is 12.3, not 12.299999…). */
export function money(amounts: number[]): number {
  return amounts.length === 0 ? 0 : Math.round(sum(amounts) * 1e6) / 1e6;
}
