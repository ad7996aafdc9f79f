import { writeFileSync } from 'node:fs';
import { REGISTER_COLUMNS } from '../../src/model/columns.js';
import type { Conversation, Question, Recommendation, RegisterName, Registers, ReportYear, Treatment } from '../../src/model/registers.js';
import { RegistersValidator } from '../../src/validate/index.js';

/** The columns of projects.csv in the contract's order (docs/contract.md §1), written out as a user reads them. */
export const PROJECT_COLUMNS = [
  'id',
  'name',
  'agency',
  'ministry',
  'meeting_date',
  'cost_mnok',
  'benefit_mnok',
  'programme',
  'shared_solution',
  'exclude_from_totals',
  'revisit_of',
] as const;

/** A row as a test spells it: its line is the one the validator gives it (its position + 2). */
type Unnumbered<T extends { line: number }> = Omit<T, 'line'>;

/** A treatment with every field defaulted: tests spell out only what they are about. */
export function treatment(id: string, meetingDate: string, fields: Partial<Unnumbered<Treatment>> = {}): Unnumbered<Treatment> {
  const agency = fields.agency ?? `Agency ${id}`;
  return {
    id,
    name: `Project ${id}`,
    agency,
    agencies: [agency],
    ministry: 'Ministry',
    meetingDate,
    costMnok: null,
    benefitMnok: null,
    programme: false,
    sharedSolution: false,
    excludeFromTotals: false,
    revisitOf: null,
    ...fields,
  };
}

export const question = (id: string, projectId: string, theme: Question['theme'] = 'usikkerhet'): Unnumbered<Question> => ({ id, projectId, theme });

export const recommendation = (
  id: string,
  projectId: string,
  theme: Recommendation['theme'] = 'usikkerhet',
  tags: string[] = [],
): Unnumbered<Recommendation> => ({ id, projectId, theme, tags });

interface Rows {
  treatments?: Unnumbered<Treatment>[];
  questions?: Unnumbered<Question>[];
  recommendations?: Unnumbered<Recommendation>[];
  conversations?: Unnumbered<Conversation>[];
  reports?: ReportYear[];
}

const cell = (value: string | number | boolean | null) => (value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));

/** Each register's rows as the cells of its CSV columns. */
function cellsOf(rows: Rows): Record<RegisterName, Record<string, string | number | boolean | null>[]> {
  return {
    projects: (rows.treatments ?? []).map((t) => ({
      id: t.id,
      name: t.name,
      agency: t.agency,
      ministry: t.ministry,
      meeting_date: t.meetingDate,
      cost_mnok: t.costMnok,
      benefit_mnok: t.benefitMnok,
      programme: t.programme,
      shared_solution: t.sharedSolution,
      exclude_from_totals: t.excludeFromTotals,
      revisit_of: t.revisitOf,
    })),
    questions: (rows.questions ?? []).map((q) => ({ id: q.id, project_id: q.projectId, theme: q.theme })),
    recommendations: (rows.recommendations ?? []).map((r) => ({ id: r.id, project_id: r.projectId, theme: r.theme, tags: r.tags.join('|') })),
    conversations: (rows.conversations ?? []).map((c) => ({ id: c.id, project_id: c.projectId, date: c.date })),
    reports: (rows.reports ?? []).map((r) => ({ year: r.year, cutoff: r.cutoff })),
    // No tags.csv: any tag is taken (a tags register would make the others' tags its vocabulary).
    tags: [],
  };
}

/**
 * Registers made by the real validator from the rows' cells, as a register file would give them
 * (the CSV reading itself is tested in test/load/). Throws on any error, so that a test cannot
 * count data that digiraad would refuse.
 */
export function registers(rows: Rows): Registers {
  const validator = new RegistersValidator({ keepRowIds: true });
  for (const [register, records] of Object.entries(cellsOf(rows)) as [RegisterName, ReturnType<typeof cellsOf>[RegisterName]][]) {
    if (register === 'tags' && records.length === 0) continue;
    const file = `${register}.csv`;
    const { required, optional } = REGISTER_COLUMNS[register];
    const columns = [...required, ...optional];
    const table = validator.start(register, file);
    table.header(columns);
    for (const [i, record] of records.entries())
      table.row(
        i + 2,
        columns.map((column) => cell(record[column] ?? null)),
      );
    if (register === 'projects') validator.finishProjects();
  }
  const { registers: validated, problems } = validator.finish();
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`the test's registers are invalid: ${JSON.stringify(errors)}`);
  return validated;
}

/** A register folder in `dir` from header + rows per file; the files not given are left out. */
export function writeRegisters(dir: string, files: Record<string, string[]>): string {
  for (const [name, lines] of Object.entries(files)) writeFileSync(`${dir}/${name}.csv`, `${lines.join('\n')}\n`);
  return dir;
}
