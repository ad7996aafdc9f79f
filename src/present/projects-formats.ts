import type { ProjectRow, ProjectTable } from '../aggregate/project-table.js';
import type { Period } from '../model/period.js';
import { toCsv, type CsvOptions } from './csv.js';
import type { Locale } from './locale.js';
import { markdownTable } from './markdown.js';
import { wrapText, type Display } from './display.js';
import { tableText, type Align } from './terminal-table.js';
import { visible } from './visible.js';
import type { ColumnUnit, SheetTable } from './xlsx.js';

/** The JSON and CSV columns, in order: the row's own keys, locale-neutral values. */
const COLUMNS: readonly (keyof ProjectRow)[] = [
  'id',
  'name',
  'agency',
  'ministry',
  'meetingDate',
  'treatments',
  'costMnok',
  'benefitMnok',
  'sizeClass',
  'programme',
  'sharedSolution',
];

export function projectsJson(table: ProjectTable): string {
  return `${JSON.stringify(table.rows, null, 2)}\n`;
}

export function projectsCsv(table: ProjectTable, options: CsvOptions = {}): string {
  return toCsv([COLUMNS, ...table.rows.map((row) => COLUMNS.map((column) => row[column]))], options);
}

/** What people read, in a terminal, in Markdown and in a workbook: the columns of the report's table, with their units. */
const HUMAN_COLUMNS: readonly { head: (t: Locale['t']) => string; unit: ColumnUnit; value: (row: ProjectRow, t: Locale['t']) => string | number | null }[] = [
  { head: (t) => t.words.project, unit: 'text', value: (row) => row.name },
  { head: (t) => t.words.agency, unit: 'text', value: (row) => row.agency },
  { head: (t) => t.words.ministry, unit: 'text', value: (row) => row.ministry },
  { head: (t) => t.projects.meetingDate, unit: 'date', value: (row) => row.meetingDate },
  { head: (t) => t.projects.treatmentCount, unit: 'count', value: (row) => row.treatments },
  { head: (t) => t.projects.costColumn, unit: 'mnok', value: (row) => row.costMnok },
  { head: (t) => t.words.size, unit: 'text', value: (row, t) => t.projects.sizeLabel[row.sizeClass] },
];

/** The human columns labelled and formatted for the locale. */
function humanColumns(loc: Locale): { head: string[]; aligns: Align[]; cells: (row: ProjectRow) => string[] } {
  const format = (value: string | number | null, unit: ColumnUnit) =>
    value === null ? '–' : typeof value === 'string' ? (unit === 'date' ? loc.date(value) : value) : loc.number(value);
  return {
    head: HUMAN_COLUMNS.map((c) => c.head(loc.t)),
    aligns: HUMAN_COLUMNS.map((c) => (c.unit === 'count' || c.unit === 'mnok' ? 'right' : 'left')),
    // Register text: shown on terminals and in Markdown, so its control characters are made visible.
    cells: (row) => HUMAN_COLUMNS.map((c) => (c.unit === 'text' ? visible(format(c.value(row, loc.t), c.unit)) : format(c.value(row, loc.t), c.unit))),
  };
}

/** The project table as one workbook sheet: dates as date cells, counts and MNOK as numbers. */
export function projectsSheet(table: ProjectTable, loc: Locale): SheetTable {
  return {
    name: loc.t.projects.sheet,
    columns: HUMAN_COLUMNS.map((c) => ({ header: c.head(loc.t), unit: c.unit })),
    rows: table.rows.map((row) => HUMAN_COLUMNS.map((c) => c.value(row, loc.t))),
  };
}

/**
 * The table for people. In a terminal the name, agency and ministry columns wrap to fit it (or
 * each project becomes a block of lines); piped output keeps one line per project, for grep.
 */
export function projectsTerminal(table: ProjectTable, period: Period, loc: Locale, display: Display): string {
  const { head, aligns, cells } = humanColumns(loc);
  const rows = table.rows.map(cells);
  const out = [wrapText(display.style.bold(loc.t.projects.title(loc.date(period.asOf))), display.width), ''];
  if (rows.length > 0) out.push(tableText({ head, aligns, rows, wraps: [true, true, true, false, false, false, false] }, display));
  out.push(wrapText(shownLine(table, loc), display.width));
  return `${out.join('\n')}\n`;
}

export function projectsMarkdown(table: ProjectTable, period: Period, loc: Locale): string {
  const { head, aligns, cells } = humanColumns(loc);
  return `# ${loc.t.projects.title(loc.date(period.asOf))}\n\n${markdownTable(
    head,
    table.rows.map(cells),
    aligns.map((a) => a === 'right'),
  )}\n\n${shownLine(table, loc)}\n`;
}

const shownLine = (table: ProjectTable, loc: Locale) => loc.t.projects.shown(loc.number(table.rows.length), loc.number(table.total));
