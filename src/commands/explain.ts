import { relative } from 'node:path';
import { explainFigure, figurePaths, isFigureWithoutRows } from '../aggregate/explain.js';
import { computeFigures } from '../aggregate/index.js';
import { usageError } from '../errors.js';
import type { ExplainFormat } from '../present/choices.js';
import { explainCsv, explainJson, explainSheets, explainTable, type FileNamer } from '../present/explain-formats.js';
import { tablesWorkbook } from '../present/xlsx.js';
import { levenshtein } from '../validate/closest.js';
import { checkWorkbookTarget, loadValidRegisters, periodOption, workbookTime, writeWorkbookOutput, type CommonOptions, type Context } from './context.js';

export interface ExplainOptions extends CommonOptions {
  /** Checked by commander against EXPLAIN_FORMATS. */
  format?: ExplainFormat;
  excel?: boolean;
  all?: boolean;
  /** Where --format xlsx goes (default stdout, when it is not a terminal). */
  output?: string;
}

/** The register rows behind one figure of stats, counted or not and why. */
export async function runExplain(ctx: Context, options: ExplainOptions, [figure]: string[]): Promise<void> {
  checkWorkbookTarget(ctx, options.format, options.output);
  const registers = await loadValidRegisters(ctx, options, { keepRowIds: true });
  // The same figures stats prints: the value explain shows is not computed twice.
  const figures = computeFigures(registers, periodOption(registers, options), ctx.settings);
  const explanation = explainFigure(registers, figures, figure!, ctx.settings);
  if (!explanation) {
    const close = closeFigurePaths(figure!, figurePaths(figures));
    const withoutRows = isFigureWithoutRows(figures, figure!);
    throw usageError((t) => (withoutRows ? t.explain.figureWithoutRows(figure!, close) : t.explain.unknownFigure(figure!, close)));
  }
  // Files are named inside the data folder, as in CONTRACT §5: `projects.csv`, `registre.xlsx [Prosjekter]`.
  const fileOf: FileNamer = (register) => relative(ctx.dataDir, registers.files[register] ?? `${register}.csv`);
  if (options.format === 'xlsx') {
    const bytes = await tablesWorkbook(explainSheets(explanation, fileOf, ctx.loc), {
      lang: ctx.settings.lang,
      time: workbookTime(ctx, explanation.period.asOf),
    });
    return writeWorkbookOutput(ctx, bytes, options.output);
  }
  const output = {
    table: () => explainTable(explanation, fileOf, ctx.loc, ctx.display, { dataDir: ctx.dataDir, all: options.all }),
    json: () => explainJson(explanation, fileOf),
    csv: () => explainCsv(explanation, fileOf, { excel: options.excel }),
  }[options.format ?? 'table']();
  ctx.io.stdout.write(output);
}

/**
 * Up to `limit` figure paths close to one that does not exist: paths it starts (a family or a
 * figure with parts), paths that end with it, then the nearest by edit distance, case ignored.
 */
export function closeFigurePaths(asked: string, paths: readonly string[], limit = 5): string[] {
  const wanted = asked.toLowerCase();
  const near = Math.max(2, Math.floor(wanted.length / 4));
  // Edit distance costs length × length: a pasted page is near no figure, and must not take minutes.
  const measurable = wanted.length <= 200;
  const scored = paths.map((path, order) => {
    const lower = path.toLowerCase();
    const distance = measurable ? levenshtein(wanted, lower) : Infinity;
    const part = lower.startsWith(`${wanted}.`) || lower.endsWith(`.${wanted}`) || (wanted.length >= 4 && lower.startsWith(wanted));
    return { path, order, distance, close: part || distance <= near };
  });
  const close = scored.filter((s) => s.close);
  const chosen = close.length > 0 ? close : scored;
  return chosen
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, close.length > 0 ? limit : 3)
    .map((s) => s.path);
}
