import { knownColumns, REGISTER_COLUMNS } from '../model/columns.js';
import { OPTIONAL_REGISTERS, REQUIRED_REGISTERS, type RegisterName } from '../model/registers.js';
import { THEMES } from '../model/themes.js';
import { toCsv } from './csv.js';
import type { Lang } from './locale.js';

/** A file `digiraad init` writes, its path relative to the new data folder. */
export interface TemplateFile {
  path: string;
  content: string;
}

const EXCEL_FOLDER = 'excel';

const REGISTERS: readonly RegisterName[] = [...REQUIRED_REGISTERS, ...OPTIONAL_REGISTERS];

/**
 * Empty registers (the header row only), the same for Norwegian Excel (semicolons and a BOM, so
 * that Excel splits the columns and keeps æøå), and a README for whoever fills them in.
 */
export function registerTemplates(lang: Lang): TemplateFile[] {
  const header = (register: RegisterName) => [knownColumns(register)];
  return [
    ...REGISTERS.map((r) => ({ path: `${r}.csv`, content: toCsv(header(r)) })),
    ...REGISTERS.map((r) => ({ path: `${EXCEL_FOLDER}/${r}.csv`, content: toCsv(header(r), { excel: true }) })),
    { path: 'README.md', content: registerGuide(lang) },
  ];
}

/** The README of a new data folder: files, columns, allowed values, themes. */
function registerGuide(lang: Lang): string {
  const g = GUIDE[lang];
  const columnTable = (register: RegisterName) => {
    const required = new Set(REGISTER_COLUMNS[register].required);
    const rows = knownColumns(register).map((c) => `| \`${c}\` | ${required.has(c) ? g.yes : g.no} | ${g.columns[register][c]} |`);
    return [`| ${g.columnHead.join(' | ')} |`, '|---|---|---|', ...rows].join('\n');
  };
  const themes = [`| ${g.themeHead.join(' | ')} |`, '|---|---|', ...THEMES.map((t) => `| \`${t.id}\` | ${lang === 'nb' ? t.label : `${t.labelEn} (${t.label})`} |`)].join('\n');
  return `${[
    g.intro,
    ...REGISTERS.flatMap((r) => [`## \`${r}.csv\` – ${g.registers[r]}`, columnTable(r)]),
    g.values,
    themes,
    g.tags,
  ].join('\n\n')}\n`;
}

interface Guide {
  intro: string;
  registers: Record<RegisterName, string>;
  columnHead: string[];
  themeHead: string[];
  yes: string;
  no: string;
  /** Every column of every register (a test checks that none is left out). */
  columns: Record<RegisterName, Record<string, string>>;
  values: string;
  tags: string;
}

const nb: Guide = {
  intro: `# Registrene

\`digiraad\` regner ut tallene i Digitaliseringsrådets erfaringsrapport fra CSV-filene i denne mappen.
Hver fil har én rad per sak. Den første linjen er kolonnenavnene: la den stå.

- \`projects.csv\`, \`questions.csv\` og \`recommendations.csv\` må være med. \`conversations.csv\` og
  \`reports.csv\` kan stå uten rader.
- Mappen \`${EXCEL_FOLDER}/\` har de samme filene lagret for norsk Excel (semikolon, UTF-8 med BOM).
  Fyll inn enten dem eller filene her, ikke begge, og gi \`--data\` den mappen du fylte inn.
- Sjekk registrene med \`digiraad validate --data <mappe>\`: den viser fil, linje og kolonne for hver feil.
- Se tallene med \`digiraad stats --data <mappe>\`.`,
  registers: {
    projects: 'én rad per rådsbehandling',
    questions: 'spørsmålene virksomheten sendte inn før møtet',
    recommendations: 'rådets anbefalinger',
    conversations: 'erfaringssamtalene (kan stå tom)',
    reports: 'årsrapportene (kan stå tom)',
  },
  columnHead: ['kolonne', 'påkrevd', 'innhold'],
  themeHead: ['id', 'tema'],
  yes: 'ja',
  no: 'nei',
  columns: {
    projects: {
      id: 'en id som ingen annen behandling har, f.eks. `2019-akson`',
      name: 'prosjektets eller programmets navn',
      agency: 'virksomheten; flere virksomheter skilles med `/`',
      ministry: 'departementet',
      meeting_date: 'datoen for rådsmøtet',
      cost_mnok: 'kostnadsanslaget i millioner kroner; tom = ikke oppgitt',
      benefit_mnok: 'gevinstanslaget i millioner kroner; tom = ikke oppgitt',
      programme: 'organisert som et program (ja/nei)',
      shared_solution: 'lager løsninger for andre virksomheter (ja/nei)',
      exclude_from_totals: 'holdes utenfor de samlede anslagene fordi det skiller seg ut (ja/nei)',
      revisit_of: 'bare når rådet behandler et prosjekt på nytt: id-en til den første behandlingen',
    },
    questions: { id: 'en id som ingen annen rad har, f.eks. `q001`', project_id: 'id-en til behandlingen i `projects.csv`', theme: 'temaet (se listen under)', text: 'spørsmålet' },
    recommendations: { id: 'en id som ingen annen rad har, f.eks. `r001`', project_id: 'id-en til behandlingen i `projects.csv`', theme: 'temaet (se listen under)', tags: 'stikkord (se under)', text: 'anbefalingen' },
    conversations: { id: 'en id som ingen annen rad har, f.eks. `c01`', project_id: 'id-en til behandlingen samtalen følger opp', date: 'datoen for samtalen' },
    reports: { year: 'rapportåret, f.eks. `2019`', cutoff: 'den siste dagen rapporten dekker' },
  },
  values: `## Verdier

- **Datoer**: \`ÅÅÅÅ-MM-DD\`, f.eks. \`2019-10-31\`.
- **Beløp** i millioner kroner: \`1234,5\`, \`1234.5\` eller \`1 234,5\`. Tom celle = ikke oppgitt.
- **Ja/nei**: \`ja\`/\`nei\`, \`yes\`/\`no\`, \`true\`/\`false\`, \`1\`/\`0\` eller \`x\`/tom. Tom celle = nei.
- **Temaer**: ett av de seks under, skrevet som id eller som navn (store og små bokstaver og æøå spiller ingen rolle).`,
  tags: `**Stikkord** (\`tags\`) skilles med \`|\`, f.eks. \`kommunikasjon|laer-av-andre\`. Rapporten teller
\`kommunikasjon\` (tydelig ledelse og kommunikasjon) og \`laer-av-andre\` (ta kontakt med en annen
virksomhet for å lære av den).`,
};

const en: Guide = {
  intro: `# The registers

\`digiraad\` computes the figures of Digitaliseringsrådet's experience report from the CSV files in this
folder. Each file has one row per item. The first line holds the column names: leave it as it is.

- \`projects.csv\`, \`questions.csv\` and \`recommendations.csv\` are required. \`conversations.csv\` and
  \`reports.csv\` may stay without rows.
- The folder \`${EXCEL_FOLDER}/\` holds the same files saved for Norwegian Excel (semicolons, UTF-8 with a BOM).
  Fill in either those or the files here, not both, and give \`--data\` the folder you filled in.
- Check the registers with \`digiraad validate --data <folder>\`: it names file, line and column of every problem.
- See the figures with \`digiraad stats --data <folder>\`.`,
  registers: {
    projects: 'one row per treatment by the council',
    questions: 'the questions the agency sent in before its meeting',
    recommendations: "the council's recommendations",
    conversations: 'the experience conversations (may stay empty)',
    reports: 'the annual reports (may stay empty)',
  },
  columnHead: ['column', 'required', 'content'],
  themeHead: ['id', 'theme'],
  yes: 'yes',
  no: 'no',
  columns: {
    projects: {
      id: 'an id no other treatment has, e.g. `2019-akson`',
      name: 'the name of the project or programme',
      agency: 'the agency; joint agencies separated by `/`',
      ministry: 'the ministry',
      meeting_date: 'the date of the council meeting',
      cost_mnok: 'the cost estimate in million NOK; empty = not given',
      benefit_mnok: 'the benefit estimate in million NOK; empty = not given',
      programme: 'organised as a programme (yes/no)',
      shared_solution: 'builds solutions for other agencies (yes/no)',
      exclude_from_totals: 'kept out of the total estimates because it stands out (yes/no)',
      revisit_of: 'only when the council treats a project again: the id of its first treatment',
    },
    questions: { id: 'an id no other row has, e.g. `q001`', project_id: 'the id of the treatment in `projects.csv`', theme: 'the theme (see the list below)', text: 'the question' },
    recommendations: { id: 'an id no other row has, e.g. `r001`', project_id: 'the id of the treatment in `projects.csv`', theme: 'the theme (see the list below)', tags: 'tags (see below)', text: 'the recommendation' },
    conversations: { id: 'an id no other row has, e.g. `c01`', project_id: 'the id of the treatment the conversation follows up', date: 'the date of the conversation' },
    reports: { year: 'the report year, e.g. `2019`', cutoff: 'the last day the report covers' },
  },
  values: `## Values

- **Dates**: \`YYYY-MM-DD\`, e.g. \`2019-10-31\`.
- **Amounts** in million NOK: \`1234.5\`, \`1234,5\` or \`1 234,5\`. An empty cell = not given.
- **Yes/no**: \`yes\`/\`no\`, \`ja\`/\`nei\`, \`true\`/\`false\`, \`1\`/\`0\` or \`x\`/empty. An empty cell = no.
- **Themes**: one of the six below, written as the id or the Norwegian name (case and æøå do not matter).`,
  tags: `**Tags** (\`tags\`) are separated by \`|\`, e.g. \`kommunikasjon|laer-av-andre\`. The report counts
\`kommunikasjon\` (clear leadership and communication) and \`laer-av-andre\` (contact another agency to
learn from it).`,
};

const GUIDE: Record<Lang, Guide> = { nb, en };
