import { figurePaths } from '../aggregate/explain.js';
import { computeFigures } from '../aggregate/index.js';
import type { Registers } from '../model/registers.js';
import type { DataValues } from '../present/choices.js';
import { periodOption, validateData, type Context } from './context.js';

/**
 * For the shell's completion: the report years (reports.csv), the tags (recommendations.csv) or
 * the figure paths explain takes (those of the default period, the latest report's) of the data
 * folder in effect, one a line. Registers that cannot be read give nothing: a completion never
 * prints an error into the user's command line.
 */
export async function runValues(ctx: Context, kind: DataValues): Promise<void> {
  const quiet = { ...ctx, io: { ...ctx.io, stderr: { write: () => true } } };
  const ignored = { add: () => {}, unlisted: () => {}, finish: () => {} };
  const { registers } = await validateData(quiet, {}, ignored).catch(() => ({ registers: null }));
  if (registers === null) return;
  const unique = [...new Set(values(ctx, registers, kind))].sort();
  if (unique.length > 0) ctx.io.stdout.write(`${unique.join('\n')}\n`);
}

function values(ctx: Context, registers: Registers, kind: DataValues): string[] {
  if (kind === 'reports') return registers.reports.map((r) => String(r.year));
  if (kind === 'tags') return registers.recommendations.tagLists.flat();
  try {
    return figurePaths(computeFigures(registers, periodOption(registers, {}, ctx.io.env), ctx.settings));
  } catch {
    // Registers with nothing to count have no figures to offer.
    return [];
  }
}
