import { knownColumns, REGISTER_COLUMNS } from '../model/columns.js';
import { OPTIONAL_REGISTERS, REQUIRED_REGISTERS, type RegisterName } from '../model/registers.js';
import { THEMES } from '../model/themes.js';
import { toCsv } from './csv.js';
import { CATALOGUES } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';

/** A file `digiraad init` writes, its path relative to the new data folder. */
export interface TemplateFile {
  path: string;
  content: string;
}

const EXCEL_FOLDER = 'excel';

const REGISTERS: readonly RegisterName[] = [...REQUIRED_REGISTERS, ...OPTIONAL_REGISTERS];

/** tags.csv starts with the two tags the report's figures use; its labels are data, in every language at once. */
const STARTER_TAGS = [
  ['kommunikasjon', 'tydelig ledelse og kommunikasjon', 'tydeleg leiing og kommunikasjon', 'clear leadership and communication', ''],
  ['laer-av-andre', 'lær av andre', 'lær av andre', 'learn from others', 'ta kontakt med en annen virksomhet for å lære av den'],
];

/**
 * Empty registers (the header row only), the same for Norwegian Excel (semicolons and a BOM, so
 * that Excel splits the columns and keeps æøå), and a README for whoever fills them in.
 */
export function registerTemplates(lang: Lang): TemplateFile[] {
  const header = (register: RegisterName) => [knownColumns(register), ...(register === 'tags' ? STARTER_TAGS : [])];
  return [
    ...REGISTERS.map((r) => ({ path: `${r}.csv`, content: toCsv(header(r)) })),
    ...REGISTERS.map((r) => ({ path: `${EXCEL_FOLDER}/${r}.csv`, content: toCsv(header(r), { excel: true }) })),
    { path: 'README.md', content: registerGuide(lang) },
  ];
}

/** The README of a new data folder: files, columns, allowed values, themes. */
function registerGuide(lang: Lang): string {
  const { guide: g, themes: names } = CATALOGUES[lang];
  const columnTable = (register: RegisterName) => {
    const required = new Set(REGISTER_COLUMNS[register].required);
    const rows = knownColumns(register).map((c) => `| \`${c}\` | ${required.has(c) ? g.yes : g.no} | ${g.columns[register][c]} |`);
    return [`| ${g.columnHead.join(' | ')} |`, '|---|---|---|', ...rows].join('\n');
  };
  const themes = [`| ${g.themeHead.join(' | ')} |`, '|---|---|', ...THEMES.map((t) => `| \`${t.id}\` | ${names[t.id] === t.label ? t.label : `${names[t.id]} (${t.label})`} |`)].join('\n');
  return `${[
    g.intro(EXCEL_FOLDER),
    ...REGISTERS.flatMap((r) => [`## \`${r}.csv\` – ${g.registers[r]}`, columnTable(r)]),
    g.values,
    themes,
    g.tags,
  ].join('\n\n')}\n`;
}
