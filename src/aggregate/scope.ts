import type { Period } from '../model/period.js';
import type { Conversation, Registers, Treatment, TreatmentIndex } from '../model/registers.js';
import type { TaggedRows } from '../model/tagged-rows.js';
import { THEME_IDS } from '../model/themes.js';

/** A project as of a date, as an object: what explain and the project list hand on; the figures read `Projects`. */
export interface ProjectState {
  /** Id of the first treatment (the row without revisit_of). */
  id: string;
  first: Treatment;
  latest: Treatment;
  /** How many of its treatments are dated up to as-of. */
  treatmentCount: number;
}

/**
 * The projects as of a date, by first meeting date, as indexes into `Registers.treatments` of
 * each one's first and latest treatment: typed arrays rather than an object and an array per
 * project, which at 300 000 projects were most of the figure step's time and garbage.
 */
export interface Projects {
  readonly length: number;
  readonly first: Int32Array;
  readonly latest: Int32Array;
  readonly treatmentCount: Int32Array;
}

/** What every family of figures counts: the rows dated on or before as-of, projects resolved. */
export interface Scope {
  period: Period;
  /** Every treatment of the registers, which `treatments`, `projects` and `years` index. */
  all: readonly Treatment[];
  /** The treatments up to as-of, in meeting order, by index. */
  treatments: Int32Array;
  projects: Projects;
  years: TreatmentYears;
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

const yearOfDate = new Map<string, string>();
/** The year of an ISO date. A register repeats its dates (one string each, shared by validation): each is sliced once, not once a row. */
export const yearOf = (date: string) => {
  let year = yearOfDate.get(date);
  if (year === undefined) {
    year = date.slice(0, 4);
    if (yearOfDate.size < 100_000) yearOfDate.set(date, year);
  }
  return year;
};
export const inPeriod = (date: string, period: Period) => date > period.since && date <= period.asOf;
/** Whether a row dated `date` counts at all: every figure counts the rows up to as-of. */
export const upToAsOf = (date: string, period: Period) => date <= period.asOf;

/** The projects as of a date, without the per-row summaries: what explain needs beside the figures. */
export type ProjectScope = Pick<Scope, 'period'> & {
  /** The treatments up to as-of, in meeting order. */
  treatments: Treatment[];
  projects: ProjectState[];
  /** Treatment id → id of its project (the root of its revisit chain). */
  projectOf: Map<string, string>;
};

export function buildScope(registers: Registers, period: Period): Scope {
  const { root, ...scope } = resolveProjects(registers, period);
  const years = treatmentYears(registers.treatments, period);
  return {
    ...scope,
    years,
    questions: summarise(registers.questions, registers.treatments, root, years),
    recommendations: summarise(registers.recommendations, registers.treatments, root, years),
    conversations: registers.conversations.filter((c) => upToAsOf(c.date, period)),
  };
}

export function projectScope(registers: Registers, period: Period): ProjectScope {
  const { root, treatments, projects } = resolveProjects(registers, period);
  const all = registers.treatments;
  return {
    period,
    treatments: Array.from(treatments, (i) => all[i]!),
    projects: projectStates(all, projects),
    projectOf: new Map(all.map((t, i) => [t.id, all[root[i]!]!.id])),
  };
}

/** The projects up to as-of as objects, by first meeting date. */
export function projectList(registers: Registers, period: Period): ProjectState[] {
  return projectStates(registers.treatments, resolveProjects(registers, period).projects);
}

function projectStates(all: readonly Treatment[], projects: Projects): ProjectState[] {
  const states: ProjectState[] = new Array(projects.length);
  for (let p = 0; p < projects.length; p++) {
    const first = all[projects.first[p]!]!;
    states[p] = { id: first.id, first, latest: all[projects.latest[p]!]!, treatmentCount: projects.treatmentCount[p]! };
  }
  return states;
}

/** The projects as of a date, and per treatment (by index) the index of its project's first treatment. */
function resolveProjects(registers: Registers, period: Period): Pick<Scope, 'period' | 'all' | 'treatments' | 'projects'> & { root: Int32Array } {
  const all = registers.treatments;
  // The validator's index when it made the registers: no second map of every id.
  const index = registers.treatmentIndex ?? new Map(all.map((t, i) => [t.id, i]));
  const root = projectRoots(all, index);
  const order = meetingOrder(all, period);
  // Projects are numbered as their first treatment up to as-of comes, in meeting order.
  const projectOfRoot = new Int32Array(all.length).fill(-1);
  const first = new Int32Array(order.length);
  const latest = new Int32Array(order.length);
  const treatmentCount = new Int32Array(order.length);
  let length = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const r = root[i]!;
    if (!upToAsOf(all[r]!.meetingDate, period)) continue;
    let project = projectOfRoot[r]!;
    if (project === -1) {
      project = length++;
      projectOfRoot[r] = project;
      first[project] = r;
    }
    latest[project] = i;
    treatmentCount[project]!++;
  }
  return { period, all, treatments: order, projects: byFirstMeeting(all, { length, first, latest, treatmentCount }), root };
}

/** Indexes of the treatments up to as-of, by meeting date; of two on one day, the later row is the later treatment. */
function meetingOrder(all: readonly Treatment[], period: Period): Int32Array {
  const filled = new Int32Array(all.length);
  let length = 0;
  let sorted = true;
  for (let i = 0; i < all.length; i++) {
    if (!upToAsOf(all[i]!.meetingDate, period)) continue;
    if (length > 0 && all[filled[length - 1]!]!.meetingDate > all[i]!.meetingDate) sorted = false;
    filled[length++] = i;
  }
  const order = filled.subarray(0, length);
  // A register kept in date order (the usual) is not sorted again.
  const date = (i: number) => all[i]!.meetingDate;
  if (!sorted) order.sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a - b));
  return order;
}

/**
 * The projects in order of first meeting date, those of one date in the order they came: the
 * order they came in already, unless a revisit was dated before its first treatment (an error
 * validation reports, but computeFigures takes any registers).
 */
function byFirstMeeting(all: readonly Treatment[], projects: Projects): Projects {
  const date = (p: number) => all[projects.first[p]!]!.meetingDate;
  let sorted = true;
  for (let p = 1; p < projects.length && sorted; p++) sorted = date(p - 1) <= date(p);
  if (sorted) return projects;
  const order = Int32Array.from({ length: projects.length }, (_, p) => p).sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a - b));
  const pick = (values: Int32Array) => order.map((p) => values[p]!);
  return { length: projects.length, first: pick(projects.first), latest: pick(projects.latest), treatmentCount: pick(projects.treatmentCount) };
}

/**
 * Per treatment (by index), the index of the first treatment of its project, following
 * revisit_of. Each chain is walked once: a walk stops at a treatment whose root is known, and
 * every treatment it passed gets that root, so the whole register takes linear time however deep
 * the chains are. A cycle (refused by validation) stops where it closes.
 */
function projectRoots(treatments: readonly Treatment[], index: TreatmentIndex): Int32Array {
  const roots = new Int32Array(treatments.length).fill(-1);
  /** The walk that last passed each treatment: a cycle is a treatment met twice in one walk. */
  const walk = new Int32Array(treatments.length).fill(-1);
  // A typed stack: an array emptied by `length = 0` lets go of its storage, a new one a treatment.
  const path = new Int32Array(treatments.length);
  for (let start = 0; start < treatments.length; start++) {
    let depth = 0;
    let current = start;
    let root = roots[current]!;
    while (root === -1) {
      path[depth++] = current;
      walk[current] = start;
      const revisitOf = treatments[current]!.revisitOf;
      const next = revisitOf === null ? undefined : index.get(revisitOf);
      if (next === undefined || walk[next] === start) root = current;
      else {
        current = next;
        root = roots[current]!;
      }
    }
    for (let k = 0; k < depth; k++) roots[path[k]!] = root;
  }
  return roots;
}

/** Bits of the (tag, project) pairs seen: a bit array up to this many pairs (8 MiB), a set beyond. */
const MAX_PAIR_BITS = 1 << 26;

/** The years of the treatments up to as-of, in order, and per treatment (by index) the number of its year in them, or -1 after as-of. */
export interface TreatmentYears {
  years: string[];
  treatmentYear: Int32Array;
}

/** Years are numbered so that summarise()'s hot loop only does arithmetic on typed arrays. */
function treatmentYears(treatments: readonly Treatment[], period: Period): TreatmentYears {
  const counted = new Set<string>();
  for (let i = 0; i < treatments.length; i++) {
    const date = treatments[i]!.meetingDate;
    if (upToAsOf(date, period)) counted.add(yearOf(date));
  }
  const years = [...counted].sort();
  const yearNumber = new Map(years.map((y, i) => [y, i]));
  const treatmentYear = new Int32Array(treatments.length);
  for (let i = 0; i < treatments.length; i++) {
    const date = treatments[i]!.meetingDate;
    treatmentYear[i] = upToAsOf(date, period) ? yearNumber.get(yearOf(date))! : -1;
  }
  return { years, treatmentYear };
}

function summarise(rows: TaggedRows, treatments: Treatment[], root: Int32Array, { years, treatmentYear }: TreatmentYears): RowSummary {
  const themes = THEME_IDS.length;
  const counts = new Float64Array(years.length * themes);
  // Tags are numbered too; each tag list is the numbers of its tags.
  const tagNames = [...new Set(rows.tagLists.flat())];
  const tagNumber = new Map(tagNames.map((tag, i) => [tag, i]));
  const tagsOfList = rows.tagLists.map((list) => Int32Array.from(list, (tag) => tagNumber.get(tag)!));
  const tagListYear = new Float64Array(rows.tagLists.length * years.length);
  // One mark per tag and project (by the index of its first treatment): which projects have a row with the tag.
  const projectsOfTag = new Float64Array(tagNames.length);
  const pairs = tagNames.length * treatments.length;
  const marks = pairs <= MAX_PAIR_BITS ? new Uint32Array(Math.ceil(pairs / 32)) : null;
  const markSet = marks ? null : new Set<number>();
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
    const project = root[treatment]!;
    const listTags = tagsOfList[tagList]!;
    for (let t = 0; t < listTags.length; t++) {
      const tag = listTags[t]!;
      const pair = tag * treatments.length + project;
      if (marks) {
        const bit = 1 << (pair & 31);
        if (marks[pair >>> 5]! & bit) continue;
        marks[pair >>> 5]! |= bit;
      } else {
        if (markSet!.has(pair)) continue;
        markSet!.add(pair);
      }
      projectsOfTag[tag]!++;
    }
  }
  const byYear = new Map(years.map((y, i) => [y, Array.from(counts.subarray(i * themes, (i + 1) * themes))]));
  for (const [y, perTheme] of byYear) if (perTheme.every((c) => c === 0)) byYear.delete(y);
  const tags: RowSummary['tags'] = new Map();
  const entry = (tag: string) => {
    let found = tags.get(tag);
    if (!found) {
      found = { byYear: new Map(), projects: projectsOfTag[tagNumber.get(tag)!]! };
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
  return { total, byYear, tags };
}

export const share = (count: number, total: number) => (total === 0 ? 0 : count / total);
