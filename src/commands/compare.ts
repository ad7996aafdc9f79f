import { computeFigures } from '../aggregate/index.js';
import { usageError } from '../errors.js';
import type { Period } from '../model/period.js';
import type { Registers } from '../model/registers.js';
import { compareCsv, compareJson, compareMarkdown, compareSheets, compareTerminal } from '../present/compare-formats.js';
import { tablesWorkbook } from '../present/xlsx.js';
import { compareFigures } from '../present/comparison.js';
import type { OutputFormat } from '../present/choices.js';
import { checkWorkbookTarget, loadValidRegisters, periodOption, workbookTime, writeWorkbookOutput, type CommonOptions, type Context } from './context.js';

/** Like the common options, but each period option may be given twice: one for each period. */
export interface CompareOptions extends Omit<CommonOptions, 'asOf' | 'since' | 'report'> {
  report?: string[];
  asOf?: string[];
  since?: string[];
  format?: OutputFormat;
  excel?: boolean;
  output?: string;
}

/** The key figures of two periods side by side, the earlier first. */
export async function runCompare(ctx: Context, options: CompareOptions): Promise<void> {
  checkWorkbookTarget(ctx, options.format, options.output);
  const registers = await loadValidRegisters(ctx, { encoding: options.encoding, maxErrors: options.maxErrors });
  const [first, second] = comparedPeriods(registers, options, ctx.io.env);
  const comparison = compareFigures(computeFigures(registers, first, ctx.settings), computeFigures(registers, second, ctx.settings));
  if (options.format === 'xlsx') {
    return writeWorkbookOutput(
      ctx,
      await tablesWorkbook(compareSheets(comparison, ctx.loc), { lang: ctx.settings.lang, time: workbookTime(ctx, second.asOf) }),
      options.output,
    );
  }
  const output = {
    table: () => compareTerminal(comparison, ctx.loc, ctx.display),
    json: () => compareJson(comparison),
    csv: () => compareCsv(comparison, { excel: options.excel }),
    markdown: () => compareMarkdown(comparison, ctx.loc),
  }[options.format ?? 'table']();
  ctx.io.stdout.write(output);
}

/**
 * The two periods, in time order. Each --report gives one, each --as-of another (with the
 * --since of the same rank, if any). When only one period is given, or none (the default
 * period), the other is the period just before it: the one that ends where it starts.
 */
function comparedPeriods(registers: Registers, options: CompareOptions, env: NodeJS.ProcessEnv): [Period, Period] {
  const { report = [], asOf = [], since = [] } = options;
  if (since.length > asOf.length) throw usageError((t) => t.errors.sinceNeedsAsOf);
  const given = [...report.map((year) => ({ report: year })), ...asOf.map((date, i) => ({ asOf: date, since: since[i] }))];
  if (given.length > 2) throw usageError((t) => t.errors.twoPeriods(given.length));
  const [a, b] = given.map((p) => periodOption(registers, p, env));
  if (a !== undefined && b !== undefined) return a.asOf <= b.asOf ? [a, b] : [b, a];
  const later = a ?? periodOption(registers, {}, env);
  return [periodOption(registers, { asOf: later.since }, env), later];
}
