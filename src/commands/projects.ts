import { projectTable, type ProjectFilter } from '../aggregate/project-table.js';
import { usageError } from '../errors.js';
import type { OutputFormat } from '../present/choices.js';
import { projectsCsv, projectsJson, projectsMarkdown, projectsSheet, projectsTerminal } from '../present/projects-formats.js';
import { tablesWorkbook } from '../present/xlsx.js';
import { checkWorkbookTarget, loadValidRegisters, periodOption, workbookTime, writeWorkbookOutput, type CommonOptions, type Context } from './context.js';

export interface ProjectsOptions extends CommonOptions {
  format?: OutputFormat;
  excel?: boolean;
  year?: string;
  ministry?: string;
  agency?: string;
  minCost?: string;
  maxCost?: string;
  programme?: boolean;
  sharedSolution?: boolean;
  inPeriod?: boolean;
  output?: string;
}

/** The project table: one row per project as of the period's end, filtered. */
export async function runProjects(ctx: Context, options: ProjectsOptions): Promise<void> {
  const filter = projectFilter(options);
  checkWorkbookTarget(ctx, options.format, options.output);
  const registers = await loadValidRegisters(ctx, options);
  const period = periodOption(registers, options, ctx.io.env);
  const table = projectTable(registers, period, filter);
  if (options.format === 'xlsx') {
    return writeWorkbookOutput(
      ctx,
      await tablesWorkbook([projectsSheet(table, ctx.loc)], { lang: ctx.settings.lang, time: workbookTime(ctx, period.asOf) }),
      options.output,
    );
  }
  const { stdout } = ctx.io;
  const output = {
    table: () => projectsTerminal(table, period, ctx.loc, ctx.display),
    json: () => projectsJson(table),
    csv: () => projectsCsv(table, { excel: options.excel }),
    markdown: () => projectsMarkdown(table, period, ctx.loc),
  }[options.format ?? 'table']();
  stdout.write(output);
}

/** The filter flags, checked before the registers are read so that a typo fails fast. */
function projectFilter(options: ProjectsOptions): ProjectFilter {
  const { year } = options;
  if (year !== undefined && !/^\d{4}$/.test(year)) throw usageError((t) => t.errors.year(year));
  const minCost = amountOption('--min-cost', options.minCost);
  const maxCost = amountOption('--max-cost', options.maxCost);
  if (minCost !== undefined && maxCost !== undefined && minCost > maxCost)
    throw usageError((t) => t.errors.minAboveMax(String(options.minCost), String(options.maxCost)));
  return {
    year: options.year === undefined ? undefined : Number(options.year),
    ministry: options.ministry,
    agency: options.agency,
    minCost,
    maxCost,
    programme: options.programme,
    sharedSolution: options.sharedSolution,
    inPeriod: options.inPeriod,
  };
}

function amountOption(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(?:[.,]\d+)?$/.test(value.trim())) throw usageError((t) => t.errors.amount(flag, value));
  return Number(value.trim().replace(',', '.'));
}
