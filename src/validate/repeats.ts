import type { Problem } from '../model/problem.js';
import { issue } from '../model/rules.js';
import type { Treatment } from '../model/registers.js';
import { lookalikeKey } from './text.js';

/**
 * A treatment with the (normalised) name and agency of an earlier one but no revisit_of is most
 * likely that project treated again: counted as a new project, it changes every project figure.
 * The warning names the project's first treatment, which revisit_of should name. `index` is the
 * validator's: id → place in `treatments`.
 */
export function checkRepeatedProjects(file: string, treatments: readonly Treatment[], index: ReadonlyMap<string, number>): Problem[] {
  const firstOf = (treatment: Treatment): Treatment => {
    const seen = new Set<string>();
    let current = treatment;
    // Cycles and dangling revisit_of are errors of their own (references.ts): stop where they start.
    while (current.revisitOf !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const target = treatments[index.get(current.revisitOf) ?? -1];
      if (!target) break;
      current = target;
    }
    return current;
  };
  const problems: Problem[] = [];
  // Agency → name → the first treatment with both (as lookalike keys); the few agencies' keys are made once.
  const earlier = new Map<string, Map<string, Treatment>>();
  const agencyKeys = new Map<string, string>();
  for (const treatment of inMeetingOrder(treatments)) {
    let agencyKey = agencyKeys.get(treatment.agency);
    if (agencyKey === undefined) {
      agencyKey = lookalikeKey(treatment.agency);
      agencyKeys.set(treatment.agency, agencyKey);
    }
    let names = earlier.get(agencyKey);
    if (!names) {
      names = new Map();
      earlier.set(agencyKey, names);
    }
    const nameKey = lookalikeKey(treatment.name);
    const before = names.get(nameKey);
    if (!before) names.set(nameKey, treatment);
    else if (treatment.revisitOf === null) {
      const project = firstOf(before);
      problems.push({
        severity: 'warning',
        file,
        line: treatment.line,
        column: 'name',
        value: treatment.name,
        ...issue('repeated-project', { id: project.id, line: project.line }),
      });
    }
  }
  return problems;
}

/** By meeting date, then line; a register kept in date order (the usual) is not copied. */
function inMeetingOrder(treatments: readonly Treatment[]): readonly Treatment[] {
  const before = (a: Treatment, b: Treatment) => (a.meetingDate < b.meetingDate ? -1 : a.meetingDate > b.meetingDate ? 1 : a.line - b.line);
  for (let i = 1; i < treatments.length; i++) if (before(treatments[i - 1]!, treatments[i]!) > 0) return [...treatments].sort(before);
  return treatments;
}
