import type { ReportData } from '../aggregate/index.js';
import { CHARTS, chartSections, specJson, type ChartInput, type ChartName } from '../charts/index.js';
import { fontFaceCss } from './fonts.js';
import type { ChartRenderer } from '../charts/render.js';
import { schemaUrl } from '../model/schemas.js';
import type { Period } from '../model/period.js';
import type { Lang } from '../model/lang.js';
import type { TagDefinition } from '../model/registers.js';
import type { FigureSettings } from '../model/settings.js';
import { reportWords, tagWord } from '../i18n/index.js';
import { toCsv } from '../present/csv.js';
import type { Locale } from '../present/locale.js';
import { statsCsv, statsJson } from '../present/stats-formats.js';
import { reportDocument } from './document.js';
import { reportHtml } from './html.js';
import { byFileName, fileEntries, MANIFEST_FILE, MANIFEST_GENERATOR, manifestJson, type FileEntry, type Writer } from './manifest.js';
import { reportMarkdown } from './markdown.js';
import { reportDocx } from './docx.js';

import { reportWorkbook, workbookName } from './workbook.js';
import { inlineSvg, standaloneSvg } from './svg.js';

/** A whole report folder in memory: file name → bytes, sorted by name. */
export type ReportFiles = ReadonlyMap<string, Uint8Array>;

export interface ReportInput {
  /** Everything the report shows, computed once in aggregate/. */
  data: ReportData;
  period: Period;
  settings: FigureSettings;
  loc: Locale;
  /** The register files the data was read from, hashed as they were read, for the manifest. */
  inputs: readonly FileEntry[];
  /** ISO time from SOURCE_DATE_EPOCH, or null: no time in the output. */
  generated: string | null;
  /** The versions the manifest names as its writer; null for none (a folder from before they were recorded). */
  writtenBy: Writer | null;
  renderer: ChartRenderer;
  onProgress?: (done: number, total: number, name: string) => void;
}

export interface BuiltReport {
  files: ReportFiles;
  /** Vega/Vega-Lite warnings per chart (a bug in a spec if any). */
  warnings: string[];
}

/** The one time a Word or PDF file of the report holds: SOURCE_DATE_EPOCH, else the start of the as-of day (UTC). */
export function documentDate(generated: string | null, period: Period): Date {
  return new Date(generated ?? `${period.asOf}T00:00:00Z`);
}

const PDF_NOT_CHECKED = 'written by --pdf only, in a browser: the same page gives the same bytes only in the same browser build';

/** The tag's label from tags.csv in the report's language; without one there, the catalogue's word for it. */
function tagLabel(tags: readonly TagDefinition[], tag: string, lang: Lang): string {
  const defined = tags.find((t) => t.id === tag);
  return defined ? { nb: defined.label, nn: defined.labelNn, en: defined.labelEn }[lang] : tagWord(tag, lang);
}

/** Makes every file of the report folder, touching no file: the caller writes or compares them. */
export async function buildReport(input: ReportInput): Promise<BuiltReport> {
  const { data, period, settings, loc, renderer } = input;
  const { figures } = data;
  const files = new Map<string, Uint8Array>();
  const put = (name: string, content: string | Uint8Array) => files.set(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  const warnings: string[] = [];

  const chartInput: ChartInput = {
    figures,
    ministries: data.ministries,
    highlightTag: settings.highlightTag,
    highlightLabel: tagLabel(data.tags, settings.highlightTag, loc.lang),
  };
  const sections = chartSections(chartInput, loc);
  const fontCss = fontFaceCss();
  const inline = {} as Record<ChartName, string>;
  const pngBytes = new Map<ChartName, Uint8Array>();
  const pngs: Promise<unknown>[] = [];
  for (const [index, chart] of CHARTS.entries()) {
    input.onProgress?.(index + 1, CHARTS.length, chart.name);
    const section = sections[chart.name];
    const spec = chart.spec(chartInput, loc);
    const rendered = await renderer.render(chart.name, spec);
    warnings.push(...rendered.warnings.map((w) => `${chart.name}: ${w}`));
    put(`${chart.name}.vl.json`, specJson(spec));
    put(`${chart.name}.svg`, standaloneSvg(rendered.svg, { name: chart.name, title: section.title, alt: section.alt, lang: loc.lang, fontCss }));
    const png = rendered.png.then((bytes) => {
      put(`${chart.name}.png`, bytes);
      pngBytes.set(chart.name, bytes);
    });
    png.catch(() => undefined); // reported by Promise.all below, not as an unhandled rejection
    pngs.push(png);
    put(`${chart.name}.csv`, toCsv(section.csv));
    inline[chart.name] = inlineSvg(rendered.svg, `h-${chart.name} alt-${chart.name}`);
  }

  await Promise.all(pngs);

  const projects = data.treatments;
  // The same document as `stats --format json`, with the URL of its schema first for editors and validators.
  put('figures.json', statsJson({ $schema: schemaUrl('figures'), ...figures }));
  put('figures.csv', statsCsv(figures));
  put(
    'project-table.csv',
    toCsv([
      ['id', 'year', 'meeting_date', 'name', 'agency', 'ministry', 'size', 'revisit_of'],
      ...projects.map((p) => [p.id, p.year, p.meetingDate, p.name, p.agency, p.ministry, p.size, p.revisitOf]),
    ]),
  );
  // The workbook carries a time: SOURCE_DATE_EPOCH, else the as-of date, so that it too is deterministic.
  put(workbookName(loc), await reportWorkbook(chartInput, projects, period, loc, new Date(input.generated ?? `${period.asOf}T00:00:00Z`)));
  const m = reportWords(loc.lang);
  const dataFiles = [
    ...[...files.keys()].filter((name) => /\.(csv|json|xlsx)$/.test(name) && !name.endsWith('.vl.json')),
    'report.md',
    m.docxFile,
    MANIFEST_FILE,
  ].sort();
  const doc = reportDocument(chartInput, sections, projects, loc, { files: dataFiles, generated: input.generated });
  put('index.html', reportHtml(doc, inline, fontCss));
  put('report.md', reportMarkdown(doc));
  put(m.docxFile, await reportDocx(doc, pngBytes, m, documentDate(input.generated, period)));

  put(
    MANIFEST_FILE,
    manifestJson({
      generator: MANIFEST_GENERATOR,
      ...(input.writtenBy ? { writtenBy: input.writtenBy } : {}),
      period: { since: period.since, asOf: period.asOf },
      settings: { lang: loc.lang, costBandEdges: settings.costBandEdges, mainThemes: settings.mainThemes, highlightTag: settings.highlightTag },
      ...(input.generated ? { generated: input.generated } : {}),
      inputs: byFileName(input.inputs),
      outputs: fileEntries(files),
      notChecked: [{ file: m.pdfFile, why: PDF_NOT_CHECKED }],
    }),
  );
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), warnings };
}
