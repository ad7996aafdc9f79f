import type { Figures } from '../model/figures.js';
import type { Period } from '../model/period.js';
import { THEME_IDS } from '../model/themes.js';
import type { Locale } from './locale.js';

export type Unit = 'count' | 'mnok' | 'share';

/** One figure of two periods side by side. */
export interface ComparedFigure {
  /** Its path in the figures JSON (CONTRACT §4), e.g. `projects.total`, `costBands.under-26.share`. */
  figure: string;
  unit: Unit;
  label: (loc: Locale) => string;
  first: number | null;
  second: number | null;
  /** second − first (for shares a difference of fractions: × 100 gives percentage points); null when either is null. */
  change: number | null;
}

export interface ComparisonSection {
  heading: (loc: Locale) => string;
  /** What the first column lists: figures, bands, themes. */
  column: (loc: Locale) => string;
  figures: ComparedFigure[];
}

export interface Comparison {
  periods: [Period, Period];
  sections: ComparisonSection[];
}

type Definition = Pick<ComparedFigure, 'figure' | 'unit' | 'label'>;

const KEY_FIGURES: Definition[] = [
  { figure: 'projects.total', unit: 'count', label: ({ t }) => t.stats.projectsTotal },
  { figure: 'projects.treatments', unit: 'count', label: ({ t }) => t.words.treatments },
  { figure: 'projects.inPeriod', unit: 'count', label: ({ t }) => t.stats.inPeriod },
  { figure: 'projects.inPeriodSharedSolution', unit: 'count', label: ({ t }) => t.stats.inPeriodShared },
  { figure: 'projects.agencies', unit: 'count', label: ({ t }) => t.stats.agencies },
  { figure: 'projects.ministries', unit: 'count', label: ({ t }) => t.stats.ministries },
  { figure: 'projects.programmes', unit: 'count', label: ({ t }) => t.stats.programmes },
  { figure: 'projects.withCost', unit: 'count', label: ({ t }) => t.stats.withCost },
  { figure: 'projects.withoutCost', unit: 'count', label: ({ t }) => t.stats.withoutCost },
  { figure: 'totals.counted', unit: 'count', label: ({ t }) => t.compare.countedProjects },
  { figure: 'totals.costMnok', unit: 'mnok', label: ({ t }) => t.stats.totalCost },
  { figure: 'totals.benefitMnok', unit: 'mnok', label: ({ t }) => t.stats.totalBenefit },
  { figure: 'totals.costRange.min', unit: 'mnok', label: ({ t }) => t.compare.costMin },
  { figure: 'totals.costRange.max', unit: 'mnok', label: ({ t }) => t.compare.costMax },
  { figure: 'questions.total', unit: 'count', label: ({ t }) => t.words.questions },
  { figure: 'recommendations.total', unit: 'count', label: ({ t }) => t.words.recommendations },
  { figure: 'mainThemes.share', unit: 'share', label: ({ t }) => t.compare.mainThemesOfAll },
  { figure: 'conversations.total', unit: 'count', label: ({ t }) => t.stats.conversations },
  { figure: 'conversations.inPeriod', unit: 'count', label: ({ t }) => t.stats.conversationsInPeriod },
];

/** The key figures, cost band shares and theme shares of two periods, with the change from the first to the second. */
export function compareFigures(first: Figures, second: Figures): Comparison {
  const compared = (definitions: Definition[]): ComparedFigure[] =>
    definitions.map((d) => {
      const [a, b] = [valueAt(first, d.figure), valueAt(second, d.figure)];
      return { ...d, first: a, second: b, change: a === null || b === null ? null : difference(a, b) };
    });
  const themeShares = (kind: 'questionShare' | 'recommendationShare'): Definition[] =>
    THEME_IDS.map((id) => ({ figure: `themes.${id}.${kind}`, unit: 'share', label: (loc) => loc.themeLabel(id) }));
  return {
    periods: [first.period, second.period],
    sections: [
      { heading: ({ t }) => t.words.keyFigures, column: ({ t }) => t.words.figure, figures: compared(KEY_FIGURES) },
      {
        heading: ({ t }) => t.words.costBandsTitle,
        column: ({ t }) => t.words.costEstimate,
        // Both periods are counted with the same settings, so they have the same bands.
        figures: compared(Object.keys(first.costBands).map((band) => ({ figure: `costBands.${band}.share`, unit: 'share', label: ({ t }) => t.words.bandLabel(band) }))),
      },
      { heading: ({ t }) => t.compare.questionShares, column: ({ t }) => t.words.theme, figures: compared(themeShares('questionShare')) },
      { heading: ({ t }) => t.compare.recommendationShares, column: ({ t }) => t.words.theme, figures: compared(themeShares('recommendationShare')) },
    ],
  };
}

function valueAt(figures: Figures, path: string): number | null {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], figures);
  return value as number | null;
}

/** b − a without binary-fraction noise: 0.3 − 0.1 is 0.2, not 0.19999999999999998. */
const difference = (a: number, b: number) => Number((b - a).toPrecision(12));
