import type { Problem } from '../model/problem.js';
import { issue } from '../model/rules.js';
import type { Treatment } from '../model/registers.js';
import type { Located } from './table.js';
import { lookalikeKey } from './text.js';

/**
 * A treatment with the (normalised) name and agency of an earlier one but no revisit_of is most
 * likely that project treated again: counted as a new project, it changes every project figure.
 * The warning names the project's first treatment, which revisit_of should name. `index` is the
 * validator's: id → place in `treatments`.
 */
export function checkRepeatedProjects(file: string, treatments: Located<Treatment>[], index: ReadonlyMap<string, number>): Problem[] {
  const firstOf = (row: Located<Treatment>): Located<Treatment> => {
    const seen = new Set<string>();
    let current = row;
    // Cycles and dangling revisit_of are errors of their own (references.ts): stop where they start.
    while (current.value.revisitOf !== null && !seen.has(current.value.id)) {
      seen.add(current.value.id);
      const target = treatments[index.get(current.value.revisitOf) ?? -1];
      if (!target) break;
      current = target;
    }
    return current;
  };
  const problems: Problem[] = [];
  const earlier = new Map<string, Located<Treatment>>();
  const inOrder = [...treatments].sort((a, b) =>
    a.value.meetingDate < b.value.meetingDate ? -1 : a.value.meetingDate > b.value.meetingDate ? 1 : a.line - b.line,
  );
  for (const row of inOrder) {
    const key = `${lookalikeKey(row.value.name)}\u0000${lookalikeKey(row.value.agency)}`;
    const before = earlier.get(key);
    if (!before) earlier.set(key, row);
    else if (row.value.revisitOf === null) {
      const project = firstOf(before);
      problems.push({
        severity: 'warning',
        file,
        line: row.line,
        column: 'name',
        value: row.value.name,
        ...issue('repeated-project', { id: project.value.id, line: project.line }),
      });
    }
  }
  return problems;
}
