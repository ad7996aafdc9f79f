import { join, resolve } from 'node:path';
// esbuild inlines the file: the version has one home, package.json.
import packageJson from '../../package.json' with { type: 'json' };
import { reportData } from '../aggregate/index.js';
import { DigiraadError, EXIT, usageError, type Text } from '../errors.js';
import type { Output } from '../io.js';
import { CATALOGUES, type Messages } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import type { Period } from '../model/period.js';
import type { Settings } from '../model/settings.js';
import { locale } from '../present/locale.js';
import { buildReport, documentDate, type BuiltReport } from '../report/build.js';
import { compareFolder, describeDiff, isClean, readManifest, reportFolders } from '../report/check.js';
import type { Writer } from '../report/manifest.js';
import { findBrowser, printPdf } from '../report/pdf.js';
import { recoverInterrupted, writeReportFolder } from '../report/writer.js';
import { displayPath, loadValidInputs, periodOption, sourceDateEpoch, type CommonOptions, type Context, type ValidInputs } from './context.js';

export interface ReportOptions extends CommonOptions {
  check?: boolean;
  all?: boolean;
  /** Also print index.html to rapport.pdf in a local Chromium, Chrome or Edge. */
  pdf?: boolean;
  browser?: string;
}

/** This digiraad on this Node, as a manifest records its writer. */
const WRITER: Writer = { digiraad: packageJson.version, node: process.version };

/**
 * Writes the report folder (default reports/<year of as-of>/), or with --check compares it with
 * what the data gives now and writes nothing (--all: every report folder under reports/). The
 * folder is made in memory first and written atomically, so a failure leaves the previous report
 * as it was.
 */
export async function runReport(ctx: Context, options: ReportOptions): Promise<void> {
  if (options.all && !options.check) throw usageError((t) => t.errors.allNeedsCheck);
  if (options.all && [options.report, options.asOf, options.since, ctx.settings.out].some((v) => v !== undefined && v !== null))
    throw usageError((t) => t.errors.allTakesNoPeriod);
  // Before the registers are read and the charts drawn: a missing browser is told at once.
  const browser = options.pdf && !options.check ? findBrowser(options.browser, ctx.io.env) : null;
  const read = await loadValidInputs(ctx, options);
  if (options.all) return checkAll(ctx, read);
  const period = periodOption(read.registers, options, ctx.io.env);
  const target = resolve(ctx.io.cwd, ctx.settings.out ?? join('reports', period.asOf.slice(0, 4)));
  if (options.check) {
    const stale = await checkFolder(ctx, read, period, ctx.settings, target);
    if (stale !== null) throw new DigiraadError(stale, EXIT.invalid);
    return;
  }
  const display = displayPath(ctx.io.cwd, target);
  const generated = sourceDateEpoch(ctx.io.env.SOURCE_DATE_EPOCH);
  const built = await build(ctx, read, period, ctx.settings, { generated, writtenBy: WRITER });
  let files = built.files;
  if (browser !== null) {
    const pdf = await printPdf(Buffer.from(files.get('index.html')!).toString('utf8'), browser, documentDate(generated, period));
    files = new Map<string, Uint8Array>([...files, [ctx.loc.t.report.pdfFile, pdf] as const].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  await writeReportFolder(target, files, { display, protect: [ctx.io.cwd, ctx.dataPath] });
  ctx.io.stderr.write(`${ctx.err.green('✓')} ${ctx.loc.t.report.wrote(display, ctx.loc.number(files.size), join(display, 'index.html'))}\n`);
}

/** Every report folder under reports/, each with the period and settings its manifest records. */
async function checkAll(ctx: Context, read: ValidInputs): Promise<void> {
  const root = resolve(ctx.io.cwd, 'reports');
  const folders = await reportFolders(root);
  if (folders.length === 0) throw new DigiraadError((t) => t.errors.noReportFolders(displayPath(ctx.io.cwd, root)), EXIT.invalid);
  const stale: Text[] = [];
  for (const { folder, manifest } of folders) {
    const problem = await checkFolder(ctx, read, manifest.period, { ...ctx.settings, ...manifest.settings }, folder);
    if (problem !== null) stale.push(problem);
  }
  if (stale.length > 0) throw new DigiraadError((t) => stale.map((words) => words(t)).join('\ndigiraad: '), EXIT.invalid);
}

/**
 * Null when `folder` is what the data gives now, else the words for what differs. The folder's
 * own manifest says when it was made (SOURCE_DATE_EPOCH, if it was set) and by which versions:
 * neither is something the data gives, so the files are made again with both.
 */
async function checkFolder(ctx: Context, read: ValidInputs, period: Period, settings: Settings, folder: string): Promise<Text | null> {
  const display = displayPath(ctx.io.cwd, folder);
  recoverInterrupted(folder);
  const recorded = await readManifest(folder);
  const built = await build(ctx, read, period, settings, {
    generated: recorded?.generated ?? null,
    writtenBy: recorded ? (recorded.writtenBy ?? null) : WRITER,
  });
  const diff = await compareFolder(folder, built.files, undefined, display);
  // rapport.pdf, when --pdf wrote one, is left out: the manifest says why (notChecked).
  diff.extra = diff.extra.filter((name) => name !== CATALOGUES[settings.lang].report.pdfFile);
  if (isClean(diff)) {
    ctx.io.stderr.write(`${ctx.err.green('✓')} ${ctx.loc.t.report.upToDate(display, ctx.loc.number(built.files.size))}\n`);
    return null;
  }
  const writer = recorded?.writtenBy;
  if (writer === undefined || (writer.digiraad === WRITER.digiraad && writer.node === WRITER.node)) return (t) => describeDiff(display, diff, t);
  const versions = (t: Messages, w: Writer) => t.report.writerVersions(w.digiraad, w.node);
  return (t) => `${describeDiff(display, diff, t)}\n  ${t.report.writtenByOther(display, versions(t, writer), versions(t, WRITER))}`;
}

async function build(
  ctx: Context,
  { registers, inputs }: ValidInputs,
  period: Period,
  settings: Settings,
  stamp: { generated: string | null; writtenBy: Writer | null },
): Promise<BuiltReport> {
  const data = reportData(registers, period, settings);
  // vega, vega-lite and the canvas load here, for this command only.
  const { createChartRenderer } = await import('../charts/render.js');
  const progress = progressLine(ctx.io.stderr, ctx.settings.lang);
  let built: Awaited<ReturnType<typeof buildReport>>;
  try {
    built = await buildReport({
      data,
      period,
      settings,
      loc: locale(settings.lang),
      inputs,
      ...stamp,
      renderer: await createChartRenderer(),
      onProgress: progress.update,
    });
  } finally {
    progress.clear();
  }
  if (!ctx.settings.quiet) for (const warning of built.warnings) ctx.io.stderr.write(`digiraad: ${ctx.loc.t.cli.warning(warning)}\n`);
  return built;
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
