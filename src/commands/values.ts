import type { DataValues } from '../present/choices.js';
import { validateData, type Context } from './context.js';

/**
 * For the shell's completion: the report years (reports.csv) or the tags (recommendations.csv) of
 * the data folder in effect, one a line. Registers that cannot be read give nothing: a completion
 * never prints an error into the user's command line.
 */
export async function runValues(ctx: Context, kind: DataValues): Promise<void> {
  const quiet = { ...ctx, io: { ...ctx.io, stderr: { write: () => true } } };
  const ignored = { add: () => {}, unlisted: () => {}, finish: () => {} };
  const { registers } = await validateData(quiet, {}, ignored).catch(() => ({ registers: null }));
  if (registers === null) return;
  const values = kind === 'reports' ? registers.reports.map((r) => String(r.year)) : registers.recommendations.tagLists.flat();
  const unique = [...new Set(values)].sort();
  if (unique.length > 0) ctx.io.stdout.write(`${unique.join('\n')}\n`);
}
