import type { ChartName } from '../charts/index.js';
import {
  byYearRows,
  costBandRows,
  lowerFirst,
  mainThemeLabels,
  mainThemeRows,
  tagRows,
  themeRows,
  partialYear,
  yearLabel,
  type ChartInput,
} from '../charts/input.js';
import { joinList, reportWords, type ReportWords } from '../i18n/index.js';
import type { Locale } from '../present/locale.js';
import type { Cell } from '../present/csv.js';
import type { DataTable } from './tables.js';

/** What the report says about one chart: its heading, its text alternative, its table and CSV. */
export interface ChartSection {
  name: ChartName;
  title: string;
  /** The text alternative, written from the data. */
  alt: string;
  table: DataTable;
  /** `<name>.csv`: machine column names, unrounded numbers. */
  csv: Cell[][];
}

/** Every chart's section, in the order of CHARTS. */
export function chartSections(input: ChartInput, loc: Locale): Record<ChartName, ChartSection> {
  const m = reportWords(loc.lang);
  return {
    'cost-bands': costBandsSection(input, loc, m),
    themes: themesSection(input, loc, m),
    'highlight-tag-by-year': tagSection(input, loc, m),
    'projects-by-year': byYearSection(input, loc, m),
    'projects-by-ministry': ministrySection(input, loc, m),
    'main-themes-by-year': mainThemesSection(input, loc, m),
  };
}

const pct = (loc: Locale, share: number) => loc.percent(share);

/** A table by year: its caption carries the note on a partial last year, its rows say `2019*`. */
function yearCaption(title: string, input: ChartInput, m: ReportWords): string {
  const { asOf } = input.figures.period;
  return partialYear(asOf) ? `${title} (${m.partialYearNote(asOf)})` : title;
}
const n = (loc: Locale, value: number) => loc.number(value, 0);

/** The first of the rows with the largest (or smallest) value. */
function extreme<T>(rows: readonly T[], value: (row: T) => number, pick: 'max' | 'min'): T | undefined {
  let best: T | undefined;
  for (const row of rows) {
    if (best === undefined || (pick === 'max' ? value(row) > value(best) : value(row) < value(best))) best = row;
  }
  return best;
}

/** «X økte fra 8 % i 2016 til 19 % i 2019», with the highest and lowest year when they lie between the two ends. */
export function trendText(subject: string, rows: readonly { year: string; share: number }[], loc: Locale, m: ReportWords): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined) return m.noData;
  if (rows.length === 1) return m.single(subject, pct(loc, first.share), first.year);
  const [a, b] = [pct(loc, first.share), pct(loc, last.share)];
  let text =
    a === b
      ? m.trendFlat(subject, a, first.year, last.year)
      : last.share > first.share
        ? m.trendUp(subject, a, first.year, b, last.year)
        : m.trendDown(subject, a, first.year, b, last.year);
  for (const [pick, phrase] of [
    ['max', m.peak],
    ['min', m.low],
  ] as const) {
    const row = extreme(rows, (r) => r.share, pick)!;
    const shown = pct(loc, row.share);
    if (row !== first && row !== last && shown !== a && shown !== b) text += ` ${phrase(row.year, shown)}`;
  }
  return text;
}

function costBandsSection(input: ChartInput, loc: Locale, m: ReportWords): ChartSection {
  const rows = costBandRows(input.figures, loc);
  const withCost = input.figures.projects.withCost;
  const largest = extreme(rows, (r) => r.count, 'max');
  const alt =
    withCost === 0 || largest === undefined
      ? m.noData
      : m.altCostBands(
          n(loc, withCost),
          largest.label,
          pct(loc, largest.share),
          n(loc, largest.count),
          joinList(
            rows.map((r) => `${r.label}: ${pct(loc, r.share)}`),
            loc.lang,
          ),
        );
  return {
    name: 'cost-bands',
    title: m.costBandsTitle,
    alt,
    table: {
      caption: m.costBandsTitle,
      head: [m.costEstimate, m.projects, m.share],
      numeric: [false, true, true],
      rows: rows.map((r) => [r.label, n(loc, r.count), pct(loc, r.share)]),
    },
    csv: [['band', 'label', 'count', 'share'], ...rows.map((r) => [r.key, r.label, r.count, r.share])],
  };
}

function themesSection(input: ChartInput, loc: Locale, m: ReportWords): ChartSection {
  const rows = themeRows(input.figures, loc);
  const topQ = extreme(rows, (r) => r.questionShare, 'max')!;
  const topR = extreme(rows, (r) => r.recommendationShare, 'max')!;
  const lowR = extreme(rows, (r) => r.recommendationShare, 'min')!;
  const alt =
    input.figures.questions.total === 0 || input.figures.recommendations.total === 0
      ? m.noData
      : m.altThemes(
          lowerFirst(topQ.label),
          pct(loc, topQ.questionShare),
          lowerFirst(topR.label),
          pct(loc, topR.recommendationShare),
          lowerFirst(lowR.label),
          pct(loc, lowR.recommendationShare),
        );
  return {
    name: 'themes',
    title: m.themesTitle,
    alt,
    table: {
      caption: m.themesTitle,
      head: [m.theme, m.questions, m.questionShare, m.recommendations, m.recommendationShare],
      numeric: [false, true, true, true, true],
      rows: rows.map((r) => [r.label, n(loc, r.questions), pct(loc, r.questionShare), n(loc, r.recommendations), pct(loc, r.recommendationShare)]),
    },
    csv: [
      ['theme', 'label', 'questions', 'question_share', 'recommendations', 'recommendation_share'],
      ...rows.map((r) => [r.id, r.label, r.questions, r.questionShare, r.recommendations, r.recommendationShare]),
    ],
  };
}

function tagSection(input: ChartInput, loc: Locale, m: ReportWords): ChartSection {
  const rows = tagRows(input.figures, input.highlightTag);
  const word = input.highlightLabel;
  const title = m.tagTitle(word);
  const { asOf } = input.figures.period;
  return {
    name: 'highlight-tag-by-year',
    title,
    alt: trendText(m.tagSubject(word), rows, loc, m),
    table: {
      caption: yearCaption(title, input, m),
      head: [m.year, m.tagCount(word), m.yearShare],
      numeric: [false, true, true],
      rows: rows.map((r) => [yearLabel(r.year, asOf), n(loc, r.count), pct(loc, r.share)]),
    },
    csv: [['year', 'tag', 'count', 'share'], ...rows.map((r) => [r.year, input.highlightTag, r.count, r.share])],
  };
}

function byYearSection(input: ChartInput, loc: Locale, m: ReportWords): ChartSection {
  const rows = byYearRows(input.figures);
  const alt =
    rows.length === 0
      ? m.noData
      : m.altByYear(
          joinList(
            rows.map((r) => m.inYear(n(loc, r.projects), r.year)),
            loc.lang,
          ),
          n(loc, input.figures.projects.total),
        );
  return {
    name: 'projects-by-year',
    title: m.byYearTitle,
    alt,
    table: {
      caption: yearCaption(m.byYearTitle, input, m),
      head: [m.year, m.newProjects, m.treatments, m.questions, m.recommendations],
      numeric: [false, true, true, true, true],
      rows: rows.map((r) => [
        yearLabel(r.year, input.figures.period.asOf),
        n(loc, r.projects),
        n(loc, r.treatments),
        n(loc, r.questions),
        n(loc, r.recommendations),
      ]),
    },
    csv: [
      ['year', 'projects', 'treatments', 'questions', 'recommendations'],
      ...rows.map((r) => [r.year, r.projects, r.treatments, r.questions, r.recommendations]),
    ],
  };
}

function ministrySection(input: ChartInput, loc: Locale, m: ReportWords): ChartSection {
  const rows = input.ministries;
  const projects = rows.reduce((sum, r) => sum + r.projects, 0);
  const [top, ...others] = rows.slice(0, 3).map((r) => m.ministryCount(r.ministry, n(loc, r.projects)));
  const alt = top === undefined ? m.noData : m.altMinistries(n(loc, projects), n(loc, rows.length), top, others.length > 0 ? joinList(others, loc.lang) : null);
  return {
    name: 'projects-by-ministry',
    title: m.ministriesTitle,
    alt,
    table: { caption: m.ministriesTitle, head: [m.ministry, m.projects], numeric: [false, true], rows: rows.map((r) => [r.ministry, n(loc, r.projects)]) },
    csv: [['ministry', 'projects'], ...rows.map((r) => [r.ministry, r.projects])],
  };
}

function mainThemesSection(input: ChartInput, loc: Locale, m: ReportWords): ChartSection {
  const rows = mainThemeRows(input.figures);
  const themes = joinList(mainThemeLabels(input.figures, loc), loc.lang);
  return {
    name: 'main-themes-by-year',
    title: m.mainThemesTitle,
    alt: trendText(m.mainThemesSubject(themes), rows, loc, m),
    table: {
      caption: yearCaption(m.mainThemesTitle, input, m),
      head: [m.year, m.yearShare],
      numeric: [false, true],
      rows: rows.map((r) => [yearLabel(r.year, input.figures.period.asOf), pct(loc, r.share)]),
    },
    csv: [['year', 'themes', 'share'], ...rows.map((r) => [r.year, input.figures.mainThemes.themes.join('|'), r.share])],
  };
}
