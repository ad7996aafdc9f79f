import type { Problem } from '../model/problem.js';
import { issue } from '../model/rules.js';
import type { Conversation, ReportYear, Treatment, TreatmentIndex } from '../model/registers.js';
import type { ColumnCheck, Located, RowCheck } from './table.js';
import { ClosestIndex } from './closest.js';

/** Every id of projects.csv, valid rows or not (validate/project-ids.ts). */
interface AllIds {
  has(id: string): boolean;
}

/**
 * Checks that project_id names a treatment, whatever else is wrong with the row. A reference to a
 * row that has errors of its own, or into a projects.csv that could not be read, is not reported
 * again (the problem is where that row or file is), but the row is left out.
 */
export function projectReference(treatmentIndex: TreatmentIndex, allIds: AllIds | null, hints: Hints): ColumnCheck {
  return (projectId: string) => {
    if (treatmentIndex.get(projectId) !== undefined) return null;
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

  /** How many hints are left; restore() gives them back when a register is read again from its start. */
  get left(): number {
    return this.budget;
  }

  restore(left: number): void {
    this.budget = left;
  }

  closest(id: string): string | null {
    if (this.budget <= 0) return null;
    this.budget--;
    this.index ??= new ClosestIndex([...this.ids()]);
    return this.index.closest(id);
  }
}

/** An experience conversation follows its council meeting. */
export function conversationAfterMeeting(treatments: readonly Treatment[], treatmentIndex: TreatmentIndex): RowCheck<Conversation> {
  return (value) => {
    const meeting = treatments[treatmentIndex.get(value.projectId)!]!.meetingDate;
    return value.date < meeting ? { column: 'date', value: value.date, severity: 'warning', issue: issue('conversation-before-meeting', { meeting }) } : null;
  };
}

/**
 * Revisits must point at an earlier treatment that exists, and never go round in a circle.
 * `index` is the validator's: id → place in `treatments` (no second map of every id).
 */
export function checkRevisits(file: string, treatments: readonly Treatment[], index: TreatmentIndex, allIds: AllIds, hints: Hints): Problem[] {
  const problems: Problem[] = [];
  for (const treatment of treatments) {
    const { revisitOf, line, meetingDate } = treatment;
    if (revisitOf === null) continue;
    const target = treatments[index.get(revisitOf) ?? -1];
    const revisitError = (rule: ReturnType<typeof issue>) => problems.push({ severity: 'error', file, line, column: 'revisit_of', value: revisitOf, ...rule });
    if (!target) {
      if (!allIds.has(revisitOf)) revisitError(issue('unknown-project', { closest: hints.closest(revisitOf) }));
    } else if (target.meetingDate > meetingDate) {
      revisitError(issue('revisit-before-original', { date: target.meetingDate, line: target.line, own: meetingDate }));
    }
  }
  problems.push(...revisitCycles(file, treatments, index));
  return problems;
}

const VISITING = 1;
const DONE = 2;

/** Each cycle in the revisit_of chains, reported once, on the line of its first member. Works on places in `treatments`. */
function revisitCycles(file: string, treatments: readonly Treatment[], index: TreatmentIndex): Problem[] {
  const problems: Problem[] = [];
  const state = new Uint8Array(treatments.length);
  const next = (at: number) => {
    const revisitOf = treatments[at]!.revisitOf;
    return revisitOf === null ? -1 : (index.get(revisitOf) ?? -1);
  };
  for (let start = 0; start < treatments.length; start++) {
    // Most treatments revisit nothing and are no one's revisit yet: nothing to follow.
    if (state[start] !== 0) continue;
    if (treatments[start]!.revisitOf === null) {
      state[start] = DONE;
      continue;
    }
    const path: number[] = [];
    let current = start;
    while (current !== -1 && state[current] === 0) {
      state[current] = VISITING;
      path.push(current);
      current = next(current);
    }
    if (current !== -1 && state[current] === VISITING) {
      const cycle = path.slice(path.indexOf(current)).map((at) => treatments[at]!);
      const first = cycle.reduce((a, b) => (a.line <= b.line ? a : b));
      const names = [...cycle.map((c) => c.id), treatments[current]!.id].join(' → ');
      problems.push({
        severity: 'error',
        file,
        line: first.line,
        column: 'revisit_of',
        value: first.revisitOf ?? '',
        ...issue('revisit-cycle', { cycle: names }),
      });
    }
    for (const visited of path) state[visited] = DONE;
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
