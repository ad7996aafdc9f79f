import { computeFigures } from '../aggregate/index.js';
import type { OutputFormat } from '../present/choices.js';
import { statsCsv, statsJson, statsMarkdown } from '../present/stats-formats.js';
import { statsTable } from '../present/stats-table.js';
import { loadValidRegisters, periodOption, type CommonOptions, type Context } from './context.js';

export interface StatsOptions extends CommonOptions {
  /** Checked by commander against OUTPUT_FORMATS. */
  format?: OutputFormat;
  excel?: boolean;
}

export async function runStats(ctx: Context, options: StatsOptions): Promise<void> {
  const registers = await loadValidRegisters(ctx, options);
  const figures = computeFigures(registers, periodOption(registers, options, ctx.io.env), ctx.settings);
  const output = {
    table: () => statsTable(figures, ctx.settings, ctx.loc, ctx.display),
    json: () => statsJson(figures),
    csv: () => statsCsv(figures, { excel: options.excel }),
    markdown: () => statsMarkdown(figures, ctx.loc),
  }[options.format ?? 'table']();
  ctx.io.stdout.write(output);
}
