import type { TopLevelSpec } from 'vega-lite';
import type { ReportWords } from '../i18n/index.js';
import type { Cell } from '../present/csv.js';
import type { Locale } from '../present/locale.js';
import { partialYear, type ChartInput } from './input.js';

/** A data table as the page and report.md show it: formatted cells, the first one of a row heads it. */
export interface DataTable {
  caption: string;
  head: string[];
  /** Right-align column i (numbers). */
  numeric: boolean[];
  rows: string[][];
}

/** What the report says about one chart: its heading, its text alternative, its table and CSV. */
export interface SectionContent {
  title: string;
  /** The text alternative, written from the data. */
  alt: string;
  table: DataTable;
  /** `<name>.csv`: machine column names, unrounded numbers. */
  csv: Cell[][];
}

/**
 * One chart of the report, declared once in its own module: the file stem of its files, the
 * Vega-Lite spec it draws and the section (heading, text alternative, table, CSV) that goes with it.
 */
export interface Chart<Name extends string = string> {
  /** File stem: `<name>.vl.json`, `<name>.svg`, `<name>.png`, `<name>.csv`. */
  name: Name;
  spec: (input: ChartInput, loc: Locale) => TopLevelSpec;
  section: (input: ChartInput, loc: Locale) => SectionContent;
}

export const pct = (loc: Locale, share: number) => loc.percent(share);
export const n = (loc: Locale, value: number) => loc.number(value, 0);

/** A table by year: its caption carries the note on a partial last year, its rows say `2019*`. */
export function yearCaption(title: string, input: ChartInput, m: ReportWords): string {
  const { asOf } = input.figures.period;
  return partialYear(asOf) ? `${title} (${m.partialYearNote(asOf)})` : title;
}

/** The first of the rows with the largest (or smallest) value. */
export function extreme<T>(rows: readonly T[], value: (row: T) => number, pick: 'max' | 'min'): T | undefined {
  let best: T | undefined;
  for (const row of rows) {
    if (best === undefined || (pick === 'max' ? value(row) > value(best) : value(row) < value(best))) best = row;
  }
  return best;
}

/** «X økte fra 8 % i 2016 til 19 % i 2019», with the highest and lowest year when they lie between the two ends. */
export function trendText(subject: string, rows: readonly { year: string; share: number }[], loc: Locale, m: ReportWords): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined) return m.noData;
  if (rows.length === 1) return m.single(subject, pct(loc, first.share), first.year);
  const [a, b] = [pct(loc, first.share), pct(loc, last.share)];
  let text =
    a === b
      ? m.trendFlat(subject, a, first.year, last.year)
      : last.share > first.share
        ? m.trendUp(subject, a, first.year, b, last.year)
        : m.trendDown(subject, a, first.year, b, last.year);
  for (const [pick, phrase] of [
    ['max', m.peak],
    ['min', m.low],
  ] as const) {
    const row = extreme(rows, (r) => r.share, pick)!;
    const shown = pct(loc, row.share);
    if (row !== first && row !== last && shown !== a && shown !== b) text += ` ${phrase(row.year, shown)}`;
  }
  return text;
}
