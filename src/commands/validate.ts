import { DigiraadError, EXIT } from '../errors.js';
import { wrapText } from '../present/display.js';
import { problemsGithub, problemsJson, problemsText, summarise } from '../present/problems.js';
import { hasErrors } from '../validate/index.js';
import { maxErrorsOption, validateData, type CommonOptions, type Context } from './context.js';

export interface ValidateOptions extends CommonOptions {
  /** Checked by commander: text, json or github. */
  format?: 'text' | 'json' | 'github';
}

/** Lists every problem of the registers on stdout; exit 1 when any is an error. */
export async function runValidate(ctx: Context, options: ValidateOptions): Promise<void> {
  const { registers, problems } = await validateData(ctx, options);
  const report = summarise(problems, maxErrorsOption(options.maxErrors), ctx.settings.quiet);
  if (options.format === 'json') ctx.io.stdout.write(problemsJson(report));
  else if (options.format === 'github') ctx.io.stdout.write(problemsGithub(report, ctx.settings.lang));
  else if (report.problems.length > 0) ctx.io.stdout.write(problemsText(report, ctx.display, ctx.settings.lang));
  else {
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
  if (hasErrors(problems)) throw new DigiraadError((t) => t.registers.invalid, EXIT.invalid, true);
}
