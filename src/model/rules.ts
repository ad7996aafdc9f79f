/**
 * Every kind of problem validation reports, with what its message needs. The words themselves
 * are presentation (src/i18n/, one catalogue per language); the rule id is stable,
 * for scripts.
 */
export interface RuleParams {
  'missing-file': { register: string };
  'empty-file': { header: string };
  'no-header': { header: string };
  'binary-file': Record<string, never>;
  'not-a-workbook': Record<string, never>;
  'empty-sheet': Record<string, never>;
  'register-twice': { register: string; other: string };
  'unbalanced-quote': Record<string, never>;
  'row-too-long': { limit: number };
  'duplicate-column': Record<string, never>;
  'missing-column': { header: string };
  'extra-cells': { cells: number; columns: number };
  'missing-cells': { cells: number; columns: number };
  'value-too-long': { length: number; limit: number };
  'missing-value': { expected: 'value' | 'date' | 'theme' };
  'ambiguous-number': { whole: string; fraction: string };
  'not-a-number': Record<string, never>;
  'negative-number': Record<string, never>;
  'not-a-boolean': Record<string, never>;
  'not-a-date': Record<string, never>;
  'impossible-date': Record<string, never>;
  'norwegian-date': { date: string };
  /** Every date of the column is dd.mm.yyyy: one warning for the column instead of one per row. */
  'norwegian-date-column': { rows: number; first: string; date: string };
  'date-with-time': { date: string };
  'not-a-year': Record<string, never>;
  'unknown-theme': { closest: string };
  'duplicate-id': { line: number };
  'unknown-project': { closest: string | null };
  'revisit-before-original': { date: string; line: number; own: string };
  'revisit-cycle': { cycle: string };
  'conversation-before-meeting': { meeting: string };
  'cutoff-order': { year: number; cutoff: string; line: number };
  'not-utf8': { position: number };
  'not-windows-1252': { position: number };
  'control-character': { character: string; position: number };
  'invisible-character': { character: string; position: number };
  'lookalike-id': { line: number };
  'lookalike-name': { written: string; line: number };
  'implausible-number': { limit: number };
  'date-in-number': Record<string, never>;
  'tag-separator': { separator: string };
  'unknown-tag': { closest: string | null };
  'rare-tag': { similar: string; count: number; similarCount: number };
  'not-a-slug': { slug: string };
  'repeated-project': { id: string; line: number };
}

export type Rule = keyof RuleParams;

/** A rule with its parameters, as one value: `{ rule: 'duplicate-id', params: { line: 3 } }`. */
export type Issue = { [R in Rule]: { rule: R; params: RuleParams[R] } }[Rule];

export const issue = <R extends Rule>(rule: R, ...params: RuleParams[R] extends Record<string, never> ? [] : [RuleParams[R]]): Issue =>
  ({ rule, params: params[0] ?? {} }) as Issue;
