import { isAbsolute, relative, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { resolvePeriod, isIsoDate } from '../aggregate/period.js';
import { usageError, DigiraadError, EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { loadConfigFile } from '../load/config.js';
import type { EncodingChoice } from '../load/encoding.js';
import { readRegisters } from '../load/registers.js';
import type { Period } from '../model/period.js';
import type { Registers } from '../model/registers.js';
import { locale, type Locale } from '../present/locale.js';
import { problemsText, summarise } from '../present/problems.js';
import { makeStyle } from '../present/style.js';
import type { Settings, Sources } from '../model/settings.js';
import { resolveSettings } from '../settings.js';
import { hasErrors, RegistersValidator, type Validated } from '../validate/index.js';

/** The options every command takes (CONTRACT §3), as commander hands them over. */
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
}

export interface Context {
  io: Io;
  settings: Settings;
  sources: Sources;
  /** The data folder: where it is, and how to name it to the user (relative when inside the working folder). */
  dataPath: string;
  dataDir: string;
  loc: Locale;
  /** Styles for stdout and stderr: each stream gets colour only when it is a terminal. */
  out: ChalkInstance;
  err: ChalkInstance;
}

export async function makeContext(io: Io, options: CommonOptions, shippedData: string): Promise<Context> {
  const { settings, sources } = await resolveSettings(await loadConfigFile(io.cwd), io.env, {
    data: options.data,
    out: options.out,
    lang: options.lang,
    costBandEdges: options.costBands,
    mainThemes: options.mainThemes,
    highlightTag: options.highlightTag,
  });
  const dataPath = settings.data === null ? shippedData : resolve(io.cwd, settings.data);
  return { io, settings, sources, dataPath, dataDir: displayPath(io.cwd, dataPath), loc: locale(settings.lang), out: makeStyle(io.stdout, io.env), err: makeStyle(io.stderr, io.env) };
}

export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const ENCODINGS: readonly EncodingChoice[] = ['auto', 'utf-8', 'windows-1252'];

function encodingOption(value: string | undefined): EncodingChoice {
  const choice = (value ?? 'auto').toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^(cp1252|latin1)$/, 'windows-1252') as EncodingChoice;
  if (!ENCODINGS.includes(choice)) throw usageError((t) => t.errors.encoding(String(value), ENCODINGS.join(', ')));
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
export async function loadValidRegisters(ctx: Context, options: CommonOptions): Promise<Registers> {
  const { registers, problems } = await validateData(ctx, options);
  if (problems.length > 0) ctx.io.stderr.write(problemsText(summarise(problems, maxErrorsOption(options.maxErrors)), ctx.err, ctx.settings.lang));
  if (hasErrors(problems)) throw new DigiraadError((t) => t.registers.invalid, EXIT.invalid);
  return registers;
}

/** Reads and validates the data folder; says on stderr which registers were not UTF-8. */
export async function validateData(ctx: Context, options: CommonOptions): Promise<Validated> {
  const validator = new RegistersValidator();
  const encodings = await readRegisters(ctx.dataPath, validator, { encoding: encodingOption(options.encoding), displayDir: ctx.dataDir });
  for (const { file, encoding } of encodings) {
    if (encoding !== 'utf-8') ctx.io.stderr.write(`${ctx.loc.t.registers.readAs(file, encoding)}\n`);
  }
  return validator.finish();
}

export function periodOption(registers: Registers, options: Pick<CommonOptions, 'asOf' | 'since' | 'report'>): Period {
  for (const [flag, value] of [['--as-of', options.asOf], ['--since', options.since]] as const) {
    if (value !== undefined && !isIsoDate(value)) throw usageError((t) => t.errors.date(flag, value));
  }
  let report: number | undefined;
  if (options.report !== undefined) {
    const year = options.report;
    if (!/^\d{4}$/.test(year)) throw usageError((t) => t.errors.reportYear(year));
    report = Number(options.report);
  }
  return resolvePeriod(registers, { asOf: options.asOf, since: options.since, report });
}
