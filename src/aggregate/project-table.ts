import type { Period } from '../model/period.js';
import type { Registers } from '../model/registers.js';
import { slug } from '../model/slug.js';
import { inPeriod, projectList, yearOf, type ProjectState, type Scope } from './scope.js';

/**
 * The size classes of the report's project table: small up to 25 MNOK, medium 26–200, large
 * over 200, unresolved without an estimate. Fixed by the report's legend, unlike the cost bands,
 * which an analyst may tune.
 */
export type SizeClass = 'small' | 'medium' | 'large' | 'unresolved';

export function sizeClass(costMnok: number | null): SizeClass {
  if (costMnok === null) return 'unresolved';
  return costMnok < 26 ? 'small' : costMnok <= 200 ? 'medium' : 'large';
}

/** One project as of the period's end: the values of its latest treatment, the date of its first. */
export interface ProjectRow {
  /** The id of its first treatment. */
  id: string;
  name: string;
  agency: string;
  ministry: string;
  /** The first treatment's meeting date. */
  meetingDate: string;
  treatments: number;
  costMnok: number | null;
  benefitMnok: number | null;
  sizeClass: SizeClass;
  programme: boolean;
  sharedSolution: boolean;
}

/** Every filter is optional; a project is listed when it passes all that are given. */
export interface ProjectFilter {
  /** Year of the first treatment. */
  year?: number;
  /** Substrings, matched ignoring case, æøå and punctuation; a joint agency matches on either agency. */
  ministry?: string;
  agency?: string;
  /** Inclusive bounds in MNOK; a project without an estimate passes neither. */
  minCost?: number;
  maxCost?: number;
  programme?: boolean;
  sharedSolution?: boolean;
  /** Only projects whose first treatment lies in the period (since, as-of]. */
  inPeriod?: boolean;
}

export interface ProjectTable {
  rows: ProjectRow[];
  /** How many projects there are as of the period's end, before filtering. */
  total: number;
}

/** The projects treated up to the period's end that pass `filter`, by first meeting date. */
export function projectTable(registers: Registers, period: Period, filter: ProjectFilter = {}): ProjectTable {
  // Listed by first meeting date already.
  const projects = projectList(registers, period);
  return { rows: projects.filter((p) => passes(p, filter, period)).map(projectRow), total: projects.length };
}

function passes(project: ProjectState, filter: ProjectFilter, period: Period): boolean {
  const { first, latest } = project;
  const cost = latest.costMnok;
  const contains = (text: string, query: string) => slug(text).includes(slug(query));
  return (
    (filter.year === undefined || yearOf(first.meetingDate) === String(filter.year)) &&
    (filter.ministry === undefined || contains(latest.ministry, filter.ministry)) &&
    (filter.agency === undefined || latest.agencies.some((agency) => contains(agency, filter.agency!))) &&
    (filter.minCost === undefined || (cost !== null && cost >= filter.minCost)) &&
    (filter.maxCost === undefined || (cost !== null && cost <= filter.maxCost)) &&
    (filter.programme === undefined || latest.programme === filter.programme) &&
    (filter.sharedSolution === undefined || latest.sharedSolution === filter.sharedSolution) &&
    (!filter.inPeriod || inPeriod(first.meetingDate, period))
  );
}

function projectRow({ id, first, latest, treatmentCount }: ProjectState): ProjectRow {
  return {
    id,
    name: latest.name,
    agency: latest.agency,
    ministry: latest.ministry,
    meetingDate: first.meetingDate,
    treatments: treatmentCount,
    costMnok: latest.costMnok,
    benefitMnok: latest.benefitMnok,
    sizeClass: sizeClass(latest.costMnok),
    programme: latest.programme,
    sharedSolution: latest.sharedSolution,
  };
}

/**
 * One row of the report's «Prosjektene vi har behandlet»: a treatment, with the size its own
 * estimate gives. A project treated twice appears in both years (Helsedataprogrammet).
 */
export interface TreatmentRow {
  id: string;
  name: string;
  agency: string;
  ministry: string;
  year: string;
  meetingDate: string;
  size: SizeClass;
  /** The treatment this one revisits, or null for a project's first treatment. */
  revisitOf: string | null;
}

/** Every treatment up to as-of, in meeting order, as the published table lists them. */
export function treatmentTable(scope: Scope): TreatmentRow[] {
  return Array.from(scope.treatments, (i) => scope.all[i]!).map((t) => ({
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
 * in Norwegian order, so that the order does not depend on the registers' row order.
 */
export function projectsByMinistry(scope: Scope): MinistryCount[] {
  const counts = new Map<string, number>();
  const { all, projects } = scope;
  for (let p = 0; p < projects.length; p++) {
    const { ministry } = all[projects.latest[p]!]!;
    counts.set(ministry, (counts.get(ministry) ?? 0) + 1);
  }
  const collator = new Intl.Collator('nb');
  return [...counts]
    .map(([ministry, projects]) => ({ ministry, projects }))
    .sort((a, b) => b.projects - a.projects || collator.compare(a.ministry, b.ministry) || (a.ministry < b.ministry ? -1 : a.ministry > b.ministry ? 1 : 0));
}
