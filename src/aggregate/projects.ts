import type { Figures } from '../model/figures.js';
import { inPeriod, type Scope } from './scope.js';

/** One key for one name however it is cased, spaced or widened: `NAV`, `Nav `, `ＮＡＶ` and `nav` are one agency (as validation's lookalike warning says). */
export const sameName = (name: string) => name.normalize('NFKC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();

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
    agencies: new Set(scope.treatments.flatMap((t) => t.agencies.map(sameName))).size,
    ministries: new Set(scope.treatments.map((t) => sameName(t.ministry))).size,
    programmes: scope.projects.filter((p) => p.latest.programme).length,
    withCost,
    withoutCost: scope.projects.length - withCost,
  };
}
