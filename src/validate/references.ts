import type { Problem } from '../model/problem.js';
import { issue } from '../model/rules.js';
import type { Conversation, ReportYear, Treatment } from '../model/registers.js';
import type { ColumnCheck, Located, RowCheck } from './table.js';
import { ClosestIndex } from './closest.js';

/**
 * Checks that project_id names a treatment, whatever else is wrong with the row. A reference to a
 * row that has errors of its own, or into a projects.csv that could not be read, is not reported
 * again (the problem is where that row or file is), but the row is left out.
 */
export function projectReference(treatmentIndex: ReadonlyMap<string, number>, allIds: ReadonlyMap<string, unknown> | null, hints: Hints): ColumnCheck {
  return (projectId: string) => {
    if (treatmentIndex.has(projectId)) return null;
    if (allIds === null || allIds.has(projectId)) return 'drop';
    return { issue: issue('unknown-project', { closest: hints.closest(projectId) }) };
  };
}

/**
 * "Did you mean" for unknown ids: the index of the project ids is built at the first unknown id,
 * and no hint is looked for after `budget` of them (past --max-errors they are not shown).
 */
export class Hints {
  private index: ClosestIndex | undefined;

  constructor(
    private readonly ids: () => Iterable<string>,
    private budget: number,
  ) {}

  closest(id: string): string | null {
    if (this.budget <= 0) return null;
    this.budget--;
    this.index ??= new ClosestIndex([...this.ids()]);
    return this.index.closest(id);
  }
}

/** An experience conversation follows its council meeting. */
export function conversationAfterMeeting(treatments: readonly Treatment[], treatmentIndex: ReadonlyMap<string, number>): RowCheck<Conversation> {
  return (value) => {
    const meeting = treatments[treatmentIndex.get(value.projectId)!]!.meetingDate;
    return value.date < meeting ? { column: 'date', value: value.date, severity: 'warning', issue: issue('conversation-before-meeting', { meeting }) } : null;
  };
}

/** Revisits must point at an earlier treatment that exists, and never go round in a circle. */
export function checkRevisits(file: string, treatments: Located<Treatment>[], allIds: ReadonlyMap<string, unknown>, hints: Hints): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(treatments.map((row) => [row.value.id, row]));
  for (const { line, value } of treatments) {
    if (value.revisitOf === null) continue;
    const target = byId.get(value.revisitOf);
    const revisitError = (rule: ReturnType<typeof issue>) =>
      problems.push({ severity: 'error', file, line, column: 'revisit_of', value: value.revisitOf!, ...rule });
    if (!target) {
      if (!allIds.has(value.revisitOf)) revisitError(issue('unknown-project', { closest: hints.closest(value.revisitOf) }));
    } else if (target.value.meetingDate > value.meetingDate) {
      revisitError(issue('revisit-before-original', { date: target.value.meetingDate, line: target.line, own: value.meetingDate }));
    }
  }
  problems.push(...revisitCycles(file, treatments, byId));
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
      problems.push({
        severity: 'error',
        file,
        line: first.line,
        column: 'revisit_of',
        value: first.value.revisitOf ?? '',
        ...issue('revisit-cycle', { cycle: names }),
      });
    }
    for (const visited of path) state.set(visited.value.id, 'done');
  }
  return problems;
}

/** Each report covers the time after the previous one. */
export function checkCutoffOrder(file: string, reports: Located<ReportYear>[]): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...reports].sort((a, b) => a.value.year - b.value.year);
  for (let i = 1; i < sorted.length; i++) {
    const [before, after] = [sorted[i - 1]!, sorted[i]!];
    if (after.value.cutoff <= before.value.cutoff) {
      problems.push({
        severity: 'error',
        file,
        line: after.line,
        column: 'cutoff',
        value: after.value.cutoff,
        ...issue('cutoff-order', { year: before.value.year, cutoff: before.value.cutoff, line: before.line }),
      });
    }
  }
  return problems;
}
