import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { checkIsoDate, PeriodError, resolvePeriod, type PeriodProblem } from '../aggregate/period.js';
import { usageError, DigiraadError, EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { readConfigFile } from '../load/config.js';
import type { EncodingChoice } from '../model/encoding.js';
import { holdsRegisters, readRegisters, type ReadFile } from '../load/registers.js';
import type { CsvReader } from '../load/stream.js';
import type { Period } from '../model/period.js';
import type { Registers } from '../model/registers.js';
import { locale, type Locale } from '../present/locale.js';
import { ProblemWriter, type ProblemFormat } from '../present/problems.js';
import { ENCODINGS } from '../present/choices.js';
import type { Display } from '../present/display.js';
import { makeDisplay, makeStyle } from '../present/style.js';
import { SETTING_KEYS, SETTINGS, type Settings, type Sources } from '../model/settings.js';
import { resolveSettings } from './settings.js';
import { recommendationsTail } from './tail-worker.js';
import { RegistersValidator, type ValidateOptions } from '../validate/index.js';
import type { ProblemSink } from '../model/problem.js';

/** The options every command takes (docs/contract.md §3), as commander hands them over. */
export interface CommonOptions {
  data?: string;
  asOf?: string;
  since?: string;
  report?: string;
  lang?: string;
  encoding?: string;
  costBands?: string;
  mainThemes?: string;
  highlightTag?: string;
  out?: string;
  maxErrors?: string;
  /** The full table however wide, instead of fitting it to the terminal. */
  wide?: boolean;
  /** No warnings, only errors. */
  quiet?: boolean;
  /** Of the commands that print tables: checked together here. */
  format?: string;
  excel?: boolean;
}

export interface Context {
  io: Io;
  settings: Settings;
  sources: Sources;
  /** The data folder: where it is, and how to name it to the user (relative when inside the working folder). */
  dataPath: string;
  dataDir: string;
  dataRule: DataRule;
  /** The digiraad.config.json in effect, or null. */
  configFile: string | null;
  loc: Locale;
  /** Styles for stdout and stderr: each stream gets colour only when it is a terminal. */
  out: ChalkInstance;
  err: ChalkInstance;
  /** How stdout and stderr lay out text for people: within the terminal's width, with or without colour. */
  display: Display;
  errDisplay: Display;
}

/**
 * Which rule chose the data folder: the `data` setting (flag, environment, config file), else the
 * working folder when it holds registers, else the registers shipped with digiraad.
 */
export type DataRule = 'flag' | 'environment' | 'file' | 'cwd' | 'shipped';

export async function makeContext(io: Io, options: CommonOptions, shippedData: string): Promise<Context> {
  const configFile = await readConfigFile(io.cwd);
  // Commander names each setting's flag by its `option`; a switch (--quiet) is given as the text `true`.
  const flags = Object.fromEntries(
    SETTING_KEYS.map((key) => {
      const given = (options as Record<string, unknown>)[SETTINGS[key].option];
      return [key, given === true ? 'true' : typeof given === 'string' ? given : undefined];
    }),
  );
  const { settings, sources } = resolveSettings(configFile?.settings ?? {}, io.env, flags);
  const source = sources.data;
  const dataRule: DataRule = source.kind !== 'default' ? source.kind : holdsRegisters(io.cwd) ? 'cwd' : 'shipped';
  // A config file's data is relative to the file's folder, so that it holds wherever it is found from.
  const dataPath =
    settings.data !== null
      ? resolve(source.kind === 'file' && configFile ? dirname(configFile.path) : io.cwd, settings.data)
      : dataRule === 'cwd'
        ? io.cwd
        : shippedData;
  // Checked before anything is read, in every command that takes them.
  maxErrorsOption(options.maxErrors);
  const { format = 'table' } = options;
  if (options.excel && format !== 'csv') throw usageError((t) => t.errors.excelWithoutCsv(format));
  const [out, err] = [makeStyle(io.stdout, io.env), makeStyle(io.stderr, io.env)];
  const wide = options.wide === true;
  const [display, errDisplay] = await Promise.all([makeDisplay(io.stdout, out, wide), makeDisplay(io.stderr, err, wide)]);
  return {
    io,
    settings,
    sources,
    dataPath,
    dataDir: displayPath(io.cwd, dataPath),
    dataRule,
    configFile: configFile?.path ?? null,
    loc: locale(settings.lang),
    out,
    err,
    display,
    errDisplay,
  };
}

export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function encodingOption(value: string | undefined): EncodingChoice {
  const choice = (value ?? 'auto')
    .toLowerCase()
    .replace(/^utf8$/, 'utf-8')
    .replace(/^(cp1252|latin1)$/, 'windows-1252') as EncodingChoice;
  if (!(ENCODINGS as readonly string[]).includes(choice)) throw usageError((t) => t.errors.encoding(String(value), ENCODINGS.join(', ')));
  return choice;
}

export function maxErrorsOption(value: string | undefined): number {
  if (value === undefined) return Infinity;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw usageError((t) => t.errors.maxErrors(value));
  return Number(value);
}

/**
 * Loads and validates the registers. Warnings go to stderr; errors go to stderr too and stop the
 * command with exit code 1 before anything is written.
 */
export async function loadValidRegisters(ctx: Context, options: CommonOptions, validation: ValidateOptions = {}): Promise<Registers> {
  return (await loadValid(ctx, options, validation, false)).registers;
}

/** The valid registers and the digests of the files they were read from (for a report's manifest). */
export interface ValidInputs {
  registers: Registers;
  inputs: Required<ReadFile['digest']>[];
}

export async function loadValidInputs(ctx: Context, options: CommonOptions, validation: ValidateOptions = {}): Promise<ValidInputs> {
  const { registers, inputs } = await loadValid(ctx, options, validation, true);
  // Read with digests: every file has its SHA-256.
  return { registers, inputs: inputs as ValidInputs['inputs'] };
}

async function loadValid(ctx: Context, options: CommonOptions, validation: ValidateOptions, digests: boolean) {
  const problems = problemWriter(ctx, options, 'text', ctx.io.stderr, ctx.errDisplay);
  const read = await validateData(ctx, options, problems, validation, digests);
  if (problems.errors > 0) throw new DigiraadError((t) => t.registers.invalid, EXIT.invalid);
  return read;
}

/** Writes the problems of the registers to `stream` as they are found, in the format, language and limits the options ask for. */
export function problemWriter(ctx: Context, options: CommonOptions, format: ProblemFormat, stream: Context['io']['stdout'], display: Display): ProblemWriter {
  return new ProblemWriter((text) => stream.write(text), {
    format,
    display,
    lang: ctx.settings.lang,
    maxErrors: maxErrorsOption(options.maxErrors),
    quiet: ctx.settings.quiet,
  });
}

/** What takes the problems as validation finds them, and closes its list (a summary, the end of a document) when the registers are read. */
export type ProblemStream = ProblemSink & { finish(): void };

/**
 * Reads and validates the data folder, each problem to `problems` as it is found; says on stderr
 * when these are the shipped example registers (every time: figures of the wrong registers must
 * not pass unnoticed), and which registers were not UTF-8.
 */
export async function validateData(
  ctx: Context,
  options: CommonOptions,
  problems: ProblemStream,
  validation: Omit<ValidateOptions, 'problems'> = {},
  digests = false,
): Promise<{ registers: Registers; inputs: ReadFile['digest'][] }> {
  if (ctx.dataRule === 'shipped') ctx.io.stderr.write(`${ctx.loc.t.registers.usingShippedData(ctx.dataDir)}\n`);
  const validator = new RegistersValidator({ maxHints: maxErrorsOption(options.maxErrors), ...validation, problems });
  const encoding = encodingOption(options.encoding);
  const tail = await recommendationsTail(
    ctx.dataPath,
    join(ctx.dataDir, 'recommendations.csv'),
    { env: ctx.io.env, digests, keepRowIds: validation.keepRowIds ?? false, encoding },
    () => validator.tailInput(),
  );
  let files: ReadFile[];
  try {
    files = await readRegisters(ctx.dataPath, validator, {
      encoding,
      displayDir: ctx.dataDir,
      csvReader: csvReaderOption(ctx.io.env.DIGIRAAD_CSV),
      digests,
      tail,
    });
  } finally {
    tail?.close();
  }
  const { registers } = validator.finish();
  problems.finish();
  for (const { file, encoding } of files) {
    if (encoding !== null && encoding !== 'utf-8') ctx.io.stderr.write(`${ctx.loc.t.registers.readAs(file, encoding)}\n`);
  }
  return { registers, inputs: files.map((f) => f.digest) };
}

/** DIGIRAAD_CSV=plain or scan (or split: scan, with a worker for the tail): one CSV reader for every file (for the differential test), else each by its size. */
function csvReaderOption(value: string | undefined): CsvReader | undefined {
  return value === 'plain' || value === 'scan' ? value : value === 'split' ? 'scan' : undefined;
}

/**
 * The period the options ask for. Registers without a single date (headers only) count up to
 * today, or the day of SOURCE_DATE_EPOCH when it is set, so that their figures, all 0, still come out.
 */
export function periodOption(registers: Registers, options: Pick<CommonOptions, 'asOf' | 'since' | 'report'>, env: NodeJS.ProcessEnv = process.env): Period {
  for (const [flag, value] of [
    ['--as-of', options.asOf],
    ['--since', options.since],
  ] as const) {
    const date = value === undefined ? 'valid' : checkIsoDate(value);
    if (date !== 'valid') throw usageError((t) => (date === 'format' ? t.errors.date(flag, value!) : t.errors.noSuchDate(flag, value!)));
  }
  let report: number | undefined;
  if (options.report !== undefined) {
    const year = options.report;
    if (!/^\d{4}$/.test(year)) throw usageError((t) => t.errors.reportYear(year));
    report = Number(options.report);
  }
  try {
    return resolvePeriod(registers, { asOf: options.asOf, since: options.since, report, today: today(env) });
  } catch (error) {
    throw error instanceof PeriodError ? periodError(error.problem) : error;
  }
}

/** Why there is no period, in the words of the command line (aggregate/ knows no flags). */
function periodError(problem: PeriodProblem): DigiraadError {
  switch (problem.kind) {
    case 'report-and-dates':
      return usageError((t) => t.errors.reportAndAsOf);
    case 'unknown-report':
      return usageError((t) => t.errors.noReport(String(problem.report), problem.known.length > 0 ? problem.known.join(', ') : null));
    case 'since-not-before':
      return usageError((t) => t.errors.sinceNotBefore(problem.since, problem.asOf));
    case 'nothing-to-count':
      return new DigiraadError((t) => t.errors.nothingToCount, EXIT.invalid);
  }
}

function today(env: NodeJS.ProcessEnv): string {
  return (sourceDateEpoch(env.SOURCE_DATE_EPOCH) ?? new Date().toISOString()).slice(0, 10);
}

/** reproducible-builds.org: SOURCE_DATE_EPOCH, seconds since 1970, is the only time a report may carry. */
export function sourceDateEpoch(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!/^\d+$/.test(value)) throw usageError((t) => t.errors.sourceDateEpoch(JSON.stringify(value)));
  const date = new Date(Number(value) * 1000);
  if (Number.isNaN(date.getTime())) throw usageError((t) => t.errors.sourceDateEpochRange(value));
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** A workbook's created and modified time: SOURCE_DATE_EPOCH, else the as-of date; never the clock. */
export function workbookTime(ctx: Context, asOf: string): Date {
  return new Date(sourceDateEpoch(ctx.io.env.SOURCE_DATE_EPOCH) ?? `${asOf}T00:00:00Z`);
}

/** Fails fast, before any work, when a workbook would go to a terminal. */
export function checkWorkbookTarget(ctx: Context, format: string | undefined, output: string | undefined): void {
  if (format === 'xlsx' && output === undefined && ctx.io.stdout.isTTY) throw usageError((t) => t.xlsx.toTerminal);
}

/** Writes a workbook to --output FILE (atomically: a failure leaves no half file), or to stdout. */
export async function writeWorkbookOutput(ctx: Context, bytes: Uint8Array, output: string | undefined): Promise<void> {
  if (output === undefined) ctx.io.stdout.write(bytes);
  else {
    // Lazily: the writer brings node:fs/promises, which no command that only prints needs.
    const { writeFileAtomically } = await import('../report/writer.js');
    await writeFileAtomically(resolve(ctx.io.cwd, output), output, bytes);
  }
}
