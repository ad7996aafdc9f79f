import type { Period } from '../model/period.js';
import type { Registers } from '../model/registers.js';

export interface PeriodOptions {
  asOf?: string;
  since?: string;
  report?: number;
  /** The as-of date when the registers hold no date at all (headers only): every figure is 0 then. */
  today?: string;
}

/** Why the options give no period; the command line words it (commands/context.ts). */
export type PeriodProblem =
  | { kind: 'report-and-dates' }
  | { kind: 'unknown-report'; report: number; known: number[] }
  | { kind: 'nothing-to-count' }
  | { kind: 'since-not-before'; since: string; asOf: string };

export class PeriodError extends Error {
  constructor(readonly problem: PeriodProblem) {
    super(problem.kind);
    this.name = 'PeriodError';
  }
}

/**
 * docs/contract.md §2. The defaults come from the registers, never from the clock, so the same data
 * always gives the same figures.
 */
export function resolvePeriod(registers: Registers, options: PeriodOptions): Period {
  const cutoffs = [...registers.reports].sort((a, b) => a.year - b.year);
  if (options.report !== undefined) {
    if (options.asOf !== undefined || options.since !== undefined) throw new PeriodError({ kind: 'report-and-dates' });
    const index = cutoffs.findIndex((r) => r.year === options.report);
    if (index === -1) throw new PeriodError({ kind: 'unknown-report', report: options.report, known: cutoffs.map((r) => r.year) });
    const asOf = cutoffs[index]!.cutoff;
    return { since: cutoffs[index - 1]?.cutoff ?? oneYearBefore(asOf), asOf };
  }
  const asOf = options.asOf ?? cutoffs.at(-1)?.cutoff ?? latestDate(registers) ?? options.today;
  if (asOf === undefined) throw new PeriodError({ kind: 'nothing-to-count' });
  const since = options.since ?? cutoffs.filter((r) => r.cutoff < asOf).at(-1)?.cutoff ?? oneYearBefore(asOf);
  if (since >= asOf) throw new PeriodError({ kind: 'since-not-before', since, asOf });
  return { since, asOf };
}

function latestDate(registers: Registers): string | undefined {
  let latest: string | undefined;
  for (const date of [...registers.treatments.map((t) => t.meetingDate), ...registers.conversations.map((c) => c.date)]) {
    if (latest === undefined || date > latest) latest = date;
  }
  return latest;
}

/** The same day a year earlier (29 February becomes 28 February). */
export function oneYearBefore(date: string): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  const previous = String(Number(year) - 1).padStart(4, '0');
  return month === '02' && day === '29' ? `${previous}-02-28` : `${previous}-${month}-${day}`;
}

/** `valid`, `format` (not YYYY-MM-DD) or `calendar` (written right, but no such day: 2019-02-30). */
export function checkIsoDate(value: string): 'valid' | 'format' | 'calendar' {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'format';
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return d.toISOString().slice(0, 10) === value ? 'valid' : 'calendar';
}
