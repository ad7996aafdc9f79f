import type { Problem } from '../model/problem.js';
import type { Conversation, Question, Recommendation, ReportYear, Treatment } from '../model/registers.js';
import type { Located } from './table.js';
import { closestOf } from './values.js';

interface Tables {
  files: Record<'projects' | 'questions' | 'recommendations' | 'conversations' | 'reports', string>;
  treatments: Located<Treatment>[];
  questions: Located<Question>[];
  recommendations: Located<Recommendation>[];
  conversations: Located<Conversation>[];
  reports: Located<ReportYear>[];
  /** Every id in projects.csv, valid rows or not; null when the file could not be read. */
  projectIds: Set<string> | null;
}

/** Checks what no single row can: references between registers, revisit chains, date order. */
export function checkReferences(t: Tables): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(t.treatments.map((row) => [row.value.id, row]));
  const ids = [...(t.projectIds ?? byId.keys())];
  // A reference to a row that has errors of its own, or into a file that could not be read, is
  // not reported again: the problem is where that row or file is.
  const unknownProject = (file: string, line: number, column: string, value: string) =>
    t.projectIds !== null && !t.projectIds.has(value) &&
    problems.push({ severity: 'error', file, line, column, value, rule: 'unknown-project', message: 'is not the id of any treatment in projects.csv', hint: ids.length > 0 ? `did you mean "${closestOf(value, ids)}"?` : 'add the project to projects.csv first' });

  for (const { line, value } of t.treatments) {
    if (value.revisitOf === null) continue;
    const target = byId.get(value.revisitOf);
    if (!target) unknownProject(t.files.projects, line, 'revisit_of', value.revisitOf);
    else if (target.value.meetingDate > value.meetingDate && target.value.id !== value.id) {
      problems.push({ severity: 'error', file: t.files.projects, line, column: 'revisit_of', value: value.revisitOf, rule: 'revisit-before-original', message: `is dated ${target.value.meetingDate} (line ${target.line}), after this treatment (${value.meetingDate})`, hint: 'a revisit comes after the treatment it revisits: check the dates or swap revisit_of' });
    }
  }
  problems.push(...revisitCycles(t.files.projects, t.treatments, byId));

  for (const [file, rows] of [[t.files.questions, t.questions], [t.files.recommendations, t.recommendations], [t.files.conversations, t.conversations]] as const) {
    for (const { line, value } of rows) if (!byId.has(value.projectId)) unknownProject(file, line, 'project_id', value.projectId);
  }
  for (const { line, value } of t.conversations) {
    const treatment = byId.get(value.projectId);
    if (treatment && value.date < treatment.value.meetingDate) {
      problems.push({ severity: 'warning', file: t.files.conversations, line, column: 'date', value: value.date, rule: 'conversation-before-meeting', message: `is before the council meeting (${treatment.value.meetingDate})`, hint: 'an experience conversation follows the meeting by about a year' });
    }
  }
  const reports = [...t.reports].sort((a, b) => a.value.year - b.value.year);
  for (let i = 1; i < reports.length; i++) {
    const [before, after] = [reports[i - 1]!, reports[i]!];
    if (after.value.cutoff <= before.value.cutoff) {
      problems.push({ severity: 'error', file: t.files.reports, line: after.line, column: 'cutoff', value: after.value.cutoff, rule: 'cutoff-order', message: `is not after the ${before.value.year} cut-off (${before.value.cutoff}, line ${before.line})`, hint: 'each report covers the time after the previous one' });
    }
  }
  return problems;
}

/** Each cycle in the revisit_of chains, reported once, on the line of its first member. */
function revisitCycles(file: string, treatments: Located<Treatment>[], byId: Map<string, Located<Treatment>>): Problem[] {
  const problems: Problem[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of treatments) {
    const path: Located<Treatment>[] = [];
    let current: Located<Treatment> | undefined = start;
    while (current && !state.has(current.value.id)) {
      state.set(current.value.id, 'visiting');
      path.push(current);
      current = current.value.revisitOf === null ? undefined : byId.get(current.value.revisitOf);
    }
    if (current && state.get(current.value.id) === 'visiting') {
      const cycle = path.slice(path.indexOf(current));
      const first = cycle.reduce((a, b) => (a.line <= b.line ? a : b));
      const names = [...cycle.map((c) => c.value.id), current.value.id].join(' → ');
      problems.push({ severity: 'error', file, line: first.line, column: 'revisit_of', value: first.value.revisitOf ?? '', rule: 'revisit-cycle', message: `closes a circle of revisits: ${names}`, hint: 'the first treatment of a project has an empty revisit_of' });
    }
    for (const visited of path) state.set(visited.value.id, 'done');
  }
  return problems;
}
