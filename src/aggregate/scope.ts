import type { Period } from '../model/period.js';
import type { Conversation, Registers, Treatment } from '../model/registers.js';
import type { TaggedRows } from '../model/tagged-rows.js';
import { THEME_IDS } from '../model/themes.js';

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
  /** In meeting order. */
  treatments: Treatment[];
  projects: ProjectState[];
  /** Treatment id → id of its project (the root of its revisit chain). */
  projectOf: Map<string, string>;
  questions: RowSummary;
  recommendations: RowSummary;
  conversations: Conversation[];
}

/**
 * Questions or recommendations up to as-of, summed in one pass: what every family of figures
 * needs, so that none of them walks a million rows again.
 */
export interface RowSummary {
  total: number;
  /** Year → count per theme (in THEME_IDS order). */
  byYear: Map<string, number[]>;
  /** Per tag: year → count, and how many projects have such a row. */
  tags: Map<string, { byYear: Map<string, number>; projects: number }>;
}

export const yearOf = (date: string) => date.slice(0, 4);
export const inPeriod = (date: string, period: Period) => date > period.since && date <= period.asOf;
/** Whether a row dated `date` counts at all: every figure counts the rows up to as-of. */
export const upToAsOf = (date: string, period: Period) => date <= period.asOf;

/** The projects as of a date, without the per-row summaries: what explain needs beside the figures. */
export type ProjectScope = Pick<Scope, 'period' | 'treatments' | 'projects' | 'projectOf'>;

export function buildScope(registers: Registers, period: Period): Scope {
  const scope = projectScope(registers, period);
  const projectNumber = projectNumbers(registers.treatments, scope.projectOf);
  return {
    ...scope,
    questions: summarise(registers.questions, registers.treatments, projectNumber, period),
    recommendations: summarise(registers.recommendations, registers.treatments, projectNumber, period),
    conversations: registers.conversations.filter((c) => upToAsOf(c.date, period)),
  };
}

export function projectScope(registers: Registers, period: Period): ProjectScope {
  const byId = new Map(registers.treatments.map((t) => [t.id, t]));
  const projectOf = projectRoots(registers.treatments, byId);

  // Stable sort by date: of two treatments on one day, the later row is the later treatment.
  const treatments = registers.treatments
    .filter((t) => upToAsOf(t.meetingDate, period))
    .sort((a, b) => (a.meetingDate < b.meetingDate ? -1 : a.meetingDate > b.meetingDate ? 1 : 0));
  const projects = new Map<string, ProjectState>();
  for (const treatment of treatments) {
    const id = projectOf.get(treatment.id)!;
    const root = byId.get(id)!;
    if (!upToAsOf(root.meetingDate, period)) continue;
    const state = projects.get(id);
    if (state) {
      state.latest = treatment;
      state.treatments.push(treatment);
    } else projects.set(id, { id, first: root, latest: treatment, treatments: [treatment] });
  }
  return {
    period,
    treatments,
    projects: [...projects.values()].sort((a, b) => (a.first.meetingDate < b.first.meetingDate ? -1 : a.first.meetingDate > b.first.meetingDate ? 1 : 0)),
    projectOf,
  };
}

/**
 * Per treatment id, the id of the first treatment of its project, following revisit_of. Each
 * chain is walked once: a walk stops at a treatment whose root is known, and every treatment it
 * passed gets that root, so the whole register takes linear time however deep the chains are. A
 * cycle (refused by validation) stops where it closes.
 */
function projectRoots(treatments: readonly Treatment[], byId: Map<string, Treatment>): Map<string, string> {
  const roots = new Map<string, string>();
  for (const start of treatments) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current = start;
    let root: string | undefined = roots.get(current.id);
    while (root === undefined) {
      path.push(current.id);
      onPath.add(current.id);
      const next = current.revisitOf === null ? undefined : byId.get(current.revisitOf);
      if (!next || onPath.has(next.id)) root = current.id;
      else {
        current = next;
        root = roots.get(current.id);
      }
    }
    for (const id of path) roots.set(id, root);
  }
  return roots;
}

/** Per treatment (by index), the number of its project: 0, 1, … in order of first appearance. */
function projectNumbers(treatments: Treatment[], projectOf: Map<string, string>): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(treatments, (t) => {
    const project = projectOf.get(t.id)!;
    let number = numbers.get(project);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(project, number);
    }
    return number;
  });
}

function summarise(rows: TaggedRows, treatments: Treatment[], projectNumber: Int32Array, period: Period): RowSummary {
  // Years are numbered so that the hot loop only does arithmetic on typed arrays.
  const years = [...new Set(treatments.filter((t) => upToAsOf(t.meetingDate, period)).map((t) => yearOf(t.meetingDate)))].sort();
  const yearNumber = new Map(years.map((y, i) => [y, i]));
  const treatmentYear = Int32Array.from(treatments, (t) => (upToAsOf(t.meetingDate, period) ? yearNumber.get(yearOf(t.meetingDate))! : -1));
  const themes = THEME_IDS.length;
  const counts = new Float64Array(years.length * themes);
  // Per tag list and year, and which (tag list, treatment) pairs occur: flat arrays, for speed.
  const tagListYear = new Float64Array(rows.tagLists.length * years.length);
  const pairs = rows.tagLists.length * treatments.length;
  const seen = pairs <= 1 << 26 ? new Uint8Array(pairs) : null;
  const seenSet = seen ? null : new Set<number>();
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const treatment = rows.treatment[i]!;
    const year = treatmentYear[treatment]!;
    if (year === -1) continue;
    total++;
    counts[year * themes + rows.theme[i]!]!++;
    const tagList = rows.tags[i]!;
    if (tagList === 0) continue;
    tagListYear[tagList * years.length + year]!++;
    if (seen) seen[tagList * treatments.length + treatment] = 1;
    else seenSet!.add(tagList * treatments.length + treatment);
  }
  const byYear = new Map(years.map((y, i) => [y, Array.from(counts.subarray(i * themes, (i + 1) * themes))]));
  for (const [y, perTheme] of byYear) if (perTheme.every((c) => c === 0)) byYear.delete(y);
  const tags: RowSummary['tags'] = new Map();
  const entry = (tag: string) => {
    let found = tags.get(tag);
    if (!found) {
      found = { byYear: new Map(), projects: 0 };
      tags.set(tag, found);
    }
    return found;
  };
  tagListYear.forEach((count, key) => {
    if (count === 0) return;
    const year = years[key % years.length]!;
    for (const tag of rows.tagLists[Math.floor(key / years.length)]!) {
      const perYear = entry(tag).byYear;
      perYear.set(year, (perYear.get(year) ?? 0) + count);
    }
  });
  const projectsOfTag = new Map<string, Uint8Array>();
  const addProjects = (key: number) => {
    const project = projectNumber[key % treatments.length]!;
    for (const tag of rows.tagLists[Math.floor(key / treatments.length)]!) {
      let marks = projectsOfTag.get(tag);
      if (!marks) {
        marks = new Uint8Array(treatments.length);
        projectsOfTag.set(tag, marks);
      }
      if (marks[project]) continue;
      marks[project] = 1;
      entry(tag).projects++;
    }
  };
  if (seen) {
    for (const [key, mark] of seen.entries()) if (mark) addProjects(key);
  } else {
    for (const key of seenSet!) addProjects(key);
  }
  return { total, byYear, tags };
}

export const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

export function countBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}
