import { DigiraadError, EXIT, usageError } from '../errors.js';
import type { Period } from '../model/period.js';
import type { Registers } from '../model/registers.js';

export interface PeriodOptions {
  asOf?: string;
  since?: string;
  report?: number;
}

/**
 * CONTRACT §2. The defaults come from the registers, never from the clock, so the same data
 * always gives the same figures.
 */
export function resolvePeriod(registers: Registers, options: PeriodOptions): Period {
  const cutoffs = [...registers.reports].sort((a, b) => a.year - b.year);
  if (options.report !== undefined) {
    if (options.asOf !== undefined || options.since !== undefined) throw usageError((t) => t.errors.reportAndAsOf);
    const index = cutoffs.findIndex((r) => r.year === options.report);
    if (index === -1) {
      const known = cutoffs.length > 0 ? cutoffs.map((r) => r.year).join(', ') : null;
      throw usageError((t) => t.errors.noReport(String(options.report), known));
    }
    const asOf = cutoffs[index]!.cutoff;
    return { since: cutoffs[index - 1]?.cutoff ?? oneYearBefore(asOf), asOf };
  }
  const asOf = options.asOf ?? cutoffs.at(-1)?.cutoff ?? latestDate(registers);
  if (asOf === undefined) throw new DigiraadError((t) => t.errors.nothingToCount, EXIT.invalid);
  const since = options.since ?? cutoffs.filter((r) => r.cutoff < asOf).at(-1)?.cutoff ?? oneYearBefore(asOf);
  if (since >= asOf) throw usageError((t) => t.errors.sinceNotBefore(since, asOf));
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

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return d.toISOString().slice(0, 10) === value;
}
