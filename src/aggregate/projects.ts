import type { Figures } from '../model/figures.js';
import type { Treatment } from '../model/registers.js';
import { inPeriod, type Scope } from './scope.js';

/** One key for one name however it is cased, spaced or widened: `NAV`, `Nav `, `ＮＡＶ` and `nav` are one agency (as validation's lookalike warning says). */
export const sameName = (name: string) => name.normalize('NFKC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();

/**
 * How many names, as sameName() keys, the treatments give: a register repeats a few agencies
 * and ministries a hundred thousand times, so each distinct string is keyed once.
 */
function countNames(treatments: readonly Treatment[], namesOf: (t: Treatment) => readonly string[]): number {
  const written = new Set<string>();
  const keys = new Set<string>();
  // By index: once per treatment and name, and for-of makes garbage wherever V8 has not optimised it away.
  for (let i = 0; i < treatments.length; i++) {
    const names = namesOf(treatments[i]!);
    for (let j = 0; j < names.length; j++) {
      const name = names[j]!;
      if (written.has(name)) continue;
      written.add(name);
      keys.add(sameName(name));
    }
  }
  return keys.size;
}

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
    agencies: countNames(scope.treatments, (t) => t.agencies),
    ministries: countNames(scope.treatments, (t) => [t.ministry]),
    programmes: scope.projects.filter((p) => p.latest.programme).length,
    withCost,
    withoutCost: scope.projects.length - withCost,
  };
}
