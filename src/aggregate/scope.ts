import type { Period } from '../model/period.js';
import type { Conversation, Question, Recommendation, Registers, Treatment } from '../model/registers.js';

/** A project as of a date: its first treatment, and the state its latest treatment gives it. */
export interface ProjectState {
  /** Id of the first treatment (the row without revisit_of). */
  id: string;
  first: Treatment;
  latest: Treatment;
  treatments: Treatment[];
}

/** What every family of figures counts: the rows dated on or before as-of, projects resolved. */
export interface Scope {
  period: Period;
  treatments: Treatment[];
  projects: ProjectState[];
  /** Treatment id → id of its project (the root of its revisit chain). */
  projectOf: Map<string, string>;
  questions: Question[];
  recommendations: Recommendation[];
  conversations: Conversation[];
  /** Calendar year of the meeting a question or recommendation dates from. */
  yearOfRow: (row: { projectId: string }) => string;
}

export const yearOf = (date: string) => date.slice(0, 4);
export const inPeriod = (date: string, period: Period) => date > period.since && date <= period.asOf;

export function buildScope(registers: Registers, period: Period): Scope {
  const byId = new Map(registers.treatments.map((t) => [t.id, t]));
  const projectOf = new Map<string, string>();
  for (const treatment of registers.treatments) projectOf.set(treatment.id, rootOf(treatment, byId).id);

  const treatments = registers.treatments.filter((t) => t.meetingDate <= period.asOf);
  const projects = new Map<string, ProjectState>();
  // Stable sort by date: of two treatments on one day, the later row is the later treatment.
  for (const treatment of [...treatments].sort((a, b) => (a.meetingDate < b.meetingDate ? -1 : a.meetingDate > b.meetingDate ? 1 : 0))) {
    const id = projectOf.get(treatment.id)!;
    const root = byId.get(id)!;
    if (root.meetingDate > period.asOf) continue;
    const state = projects.get(id);
    if (state) {
      state.latest = treatment;
      state.treatments.push(treatment);
    } else projects.set(id, { id, first: root, latest: treatment, treatments: [treatment] });
  }

  const counted = new Set(treatments.map((t) => t.id));
  const years = new Map(treatments.map((t) => [t.id, yearOf(t.meetingDate)]));
  const upToAsOf = <T extends { projectId: string }>(rows: T[]) => rows.filter((row) => counted.has(row.projectId));
  return {
    period,
    treatments,
    projects: [...projects.values()].sort((a, b) => (a.first.meetingDate < b.first.meetingDate ? -1 : a.first.meetingDate > b.first.meetingDate ? 1 : 0)),
    projectOf,
    questions: upToAsOf(registers.questions),
    recommendations: upToAsOf(registers.recommendations),
    conversations: registers.conversations.filter((c) => c.date <= period.asOf),
    yearOfRow: (row) => years.get(row.projectId)!,
  };
}

/** Follows revisit_of to the first treatment; a cycle (refused by validation) stops where it closes. */
function rootOf(treatment: Treatment, byId: Map<string, Treatment>): Treatment {
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

export const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

export function countBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}
