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
const WORKBOOK = 'registre.xlsx';

const REGISTERS: readonly RegisterName[] = [...REQUIRED_REGISTERS, ...OPTIONAL_REGISTERS];

/** tags.csv starts with the two tags the report's figures use; its labels are data, in every language at once. */
export const STARTER_TAGS = [
  ['kommunikasjon', 'tydelig ledelse og kommunikasjon', 'tydeleg leiing og kommunikasjon', 'clear leadership and communication', ''],
  ['laer-av-andre', 'lær av andre', 'lær av andre', 'learn from others', 'ta kontakt med en annen virksomhet for å lære av den'],
];

/**
 * Empty registers (the header row only), the path of the same registers as a workbook (made by
 * register-workbook.ts), and a README for whoever fills them in.
 */
export function registerTemplates(lang: Lang): TemplateFile[] {
  const header = (register: RegisterName) => [knownColumns(register), ...(register === 'tags' ? STARTER_TAGS : [])];
  return [...REGISTERS.map((r) => ({ path: `${r}.csv`, content: toCsv(header(r)) })), { path: 'README.md', content: registerGuide(lang) }];
}

/** Where `digiraad init` puts the workbook: a folder of its own, since a register may be kept in one place only. */
export const WORKBOOK_PATH = `${EXCEL_FOLDER}/${WORKBOOK}`;

/** A piece of the guide: text (Markdown), or a table whose first row is its head. */
type GuideBlock = { text: string } | { table: string[][] };

/**
 * What the guide says: files, columns, allowed values, themes. One text, written two ways: the
 * README of the folder, and the `Veiledning` sheet of the workbook.
 */
function guideBlocks(lang: Lang): GuideBlock[] {
  const { guide: g, themes: names } = CATALOGUES[lang];
  const columnTable = (register: RegisterName) => {
    const required = new Set(REGISTER_COLUMNS[register].required);
    return { table: [g.columnHead, ...knownColumns(register).map((c) => [`\`${c}\``, required.has(c) ? g.yes : g.no, g.columns[register][c]!])] };
  };
  const themes = { table: [g.themeHead, ...THEMES.map((t) => [`\`${t.id}\``, names[t.id] === t.label ? t.label : `${names[t.id]} (${t.label})`])] };
  return [
    { text: g.intro(EXCEL_FOLDER, WORKBOOK) },
    ...REGISTERS.flatMap((r) => [{ text: `## \`${r}.csv\` – ${g.registers[r]}` }, columnTable(r)]),
    { text: g.values },
    themes,
    { text: g.tags },
  ];
}

/** The README of a new data folder. */
function registerGuide(lang: Lang): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const markdown = (block: GuideBlock) =>
    'text' in block ? block.text : [row(block.table[0]!), `|${block.table[0]!.map(() => '---').join('|')}|`, ...block.table.slice(1).map(row)].join('\n');
  return `${guideBlocks(lang).map(markdown).join('\n\n')}\n`;
}

/** The same guide as rows of a sheet: one line of text, or one table row, per row; Markdown marks left out. */
export function guideRows(lang: Lang): string[][] {
  const plain = (text: string) => text.replace(/^#+ /, '').replace(/\*\*|`/g, '');
  return guideBlocks(lang).flatMap((block) =>
    ['text' in block ? block.text.split('\n').map((line) => [plain(line)]) : block.table.map((row) => row.map(plain)), [[]]].flat(),
  );
}
