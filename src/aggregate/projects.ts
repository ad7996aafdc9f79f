import type { Figures } from '../model/figures.js';
import { inPeriod, type Scope } from './scope.js';

/** One key for one name however it is cased, spaced or widened: `NAV`, `Nav `, `ＮＡＶ` and `nav` are one agency (as validation's lookalike warning says). */
export const sameName = (name: string) => name.normalize('NFKC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();

/**
 * The distinct names, as sameName() keys, of the names added: a register repeats a few agencies
 * and ministries a hundred thousand times, so each distinct string is keyed once.
 */
class DistinctNames {
  private readonly written = new Set<string>();
  private readonly keys = new Set<string>();

  get count(): number {
    return this.keys.size;
  }

  add(name: string): void {
    if (this.written.has(name)) return;
    this.written.add(name);
    this.keys.add(sameName(name));
  }
}

/** Counts of projects, treatments, agencies and ministries. */
export function projectFigures(scope: Scope): Figures['projects'] {
  const { all, projects, period, treatments } = scope;
  let newInPeriod = 0;
  let newInPeriodShared = 0;
  let programmes = 0;
  let withCost = 0;
  // Loops by index, not filter chains: those took 20 times as long at 100 000 projects.
  for (let p = 0; p < projects.length; p++) {
    const latest = all[projects.latest[p]!]!;
    if (inPeriod(all[projects.first[p]!]!.meetingDate, period)) {
      newInPeriod++;
      if (latest.sharedSolution) newInPeriodShared++;
    }
    if (latest.programme) programmes++;
    if (latest.costMnok !== null) withCost++;
  }
  // Every agency and ministry the council has met, through any treatment.
  const agencies = new DistinctNames();
  const ministries = new DistinctNames();
  for (let k = 0; k < treatments.length; k++) {
    const treatment = all[treatments[k]!]!;
    for (let j = 0; j < treatment.agencies.length; j++) agencies.add(treatment.agencies[j]!);
    ministries.add(treatment.ministry);
  }
  return {
    total: projects.length,
    treatments: treatments.length,
    inPeriod: newInPeriod,
    inPeriodSharedSolution: newInPeriodShared,
    agencies: agencies.count,
    ministries: ministries.count,
    programmes,
    withCost,
    withoutCost: projects.length - withCost,
  };
}
