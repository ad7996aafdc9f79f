import type { Figures } from '../model/figures.js';
import { THEME_IDS, type ThemeId } from '../model/themes.js';
import type { Locale } from '../present/locale.js';
import type { MinistryCount } from '../aggregate/project-table.js';

/** What the charts are drawn from: the figures, plus the one series that needs the registers. */
export interface ChartInput {
  figures: Figures;
  /** Projects per ministry of their latest treatment (src/aggregate/project-table.ts). */
  ministries: MinistryCount[];
  /** The tag whose share by year is drawn (settings.highlightTag). */
  highlightTag: string;
  /** That tag as charts and text name it («tydelig ledelse og kommunikasjon»): see buildReport in src/report/build.ts. */
  highlightLabel: string;
}

// The rows each chart draws. The report's tables and CSV files are made from the same rows, so
// a chart and its table cannot disagree.

export interface CostBandRow {
  key: string;
  label: string;
  count: number;
  share: number;
}

export function costBandRows(figures: Figures, loc: Locale): CostBandRow[] {
  return Object.entries(figures.costBands).map(([key, band]) => ({ key, label: loc.t.words.bandLabel(key), count: band.count, share: band.share }));
}

export interface ThemeRow {
  id: ThemeId;
  label: string;
  questions: number;
  questionShare: number;
  recommendations: number;
  recommendationShare: number;
}

export function themeRows(figures: Figures, loc: Locale): ThemeRow[] {
  return THEME_IDS.map((id) => {
    const theme = figures.themes[id];
    return {
      id,
      label: loc.themeLabel(id),
      questions: theme.questions,
      questionShare: theme.questionShare,
      recommendations: theme.recommendations,
      recommendationShare: theme.recommendationShare,
    };
  });
}

export interface YearShareRow {
  year: string;
  count: number;
  share: number;
}

const byKey = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Every year with a recommendation; a year without the tag counts 0 (and a tag never used is all zeros). */
export function tagRows(figures: Figures, tag: string): YearShareRow[] {
  const byYear = figures.tags[tag]?.byYear ?? {};
  return byKey(figures.mainThemes.byYear).map(([year]) => ({ year, count: byYear[year]?.count ?? 0, share: byYear[year]?.share ?? 0 }));
}

export interface MainThemeRow {
  year: string;
  share: number;
}

export function mainThemeRows(figures: Figures): MainThemeRow[] {
  return byKey(figures.mainThemes.byYear).map(([year, y]) => ({ year, share: y.recommendationShare }));
}

export interface ByYearRow {
  year: string;
  projects: number;
  treatments: number;
  questions: number;
  recommendations: number;
}

export function byYearRows(figures: Figures): ByYearRow[] {
  return byKey(figures.byYear).map(([year, y]) => ({
    year,
    projects: y.projects,
    treatments: y.treatments,
    questions: y.questions,
    recommendations: y.recommendations,
  }));
}

export function mainThemeLabels(figures: Figures, loc: Locale): string[] {
  return figures.mainThemes.themes.map((id) => lowerFirst(loc.themeLabel(id)));
}

/** A label inside a sentence: `Organisering og styring` → `organisering og styring`; `IT-politiske føringer` stays. */
export function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The as-of year when the period ends before 31 December: its figures cover only part of the year. */
export function partialYear(asOf: string): string | null {
  return asOf.endsWith('-12-31') ? null : asOf.slice(0, 4);
}

/** A year as charts and tables label it: `2019*` when it is partial (the note says until when). */
export function yearLabel(year: string, asOf: string): string {
  return year === partialYear(asOf) ? `${year}*` : year;
}
