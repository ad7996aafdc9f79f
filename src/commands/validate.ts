import { DigiraadError, EXIT } from '../errors.js';
import { wrapText } from '../present/display.js';
import { problemWriter, validateData, type CommonOptions, type Context } from './context.js';

export interface ValidateOptions extends CommonOptions {
  /** Checked by commander: text, json or github. */
  format?: 'text' | 'json' | 'github';
}

/** Lists every problem of the registers on stdout as it is found; exit 1 when any is an error. */
export async function runValidate(ctx: Context, options: ValidateOptions): Promise<void> {
  const problems = problemWriter(ctx, options, options.format ?? 'text', ctx.io.stdout, ctx.display);
  const { registers } = await validateData(ctx, options, problems);
  if ((options.format ?? 'text') === 'text' && !problems.anyListed) {
    const n = (rows: { length: number }) => ctx.loc.number(rows.length);
    const counts = ctx.loc.t.registers.counts(
      n(registers.treatments),
      n(registers.questions),
      n(registers.recommendations),
      n(registers.conversations),
      n(registers.reports),
    );
    ctx.io.stdout.write(`${wrapText(`${ctx.out.green('✓')} ${ctx.loc.t.registers.valid(ctx.dataDir, counts)}`, ctx.display.width, '  ')}\n`);
  }
  // The problems are on stdout already: nothing more to say on stderr.
  if (problems.errors > 0) throw new DigiraadError((t) => t.registers.invalid, EXIT.invalid, true);
}
