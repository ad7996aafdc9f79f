import type { ProjectRow, ProjectTable } from '../aggregate/projectTable.js';
import type { Period } from '../model/period.js';
import { toCsv, type CsvOptions } from './csv.js';
import type { Locale } from './locale.js';
import { markdownTable } from './markdown.js';
import { wrapText, type Display } from './display.js';
import { tableText, type Align } from './terminal-table.js';
import { visible } from './visible.js';

/** The JSON and CSV columns, in order: the row's own keys, locale-neutral values. */
const COLUMNS: readonly (keyof ProjectRow)[] = ['id', 'name', 'agency', 'ministry', 'meetingDate', 'treatments', 'costMnok', 'benefitMnok', 'sizeClass', 'programme', 'sharedSolution'];

export function projectsJson(table: ProjectTable): string {
  return `${JSON.stringify(table.rows, null, 2)}\n`;
}

export function projectsCsv(table: ProjectTable, options: CsvOptions = {}): string {
  return toCsv([COLUMNS, ...table.rows.map((row) => COLUMNS.map((column) => row[column]))], options);
}

/** What people read: the columns of the report's table, labelled and formatted for the locale. */
function humanColumns(loc: Locale): { head: string[]; aligns: Align[]; cells: (row: ProjectRow) => string[] } {
  const { t } = loc;
  return {
    head: [t.words.project, t.words.agency, t.words.ministry, t.projects.meetingDate, t.projects.treatmentCount, t.projects.costColumn, t.words.size],
    aligns: ['left', 'left', 'left', 'left', 'right', 'right', 'left'],
    // Register text: shown on terminals and in Markdown, so its control characters are made visible.
    cells: (row) => [
      visible(row.name),
      visible(row.agency),
      visible(row.ministry),
      loc.date(row.meetingDate),
      loc.number(row.treatments),
      row.costMnok === null ? '–' : loc.number(row.costMnok),
      t.projects.sizeLabel[row.sizeClass],
    ],
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
  return `# ${loc.t.projects.title(loc.date(period.asOf))}\n\n${markdownTable(head, table.rows.map(cells), aligns.map((a) => a === 'right'))}\n\n${shownLine(table, loc)}\n`;
}

const shownLine = (table: ProjectTable, loc: Locale) => loc.t.projects.shown(loc.number(table.rows.length), loc.number(table.total));
