import type { TreatmentRow } from '../aggregate/project-table.js';
import type { ChartInput } from '../charts/input.js';
import { reportWords } from '../i18n/index.js';
import type { Period } from '../model/period.js';
import type { Locale } from '../present/locale.js';
import { statsTables } from '../present/stats-xlsx.js';
import { tablesWorkbook, type SheetTable } from '../present/xlsx.js';

/** The workbook's file name in each language: `tall.xlsx`, `figures.xlsx`. */
export const workbookName = (loc: Locale) => reportWords(loc.lang).workbookFile;

/**
 * `tall.xlsx`: every table of the report as its own sheet, with the numbers of figures.json as
 * numeric cells, after a first sheet that says what the workbook holds and for which period.
 */
export async function reportWorkbook(input: ChartInput, projects: readonly TreatmentRow[], period: Period, loc: Locale, time: Date): Promise<Uint8Array> {
  const m = reportWords(loc.lang);
  const tables: SheetTable[] = [
    ...statsTables(input.figures, loc),
    {
      name: m.ministriesTitle,
      columns: [
        { header: m.ministry, unit: 'text' },
        { header: m.projects, unit: 'count' },
      ],
      rows: input.ministries.map((r) => [r.ministry, r.projects]),
    },
    {
      name: m.projectTableTitle,
      columns: [
        { header: 'id', unit: 'text' },
        { header: m.project, unit: 'text' },
        { header: m.agency, unit: 'text' },
        { header: m.ministry, unit: 'text' },
        { header: m.councilMeeting, unit: 'date' },
        { header: m.size, unit: 'text' },
        { header: m.revisitOf, unit: 'text' },
      ],
      rows: projects.map((p) => [p.id, p.name, p.agency, p.ministry, p.meetingDate, m.sizes[p.size], p.revisitOf]),
    },
  ];
  const about: SheetTable = {
    name: m.workbookAbout,
    columns: [{ header: m.title(period.asOf.slice(0, 4)), unit: 'text' }],
    rows: [[m.workbookPeriod(loc.date(period.since), loc.date(period.asOf))], [m.workbookIntro], ...tables.map((t) => [`– ${t.name}`]), [m.footer]],
  };
  return tablesWorkbook([about, ...tables], { lang: loc.lang, time });
}
