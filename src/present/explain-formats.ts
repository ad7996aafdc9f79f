import { REASONS, type ExplainedRegister, type ExplainedRow, type Explanation, type FigureKind, type FigureValue } from '../model/explain.js';
import { toCsv, type CsvOptions } from './csv.js';
import type { Locale } from './locale.js';
import { wrapText, type Display } from './display.js';
import { tableText } from './terminal-table.js';
import type { ColumnUnit, SheetTable } from './xlsx.js';

/** How a register's file is named in the output, e.g. `projects.csv` or `registre.xlsx [Prosjekter]`. */
export type FileNamer = (register: ExplainedRegister) => string;

/**
 * CONTRACT §5: figure, value, period, and every row considered, in this key order. One row a
 * line: a figure of a million rows stays a file that grep, diff and jq take in their stride.
 */
export function explainJson(explanation: Explanation, fileOf: FileNamer): string {
  const { figure, value, period, rows } = explanation;
  const head = JSON.stringify({ figure, value, period: { since: period.since, asOf: period.asOf } }, null, 2).slice(0, -2);
  const files = fileNames(fileOf);
  const lines = rows.map(
    (r) =>
      `    ${JSON.stringify({ file: files[r.register], line: r.line, id: r.id, project: r.project, included: r.included, ...(r.reason === undefined ? {} : { reason: r.reason }), contributes: r.contributes })}`,
  );
  return `${head},\n  "rows": [${lines.length === 0 ? ']' : `\n${lines.join(',\n')}\n  ]`}\n}\n`;
}

/** Each register's file name, worked out once rather than once a row. */
function fileNames(fileOf: FileNamer): Record<ExplainedRegister, string> {
  return { projects: fileOf('projects'), questions: fileOf('questions'), recommendations: fileOf('recommendations'), conversations: fileOf('conversations') };
}

/** The rows of the JSON, one a line, the reason as its code: the same in every language. */
export function explainCsv(explanation: Explanation, fileOf: FileNamer, options: CsvOptions = {}): string {
  const header = ['file', 'line', 'id', 'project', 'included', 'reason', 'contributes'];
  const files = fileNames(fileOf);
  return toCsv([header, ...explanation.rows.map((r) => [files[r.register], r.line, r.id, r.project, r.included, r.reason ?? '', r.contributes])], options);
}

/** The unit of a figure of each kind, and so of what each of its rows adds: the number formats of the other workbooks. */
const UNITS: Record<FigureKind, ColumnUnit> = { count: 'count', distinct: 'count', list: 'count', sum: 'mnok', min: 'mnok', max: 'mnok', share: 'share1' };

/**
 * For a spreadsheet: a sheet with the figure (path, value, what it counts, period), and a sheet
 * with the rows of the JSON, in the chosen language: line numbers, what a row adds and the value
 * as numbers, counted as a boolean, the period as dates.
 */
export function explainSheets(explanation: Explanation, fileOf: FileNamer, loc: Locale): SheetTable[] {
  const { t } = loc;
  const w = t.explain.workbook;
  const { figure, kind, value, period, rows } = explanation;
  const unit = UNITS[kind];
  // The excluded projects are a list: their names, as the table shows them.
  const shownValue = Array.isArray(value) ? value.map((p) => p.name).join('; ') : value;
  const files = fileNames(fileOf);
  return [
    {
      name: w.figureSheet,
      columns: [
        { header: t.words.figure, unit: 'text' },
        { header: t.words.value, unit: Array.isArray(value) ? 'text' : unit },
        { header: w.counts, unit: 'text' },
        { header: w.since, unit: 'date' },
        { header: w.asOf, unit: 'date' },
      ],
      rows: [[figure, shownValue, howItCounts(explanation, loc).join(' '), period.since, period.asOf]],
    },
    {
      name: w.rowsSheet,
      columns: [
        { header: w.file, unit: 'text' },
        { header: t.explain.row, unit: 'line' },
        { header: t.explain.id, unit: 'text' },
        { header: t.explain.project, unit: 'text' },
        { header: w.included, unit: 'text' },
        { header: w.reason, unit: 'text' },
        { header: t.explain.contributes, unit },
      ],
      rows: rows.map((r) => [
        files[r.register],
        r.line,
        r.id,
        r.project,
        r.included,
        r.reason === undefined ? null : t.explain.reason[r.reason],
        r.contributes,
      ]),
    },
  ];
}

/** How the counted rows make the figure; for a share, also how many rows it is a share of. */
function howItCounts(explanation: Explanation, loc: Locale): string[] {
  const t = loc.t.explain;
  const counted = explanation.rows.filter((r) => r.included).length;
  return [t.how[explanation.kind], ...(explanation.of === undefined ? [] : [t.share(loc.number(counted), loc.number(explanation.of))])];
}

export interface ExplainTableOptions {
  /** The data folder as the user names it. */
  dataDir: string;
  /** List every row of every group; otherwise a long group shows its first rows. */
  all?: boolean;
}

/**
 * Rows a group shows without --all: every counted row of any figure of the shipped registers,
 * and a glimpse of each reason's rows, which are there to be found rather than read.
 */
const SHOWN = { counted: 1000, notCounted: 10 };

/** For people: the figure, its period and how it is made, then the counted rows, then one group per reason. */
export function explainTable(explanation: Explanation, fileOf: FileNamer, loc: Locale, display: Display, options: ExplainTableOptions): string {
  const { style } = display;
  const t = loc.t.explain;
  const { kind, period, rows } = explanation;
  const rowCount = (n: number) => t.rowCount(n, loc.number(n));
  const heading = (text: string) => style.bold.cyan(text);
  const included = rows.filter((r) => r.included);
  const fit = (text: string) => wrapText(text, display.width);
  const out = [
    fit(style.bold(t.title(explanation.figure))),
    fit(loc.t.words.periodLine(loc.date(period.since), loc.date(period.asOf))),
    fit(t.registers(options.dataDir)),
    '',
    fit(t.value(style.bold(formatValue(explanation, loc)))),
    ...howItCounts(explanation, loc).map(fit),
  ];

  const contributes = (r: ExplainedRow) => (kind === 'share' ? loc.percent(r.contributes, 2) : loc.number(r.contributes, 6));
  const files = fileNames(fileOf);
  const table = (group: ExplainedRow[], limit: number, withContributes: boolean) => {
    const shown = options.all ? group : group.slice(0, limit);
    const head = [t.row, t.id, t.project, ...(withContributes ? [t.contributes] : [])];
    const cells = shown.map((r) => [`${files[r.register]}:${r.line}`, r.id, r.project, ...(withContributes ? [contributes(r)] : [])]);
    // Ids are the free text here: the file and line, and what a row adds, stay on one line.
    const grid = tableText({ head, aligns: head.map((_, i) => (i === 3 ? 'right' : 'left')), rows: cells, wraps: [false, true, true, false] }, display);
    const hidden = group.length - shown.length;
    return hidden > 0 ? [grid, fit(t.more(hidden, loc.number(hidden)))] : [grid];
  };

  out.push('', fit(heading(t.counted(rowCount(included.length)))));
  if (included.length > 0) out.push(...table(included, SHOWN.counted, true));
  const byReason = new Map<string, ExplainedRow[]>();
  for (const r of rows) {
    if (r.reason === undefined) continue;
    const group = byReason.get(r.reason);
    if (group) group.push(r);
    else byReason.set(r.reason, [r]);
  }
  for (const reason of REASONS) {
    const group = byReason.get(reason);
    if (group) out.push('', fit(heading(t.notCounted(t.reason[reason], rowCount(group.length)))), ...table(group, SHOWN.notCounted, false));
  }
  return `${out.join('\n')}\n`;
}

/** The value as stats shows it: money in MNOK, shares in per cent, the excluded projects by name. */
function formatValue(explanation: Explanation, loc: Locale): string {
  const value: FigureValue = explanation.value;
  if (value === null) return loc.t.words.none;
  if (Array.isArray(value)) return value.length === 0 ? loc.t.words.none : value.map((p) => p.name).join('; ');
  if (explanation.kind === 'share') return loc.percent(value, 1);
  if (explanation.kind === 'sum' || explanation.kind === 'min' || explanation.kind === 'max') return loc.mnok(value);
  return loc.number(value);
}
