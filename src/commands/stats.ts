import { computeFigures } from '../aggregate/index.js';
import { usageError } from '../errors.js';
import { statsCsv, statsJson, statsMarkdown } from '../present/stats-formats.js';
import { statsTable } from '../present/stats-table.js';
import { loadValidRegisters, periodOption, type CommonOptions, type Context } from './context.js';

export interface StatsOptions extends CommonOptions {
  format?: string;
  excel?: boolean;
}

export const STATS_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;

export async function runStats(ctx: Context, options: StatsOptions): Promise<void> {
  const format = options.format ?? 'table';
  if (!(STATS_FORMATS as readonly string[]).includes(format)) throw usageError(`--format ${format}: use one of ${STATS_FORMATS.join(', ')}`);
  const registers = await loadValidRegisters(ctx, options);
  const figures = computeFigures(registers, periodOption(registers, options), ctx.settings);
  const output = {
    table: () => statsTable(figures, ctx.settings, ctx.loc, ctx.out),
    json: () => statsJson(figures),
    csv: () => statsCsv(figures, { excel: options.excel }),
    markdown: () => statsMarkdown(figures, ctx.loc),
  }[format as (typeof STATS_FORMATS)[number]]();
  ctx.io.stdout.write(output);
}
