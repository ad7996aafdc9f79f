import type { LoadedRegisters } from '../load/registers.js';
import { compareProblems, type Problem } from '../model/problem.js';
import type { RegisterName, Registers } from '../model/registers.js';
import { checkReferences } from './references.js';
import { SCHEMAS, type Schema } from './schema.js';
import { validateTable, type Located } from './table.js';

export interface Validated {
  registers: Registers;
  problems: Problem[];
}

/**
 * Raw tables → typed registers and every problem, in file and line order. Never throws on bad
 * data: rows with errors are left out of `registers`, and callers refuse to go on when any
 * problem is an error.
 */
export function validateRegisters(loaded: LoadedRegisters): Validated {
  const problems: Problem[] = [...loaded.problems];
  const files = {} as Record<RegisterName, string>;
  let projectIds: Set<string> | null = null;
  const validate = <R>(register: RegisterName, schema: Schema<R>): Located<R>[] => {
    const table = loaded.tables[register];
    files[register] = table?.file ?? `${register}.csv`;
    if (!table) return [];
    const result = validateTable(register, table, schema);
    problems.push(...result.problems);
    if (register === 'projects') projectIds = result.ids;
    return result.rows;
  };
  const tables = {
    files,
    treatments: validate('projects', SCHEMAS.projects),
    questions: validate('questions', SCHEMAS.questions),
    recommendations: validate('recommendations', SCHEMAS.recommendations),
    conversations: validate('conversations', SCHEMAS.conversations),
    reports: validate('reports', SCHEMAS.reports),
  };
  problems.push(...checkReferences({ ...tables, projectIds }));
  const values = <R>(rows: Located<R>[]) => rows.map((r) => r.value);
  return {
    registers: {
      treatments: values(tables.treatments),
      questions: values(tables.questions),
      recommendations: values(tables.recommendations),
      conversations: values(tables.conversations),
      reports: values(tables.reports),
    },
    problems: problems.sort(compareProblems),
  };
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
