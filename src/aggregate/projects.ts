import type { Figures } from '../model/figures.js';
import { inPeriod, type Scope } from './scope.js';

/** Counts of projects, treatments, agencies and ministries. */
export function projectFigures(scope: Scope): Figures['projects'] {
  const newInPeriod = scope.projects.filter((p) => inPeriod(p.first.meetingDate, scope.period));
  const withCost = scope.projects.filter((p) => p.latest.costMnok !== null).length;
  return {
    total: scope.projects.length,
    treatments: scope.treatments.length,
    inPeriod: newInPeriod.length,
    inPeriodSharedSolution: newInPeriod.filter((p) => p.latest.sharedSolution).length,
    // Every agency and ministry the council has met, through any treatment.
    agencies: new Set(scope.treatments.flatMap((t) => t.agencies)).size,
    ministries: new Set(scope.treatments.map((t) => t.ministry)).size,
    programmes: scope.projects.filter((p) => p.latest.programme).length,
    withCost,
    withoutCost: scope.projects.length - withCost,
  };
}
