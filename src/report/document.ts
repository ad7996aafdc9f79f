import { CHARTS, type ChartInput, type ChartName } from '../charts/index.js';
import type { Figures } from '../model/figures.js';
import { reportWords } from '../i18n/index.js';
import { keyFigureRows } from '../present/key-figures.js';
import type { Locale } from '../present/locale.js';
import type { TreatmentRow } from '../aggregate/projectTable.js';
import { chartSections, type ChartSection } from './sections.js';
import type { DataTable } from './tables.js';

/** The report's content, once: index.html and report.md are two renderings of it. */
export interface ReportDocument {
  lang: Locale['lang'];
  title: string;
  periodLine: string;
  lead: string;
  keyFiguresTitle: string;
  keyFiguresHead: [string, string];
  keyFigures: { label: string; value: string }[];
  notes: string[];
  charts: ChartSection[];
  projects: { title: string; intro: string; table: DataTable };
  /** The files of the folder; `notes` says what a file is for, e.g. the workbook «for regneark». */
  files: { title: string; intro: string; names: string[]; notes: Record<string, string> };
  footer: string[];
}

export function reportDocument(input: ChartInput, projects: readonly TreatmentRow[], loc: Locale, options: { files: string[]; generated: string | null }): ReportDocument {
  const m = reportWords(loc.lang);
  const { t } = loc;
  const f: Figures = input.figures;
  const sections = chartSections(input, loc);
  return {
    lang: loc.lang,
    title: m.title(f.period.asOf.slice(0, 4)),
    periodLine: t.words.periodLine(loc.date(f.period.since), loc.date(f.period.asOf)),
    lead: m.lead,
    keyFiguresTitle: m.keyFigures,
    keyFiguresHead: [t.words.figure, t.words.value],
    keyFigures: keyFigureRows(f, loc, 'report').map(({ label, value }) => ({ label, value })),
    notes: f.totals.excluded.map((p) => m.excludedNote(p.name, loc.mnok(p.costMnok), loc.mnok(p.benefitMnok))),
    charts: CHARTS.map((c) => sections[c.name as ChartName]),
    projects: {
      title: m.projectTableTitle,
      intro: m.projectTableIntro,
      table: {
        caption: m.projectTableTitle,
        head: [m.project, m.agency, m.ministry, m.year, m.size],
        numeric: [false, false, false, false, false],
        rows: projects.map((p) => [p.revisitOf !== null ? `${p.name} (${m.revisit})` : p.name, p.agency, p.ministry, p.year, m.sizes[p.size]]),
      },
    },
    files: { title: m.files, intro: m.filesIntro, names: options.files, notes: { [m.workbookFile]: m.forSpreadsheets } },
    footer: [m.footer, ...(options.generated ? [m.generated(options.generated)] : []), m.fontCredit],
  };
}
