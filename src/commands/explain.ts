import { relative } from 'node:path';
import { closeFigurePaths, explainFigure, figurePaths, isFigureWithoutRows } from '../aggregate/explain.js';
import { computeFigures } from '../aggregate/index.js';
import { usageError } from '../errors.js';
import type { ExplainFormat } from '../present/choices.js';
import { explainCsv, explainJson, explainTable, type FileNamer } from '../present/explain-formats.js';
import { loadValidRegisters, periodOption, type CommonOptions, type Context } from './context.js';

export interface ExplainOptions extends CommonOptions {
  /** Checked by commander against EXPLAIN_FORMATS. */
  format?: ExplainFormat;
  excel?: boolean;
  all?: boolean;
}

/** The register rows behind one figure of stats, counted or not and why. */
export async function runExplain(ctx: Context, options: ExplainOptions, [figure]: string[]): Promise<void> {
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
  const output = {
    table: () => explainTable(explanation, fileOf, ctx.loc, ctx.out, { dataDir: ctx.dataDir, all: options.all }),
    json: () => explainJson(explanation, fileOf),
    csv: () => explainCsv(explanation, fileOf, { excel: options.excel }),
  }[options.format ?? 'table']();
  ctx.io.stdout.write(output);
}
