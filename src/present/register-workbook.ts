import { CATALOGUES } from '../i18n/index.js';
import { columnLetter, knownColumns, REGISTER_COLUMNS } from '../model/columns.js';
import type { Lang } from '../model/lang.js';
import { OPTIONAL_REGISTERS, REGISTER_SHEETS, REQUIRED_REGISTERS, type RegisterName } from '../model/registers.js';
import { THEMES } from '../model/themes.js';
import { guideRows, STARTER_TAGS } from './register-templates.js';
import { DATE_FORMATS, newWorkbook, workbookBytes } from './xlsx.js';

/** Rows that get the drop-down lists and formats: far more than a year of the council's work. */
const ROWS = 2000;

type ColumnKind = 'id' | 'date' | 'money' | 'year' | 'boolean' | 'theme' | 'tags' | 'text';

const KIND: Record<string, ColumnKind> = {
  id: 'id',
  project_id: 'id',
  revisit_of: 'id',
  meeting_date: 'date',
  date: 'date',
  cutoff: 'date',
  cost_mnok: 'money',
  benefit_mnok: 'money',
  year: 'year',
  programme: 'boolean',
  shared_solution: 'boolean',
  exclude_from_totals: 'boolean',
  theme: 'theme',
  tags: 'tags',
};

const WIDTH: Record<ColumnKind, number> = { id: 16, date: 13, money: 14, year: 8, boolean: 10, theme: 26, tags: 28, text: 40 };

interface DataValidation {
  type: 'list';
  formulae: string[];
  allowBlank: boolean;
  showErrorMessage: boolean;
  errorStyle?: 'stop' | 'warning' | 'information';
  error?: string;
  showInputMessage?: boolean;
  prompt?: string;
}

/**
 * The `registre.xlsx` that `digiraad init` writes: the guide, then one sheet per register with
 * frozen bold headers, drop-down lists for themes, yes/no and tags, and date and number formats,
 * so that what a person types in Excel or LibreOffice is what `validate` accepts.
 */
export async function registerWorkbook(lang: Lang, time: Date): Promise<Uint8Array> {
  const { guide: g, themes } = CATALOGUES[lang];
  const workbook = await newWorkbook(time);
  const guide = workbook.addWorksheet(g.workbook.guideSheet);
  for (const row of guideRows(lang)) guide.addRow(row);
  guide.getColumn(1).width = 40;
  guide.getColumn(2).width = 10;
  guide.getColumn(3).width = 80;
  guide.getRow(1).font = { bold: true, size: 14 };

  // The lists live on a hidden sheet: a list written into the rule itself would split
  // «Behov, mål og løsning» at its comma.
  const lists = workbook.addWorksheet(g.workbook.listsSheet, { state: 'hidden' });
  const listColumns = { theme: THEMES.map((t) => themes[t.id]), boolean: [g.yes, g.no], tags: STARTER_TAGS.map(([id]) => id) };
  for (const [i, values] of Object.values(listColumns).entries()) for (const [row, value] of values.entries()) lists.getCell(row + 1, i + 1).value = value;
  const listRange = (kind: keyof typeof listColumns) => {
    const column = columnLetter(Object.keys(listColumns).indexOf(kind));
    return `'${g.workbook.listsSheet}'!$${column}$1:$${column}$${listColumns[kind].length}`;
  };
  const validation: Partial<Record<ColumnKind, DataValidation>> = {
    theme: { type: 'list', formulae: [listRange('theme')], allowBlank: false, showErrorMessage: true, errorStyle: 'stop', error: g.workbook.themeError },
    boolean: { type: 'list', formulae: [listRange('boolean')], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: g.workbook.booleanError },
    // Several tags go in one cell, separated by |: a tag list is a suggestion, not a rule.
    tags: { type: 'list', formulae: [listRange('tags')], allowBlank: true, showErrorMessage: false, showInputMessage: true, prompt: g.workbook.tagsPrompt },
  };
  const format: Partial<Record<ColumnKind, string>> = { id: '@', date: DATE_FORMATS[lang], money: '#,##0.0##', year: '0' };

  for (const register of [...REQUIRED_REGISTERS, ...OPTIONAL_REGISTERS] as RegisterName[]) {
    const sheet = workbook.addWorksheet(REGISTER_SHEETS[register][lang === 'en' ? 'en' : 'nb'], { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = knownColumns(register);
    const required = new Set(REGISTER_COLUMNS[register].required);
    sheet.columns = columns.map((column) => {
      const kind = KIND[column] ?? 'text';
      return { header: column, width: WIDTH[kind], ...(format[kind] ? { style: { numFmt: format[kind] } } : {}) };
    });
    sheet.getRow(1).font = { bold: true };
    if (register === 'tags') sheet.addRows(STARTER_TAGS);
    columns.forEach((column, i) => {
      const letter = columnLetter(i);
      sheet.getCell(`${letter}1`).note = g.columns[register][column]!.replace(/`/g, '') + (required.has(column) ? ` (${g.workbook.required})` : '');
      const rule = validation[KIND[column] ?? 'text'];
      if (rule)
        (sheet as unknown as { dataValidations: { add(range: string, rule: DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${ROWS}`, rule);
    });
  }
  return workbookBytes(workbook, time);
}
