import type { Period } from '../model/period.js';
import type { Registers, Treatment } from '../model/registers.js';

const yearOf = (date: string) => date.slice(0, 4);

/** The report's size classes: small < 26, medium 26–200, large > 200 MNOK; unresolved without an estimate. */
export type SizeClass = 'small' | 'medium' | 'large' | 'unresolved';

export function sizeClass(costMnok: number | null): SizeClass {
  if (costMnok === null) return 'unresolved';
  if (costMnok < 26) return 'small';
  if (costMnok <= 200) return 'medium';
  return 'large';
}

/** One row of «Prosjektene vi har behandlet»: a treatment, with the size its own estimate gives. */
export interface ProjectRow {
  id: string;
  name: string;
  agency: string;
  ministry: string;
  year: string;
  meetingDate: string;
  size: SizeClass;
  /** The treatment this one revisits (revisit_of), or null for a project's first treatment. */
  revisitOf: string | null;
}

/**
 * Every treatment up to as-of, in meeting order, as the report lists them: a project treated twice
 * appears in both years (Helsedataprogrammet in 2017 and 2018).
 */
export function projectTable(registers: Pick<Registers, 'treatments'>, period: Period): ProjectRow[] {
  return treatmentsUpTo(registers.treatments, period).map((t) => ({
      id: t.id,
      name: t.name,
      agency: t.agency,
      ministry: t.ministry,
      year: yearOf(t.meetingDate),
      meetingDate: t.meetingDate,
      size: sizeClass(t.costMnok),
      revisitOf: t.revisitOf,
    }));
}

export interface MinistryCount {
  ministry: string;
  projects: number;
}

/**
 * Projects up to as-of per ministry of their latest treatment: most projects first, then by name
 * (Norwegian collation, so the order does not depend on the data's row order). A project is a
 * treatment without revisit_of; a revisit belongs to the project at the root of its chain
 * (CONTRACT §1).
 */
export function projectsByMinistry(registers: Pick<Registers, 'treatments'>, period: Period): MinistryCount[] {
  const byId = new Map(registers.treatments.map((t) => [t.id, t]));
  const latest = new Map<string, Treatment>();
  for (const treatment of treatmentsUpTo(registers.treatments, period)) latest.set(rootOf(treatment, byId).id, treatment);
  const counts = new Map<string, number>();
  for (const [root, treatment] of latest) {
    if (byId.get(root)!.meetingDate > period.asOf) continue;
    counts.set(treatment.ministry, (counts.get(treatment.ministry) ?? 0) + 1);
  }
  const collator = new Intl.Collator('nb');
  return [...counts]
    .map(([ministry, projects]) => ({ ministry, projects }))
    .sort((a, b) => b.projects - a.projects || collator.compare(a.ministry, b.ministry) || (a.ministry < b.ministry ? -1 : a.ministry > b.ministry ? 1 : 0));
}

/** Treatments dated up to as-of, by meeting date; of two on one day, the later row is the later treatment. */
function treatmentsUpTo(treatments: readonly Treatment[], period: Period): Treatment[] {
  return treatments
    .map((t, index) => ({ t, index }))
    .filter(({ t }) => t.meetingDate <= period.asOf)
    .sort((a, b) => (a.t.meetingDate < b.t.meetingDate ? -1 : a.t.meetingDate > b.t.meetingDate ? 1 : a.index - b.index))
    .map(({ t }) => t);
}

/** Follows revisit_of to the first treatment (validation refuses cycles; one would stop where it closes). */
function rootOf(treatment: Treatment, byId: ReadonlyMap<string, Treatment>): Treatment {
  const seen = new Set<string>();
  let current = treatment;
  while (current.revisitOf !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.revisitOf);
    if (!next) break;
    current = next;
  }
  return current;
}
