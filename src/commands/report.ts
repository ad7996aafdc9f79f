import { join, resolve } from 'node:path';
import { computeFigures } from '../aggregate/index.js';
import { DigiraadError, EXIT, usageError } from '../errors.js';
import type { Output } from '../io.js';
import { CATALOGUES } from '../i18n/index.js';
import { readRegisterBytes } from '../load/registers.js';
import type { Lang } from '../model/lang.js';
import { buildReport } from '../report/build.js';
import { compareFolder, describeDiff, isClean } from '../report/check.js';
import { writeReportFolder } from '../report/writer.js';
import { displayPath, loadValidRegisters, periodOption, type CommonOptions, type Context } from './context.js';

export interface ReportOptions extends CommonOptions {
  check?: boolean;
}

/**
 * Writes the report folder (default reports/<year of as-of>/), or with --check compares it with
 * what the data gives now and writes nothing. The folder is made in memory first and written
 * atomically, so a failure leaves the previous report as it was.
 */
export async function runReport(ctx: Context, options: ReportOptions): Promise<void> {
  const registers = await loadValidRegisters(ctx, options);
  const period = periodOption(registers, options);
  const figures = computeFigures(registers, period, ctx.settings);
  const generated = sourceDateEpoch(ctx.io.env.SOURCE_DATE_EPOCH);
  const inputs = await readRegisterBytes(ctx.dataPath);
  const target = resolve(ctx.io.cwd, ctx.settings.out ?? join('reports', period.asOf.slice(0, 4)));
  const display = displayPath(ctx.io.cwd, target);

  // vega, vega-lite and the canvas load here, for this command only.
  const { createChartRenderer } = await import('../charts/render.js');
  const progress = progressLine(ctx.io.stderr, ctx.settings.lang);
  let built;
  try {
    built = await buildReport({ registers, period, figures, settings: ctx.settings, loc: ctx.loc, inputs, generated, renderer: await createChartRenderer(), onProgress: progress.update });
  } finally {
    progress.clear();
  }
  for (const warning of built.warnings) ctx.io.stderr.write(`digiraad: ${ctx.loc.t.cli.warning(warning)}\n`);

  if (options.check) {
    const diff = await compareFolder(target, built.files);
    if (!isClean(diff)) throw new DigiraadError((t) => describeDiff(display, diff, t), EXIT.invalid);
    ctx.io.stderr.write(`${ctx.err.green('✓')} ${ctx.loc.t.report.upToDate(display, ctx.loc.number(built.files.size))}\n`);
    return;
  }
  await writeReportFolder(target, built.files, { display, protect: [ctx.io.cwd, ctx.dataPath] });
  ctx.io.stderr.write(`${ctx.err.green('✓')} ${ctx.loc.t.report.wrote(display, ctx.loc.number(built.files.size), join(display, 'index.html'))}\n`);
}

/** reproducible-builds.org: SOURCE_DATE_EPOCH, seconds since 1970, is the only time a report may carry. */
function sourceDateEpoch(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!/^\d+$/.test(value)) throw usageError((t) => t.errors.sourceDateEpoch(JSON.stringify(value)));
  const date = new Date(Number(value) * 1000);
  if (Number.isNaN(date.getTime())) throw usageError((t) => t.errors.sourceDateEpochRange(value));
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** `rendering charts 3/6: themes` on one line of a terminal, redrawn in place; nothing when stderr is not a terminal. */
function progressLine(stream: Output, lang: Lang) {
  const active = stream.isTTY === true;
  let shown = false;
  return {
    update: (done: number, total: number, name: string) => {
      if (!active) return;
      stream.write(`\r\x1b[2K${CATALOGUES[lang].report.progress(done, total, name)}`);
      shown = true;
    },
    clear: () => {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
