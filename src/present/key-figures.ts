import type { Messages } from '../i18n/index.js';
import type { Figures } from '../model/figures.js';
import type { Locale } from './locale.js';

/**
 * How a key figure's value reads: a count, an amount of MNOK, a share 0..1, or the smallest and
 * largest cost estimate (`{ min, max }`, shown as `10–750 MNOK`).
 */
export type KeyFigureUnit = 'count' | 'mnok' | 'share' | 'mnok-range';

/** One key figure, declared once: every view of the key figures maps over KEY_FIGURES. */
export interface KeyFigure {
  /** Its path in the figures JSON (`stats --format json`, figures.json and figures.csv), e.g. `projects.total`. */
  path: string;
  unit: KeyFigureUnit;
  /** Its name, from the catalogue. */
  label: (t: Messages) => string;
  /**
   * Where it is shown: the stats table and Markdown (`stats`), `digiraad compare` (`compare`), and
   * the report's key figures (`report`: its place there, which follows the printed report).
   */
  shown: { stats?: true; compare?: true; report?: number };
  /** Bold in the terminal: the totals the report leads with. */
  emphasis?: true;
  /** Said after the label where one period is shown: how many projects a total counts. */
  note?: (figures: Figures, loc: Locale) => string;
}

const overCounted = (figures: Figures, loc: Locale) => loc.t.keyFigures.counted(loc.number(figures.totals.counted));

/** The key figures, in the order the stats table and compare list them. */
export const KEY_FIGURES: readonly KeyFigure[] = [
  { path: 'projects.total', unit: 'count', label: (t) => t.keyFigures.projectsTotal, shown: { stats: true, compare: true, report: 1 } },
  { path: 'projects.treatments', unit: 'count', label: (t) => t.words.treatments, shown: { stats: true, compare: true } },
  { path: 'projects.inPeriod', unit: 'count', label: (t) => t.keyFigures.inPeriod, shown: { stats: true, compare: true, report: 2 } },
  { path: 'projects.inPeriodSharedSolution', unit: 'count', label: (t) => t.keyFigures.inPeriodShared, shown: { stats: true, compare: true } },
  { path: 'projects.agencies', unit: 'count', label: (t) => t.keyFigures.agencies, shown: { stats: true, compare: true, report: 4 } },
  { path: 'projects.ministries', unit: 'count', label: (t) => t.keyFigures.ministries, shown: { stats: true, compare: true, report: 3 } },
  { path: 'projects.programmes', unit: 'count', label: (t) => t.keyFigures.programmes, shown: { stats: true, compare: true } },
  { path: 'projects.withCost', unit: 'count', label: (t) => t.keyFigures.withCost, shown: { stats: true, compare: true } },
  { path: 'projects.withoutCost', unit: 'count', label: (t) => t.keyFigures.withoutCost, shown: { stats: true, compare: true } },
  { path: 'totals.counted', unit: 'count', label: (t) => t.keyFigures.countedProjects, shown: { compare: true } },
  { path: 'totals.costMnok', unit: 'mnok', label: (t) => t.keyFigures.totalCost, shown: { stats: true, compare: true, report: 5 }, emphasis: true, note: overCounted },
  { path: 'totals.benefitMnok', unit: 'mnok', label: (t) => t.keyFigures.totalBenefit, shown: { stats: true, compare: true, report: 6 }, emphasis: true },
  { path: 'totals.costRange', unit: 'mnok-range', label: (t) => t.keyFigures.costRange, shown: { stats: true, report: 7 } },
  { path: 'totals.costRange.min', unit: 'mnok', label: (t) => t.keyFigures.costMin, shown: { compare: true } },
  { path: 'totals.costRange.max', unit: 'mnok', label: (t) => t.keyFigures.costMax, shown: { compare: true } },
  { path: 'questions.total', unit: 'count', label: (t) => t.words.questions, shown: { stats: true, compare: true, report: 8 } },
  { path: 'recommendations.total', unit: 'count', label: (t) => t.words.recommendations, shown: { stats: true, compare: true, report: 9 } },
  { path: 'mainThemes.share', unit: 'share', label: (t) => t.keyFigures.mainThemesOfAll, shown: { compare: true } },
  { path: 'conversations.total', unit: 'count', label: (t) => t.keyFigures.conversations, shown: { stats: true, compare: true, report: 10 } },
  { path: 'conversations.inPeriod', unit: 'count', label: (t) => t.keyFigures.conversationsInPeriod, shown: { stats: true, compare: true } },
];

/** The value at `path` in the figures JSON. */
export function valueAt(figures: Figures, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], figures);
}

/** One key figure of one period, worded for people. */
export interface KeyFigureRow {
  figure: KeyFigure;
  label: string;
  value: string;
}

/** The key figures one view shows of one period, labelled and formatted, in that view's order. */
export function keyFigureRows(figures: Figures, loc: Locale, view: 'stats' | 'report'): KeyFigureRow[] {
  const shown = KEY_FIGURES.filter((f) => f.shown[view] !== undefined);
  if (view === 'report') shown.sort((a, b) => a.shown.report! - b.shown.report!);
  return shown.map((figure) => ({
    figure,
    label: figure.note ? `${figure.label(loc.t)} (${figure.note(figures, loc)})` : figure.label(loc.t),
    value: formatValue(figure.unit, valueAt(figures, figure.path), loc, figures),
  }));
}

function formatValue(unit: KeyFigureUnit, value: unknown, loc: Locale, figures: Figures): string {
  switch (unit) {
    case 'count':
      return loc.number(value as number);
    case 'mnok':
      return loc.mnok(value as number | null);
    case 'share':
      return loc.percent(value as number);
    case 'mnok-range': {
      const { min, max } = value as Figures['totals']['costRange'];
      // The range is 0–0 when no project is counted: that is no range.
      return figures.totals.counted === 0 ? loc.t.words.none : `${loc.number(min)}–${loc.mnok(max)}`;
    }
  }
}
