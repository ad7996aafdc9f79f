import { CHARTS, type ChartInput, type ChartName } from '../charts/index.js';
import type { Figures } from '../model/figures.js';
import { keyFigureRows, LEARN_FROM_OTHERS_TAG, moneyInText } from '../present/key-figures.js';
import type { Locale } from '../present/locale.js';
import { lowerFirst, mainThemeLabels } from '../charts/input.js';
import { joinList, reportWords, type ReportWords } from '../i18n/index.js';
import type { TreatmentRow } from '../aggregate/project-table.js';
import type { ChartSection } from '../charts/index.js';
import type { DataTable } from '../charts/index.js';

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
  /** The headline figures in sentences, as the printed report tells them. */
  highlights: string[];
  charts: ChartSection[];
  /** «Slik har vi talt»: how the figures are counted, from the settings and the same figures. */
  method: { title: string; items: { title: string; text: string }[] };
  projects: { title: string; intro: string; table: DataTable };
  /** The files of the folder; `notes` says what a file is for, e.g. the workbook «for regneark». */
  files: { title: string; intro: string; names: string[]; notes: Record<string, string> };
  footer: string[];
}

export function reportDocument(
  input: ChartInput,
  sections: Record<ChartName, ChartSection>,
  projects: readonly TreatmentRow[],
  loc: Locale,
  options: { files: string[]; generated: string | null },
): ReportDocument {
  const m = reportWords(loc.lang);
  const { t } = loc;
  const f: Figures = input.figures;
  const n = (value: number) => loc.number(value);
  const learning = f.tags[LEARN_FROM_OTHERS_TAG]?.projects ?? 0;
  return {
    lang: loc.lang,
    title: m.title(f.period.asOf.slice(0, 4)),
    periodLine: t.words.periodLine(loc.date(f.period.since), loc.date(f.period.asOf)),
    lead: m.lead,
    keyFiguresTitle: m.keyFigures,
    keyFiguresHead: [t.words.figure, t.words.value],
    keyFigures: keyFigureRows(f, loc, 'report').map(({ label, value }) => ({ label, value })),
    notes: f.totals.excluded.map((p) => m.excludedNote(p.name, moneyInText(p.costMnok, loc), moneyInText(p.benefitMnok, loc))),
    highlights: [
      m.sharedSolutionText(n(f.projects.inPeriodSharedSolution), n(f.projects.inPeriod)),
      m.conversationsText(n(f.conversations.total), n(f.conversations.inPeriod)),
      m.learnFromOthersText(n(learning), n(f.projects.total)),
    ],
    charts: CHARTS.map((c) => sections[c.name as ChartName]),
    method: methodSection(input, loc, m),
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

/** «Slik har vi talt»: the period, what a project is, what is kept out, the cost bands and the themes, every number from the figures. */
function methodSection(input: ChartInput, loc: Locale, m: ReportWords): ReportDocument['method'] {
  const f = input.figures;
  const n = (value: number) => loc.number(value);
  const excluded = f.totals.excluded.map((p) => m.excludedProject(p.name, moneyInText(p.costMnok, loc), moneyInText(p.benefitMnok, loc)));
  const bands = Object.keys(f.costBands).map((key) => loc.t.words.bandLabel(key));
  const mainThemes = joinList(mainThemeLabels(f, loc), loc.lang);
  return {
    title: m.methodTitle,
    items: [
      { title: m.methodPeriodTitle, text: m.methodPeriod(loc.date(f.period.since), loc.date(f.period.asOf)) },
      { title: m.methodProjectsTitle, text: m.methodProjects(n(f.projects.total), n(f.projects.treatments), n(f.projects.treatments - f.projects.total)) },
      {
        title: m.methodExclusionTitle,
        text: m.methodExclusion(excluded.length > 0 ? joinList(excluded, loc.lang) : null, n(f.projects.withoutCost), n(f.totals.counted)),
      },
      { title: m.methodBandsTitle, text: m.methodBands(n(f.projects.withCost), joinList(bands, loc.lang)) },
      { title: m.methodThemesTitle, text: m.methodThemes(mainThemes, loc.percent(f.mainThemes.share), lowerFirst(input.highlightLabel), input.highlightTag) },
    ],
  };
}
