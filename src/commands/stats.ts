import { computeFigures } from '../aggregate/index.js';
import type { OutputFormat } from '../present/choices.js';
import { statsCsv, statsJson, statsMarkdown } from '../present/stats-formats.js';
import { statsTable } from '../present/stats-table.js';
import { statsTables } from '../present/stats-xlsx.js';
import { tablesWorkbook } from '../present/xlsx.js';
import { checkWorkbookTarget, loadValidRegisters, periodOption, workbookTime, writeWorkbookOutput, type CommonOptions, type Context } from './context.js';

export interface StatsOptions extends CommonOptions {
  /** Checked by commander against OUTPUT_FORMATS. */
  format?: OutputFormat;
  excel?: boolean;
  /** Where --format xlsx goes (default stdout, when it is not a terminal). */
  output?: string;
}

export async function runStats(ctx: Context, options: StatsOptions): Promise<void> {
  checkWorkbookTarget(ctx, options.format, options.output);
  const registers = await loadValidRegisters(ctx, options);
  const figures = computeFigures(registers, periodOption(registers, options, ctx.io.env), ctx.settings);
  if (options.format === 'xlsx') {
    const bytes = await tablesWorkbook(statsTables(figures, ctx.loc), { lang: ctx.settings.lang, time: workbookTime(ctx, figures.period.asOf) });
    return writeWorkbookOutput(ctx, bytes, options.output);
  }
  const output = {
    table: () => statsTable(figures, ctx.settings, ctx.loc, ctx.display),
    json: () => statsJson(figures),
    csv: () => statsCsv(figures, { excel: options.excel }),
    markdown: () => statsMarkdown(figures, ctx.loc),
  }[options.format ?? 'table']();
  ctx.io.stdout.write(output);
}
