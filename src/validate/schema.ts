import { issue } from '../model/rules.js';
import type { Conversation, Question, Recommendation, RegisterName, ReportYear, TagDefinition, Treatment } from '../model/registers.js';
import { parseAmount, parseBoolean, parseDate, parseTags, parseTheme, parseYear, type Parsed } from './values.js';
import { slug } from '../model/slug.js';

type CellParser<T> = (raw: string) => Parsed<T>;
type ValuesOf<C> = { [K in keyof C]: C[K] extends CellParser<infer T> ? T : never };

/** A register's schema: how to read each column, and how a valid row becomes a domain object. */
export interface Schema<R> {
  columns: Record<string, CellParser<unknown>>;
  /** The column whose values must be unique. */
  key: string;
  /** `line` is where the row is in its register, kept on the row for explain. */
  build: (values: Record<string, unknown>, line: number) => R;
}

function schema<C extends Record<string, CellParser<unknown>>, R>(
  columns: C,
  build: (values: ValuesOf<C>, line: number) => R,
  key: keyof C & string = 'id',
): Schema<R> {
  return { columns, key, build: build as (values: Record<string, unknown>, line: number) => R };
}

export const requiredText: CellParser<string> = (raw) => {
  const value = raw.trim();
  return value === '' ? { ok: false, issue: issue('missing-value', { expected: 'value' }) } : { ok: true, value };
};
// Texts are checked (for length, in table.ts) but not kept: nothing to parse.
const UNKEPT = { ok: true, value: '' } as const;
const textNotKept: CellParser<string> = () => UNKEPT;
const optionalText: CellParser<string | null> = (raw) => ({ ok: true, value: raw.trim() === '' ? null : raw.trim() });
/** A tag id as recommendations.csv writes it once read: lower case, - between words. */
const tagId: CellParser<string> = (raw) => {
  const value = raw.trim();
  if (value === '') return { ok: false, issue: issue('missing-value', { expected: 'value' }) };
  return slug(value) === value ? { ok: true, value } : { ok: false, issue: issue('not-a-slug', { slug: slug(value) }) };
};
export const optionalId: CellParser<string | null> = (raw) => ({ ok: true, value: raw.trim() === '' ? null : raw.trim() });

/**
 * A cell as a string of its own. The parser's cells are slices of the text of the chunk they came
 * from, and keeping one slice keeps that whole chunk alive; a register of 100 000 projects would
 * keep its whole file.
 */
export const detach = (text: string) => (text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8'));

const sharedStrings = new Map<string, string>();

/** One string for each of the few agencies, ministries and dates that 100 000 rows repeat. */
export function shared(text: string): string {
  let known = sharedStrings.get(text);
  if (known === undefined) {
    known = detach(text);
    if (sharedStrings.size < 100_000) sharedStrings.set(known, known);
  }
  return known;
}

/** The agencies of an agency cell: joint agencies split on `/`, each once. */
export const agenciesOf = (agency: string): string[] => [
  ...new Set(
    agency
      .split('/')
      .map((a) => shared(a.trim()))
      .filter((a) => a !== ''),
  ),
];

export const SCHEMAS = {
  projects: schema(
    {
      id: requiredText,
      name: requiredText,
      agency: requiredText,
      ministry: requiredText,
      meeting_date: parseDate,
      cost_mnok: parseAmount,
      benefit_mnok: parseAmount,
      programme: parseBoolean,
      shared_solution: parseBoolean,
      exclude_from_totals: parseBoolean,
      revisit_of: optionalId,
    },
    (v, line): Treatment => ({
      id: detach(v.id),
      line,
      name: detach(v.name),
      agency: shared(v.agency),
      agencies: agenciesOf(v.agency),
      ministry: shared(v.ministry),
      meetingDate: shared(v.meeting_date),
      costMnok: v.cost_mnok,
      benefitMnok: v.benefit_mnok,
      programme: v.programme,
      sharedSolution: v.shared_solution,
      excludeFromTotals: v.exclude_from_totals,
      revisitOf: v.revisit_of === null ? null : detach(v.revisit_of),
    }),
  ),
  questions: schema(
    { id: requiredText, project_id: requiredText, theme: parseTheme, text: textNotKept },
    // Texts are checked, not kept: no figure needs them, and a million of them would not fit.
    (v, line): Question => ({ id: v.id, line, projectId: v.project_id, theme: v.theme }),
  ),
  recommendations: schema(
    { id: requiredText, project_id: requiredText, theme: parseTheme, tags: parseTags, text: textNotKept },
    (v, line): Recommendation => ({ id: v.id, line, projectId: v.project_id, theme: v.theme, tags: v.tags }),
  ),
  conversations: schema(
    { id: requiredText, project_id: requiredText, date: parseDate },
    (v, line): Conversation => ({ id: detach(v.id), line, projectId: v.project_id, date: v.date }),
  ),
  reports: schema({ year: parseYear, cutoff: parseDate }, (v): ReportYear => ({ year: v.year, cutoff: v.cutoff }), 'year'),
  tags: schema(
    { id: tagId, label: requiredText, label_nn: optionalText, label_en: optionalText, description: optionalText },
    (v): TagDefinition => ({ id: v.id, label: v.label, labelNn: v.label_nn ?? v.label, labelEn: v.label_en ?? v.label, description: v.description }),
  ),
} satisfies Record<RegisterName, Schema<unknown>>;
