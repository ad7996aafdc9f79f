import type { Figures } from '../model/figures.js';
import type { Period } from '../model/period.js';
import { THEME_IDS } from '../model/themes.js';
import { KEY_FIGURES, valueAt, type KeyFigure, type KeyFigureUnit } from './key-figures.js';
import type { Locale } from './locale.js';

/** compare shows the cost range as its two ends, so every compared figure is one number. */
export type Unit = Exclude<KeyFigureUnit, 'mnok-range'>;

/** One figure of two periods side by side. */
export interface ComparedFigure {
  /** Its path in the figures JSON, e.g. `projects.total`, `costBands.under-26.share`. */
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

/** The key figures compare shows: one value each, never the cost range (compare shows its two ends). */
const COMPARED: Definition[] = KEY_FIGURES.filter((f): f is KeyFigure & { unit: Unit } => f.shown.compare === true && f.unit !== 'mnok-range').map((f) => ({
  figure: f.path,
  unit: f.unit,
  label: (loc: Locale) => f.label(loc.t),
}));

/** The key figures, cost band shares and theme shares of two periods, with the change from the first to the second. */
export function compareFigures(first: Figures, second: Figures): Comparison {
  const compared = (definitions: Definition[]): ComparedFigure[] =>
    definitions.map((d) => {
      const [a, b] = [valueAt(first, d.figure) as number | null, valueAt(second, d.figure) as number | null];
      return { ...d, first: a, second: b, change: a === null || b === null ? null : difference(a, b) };
    });
  const themeShares = (kind: 'questionShare' | 'recommendationShare'): Definition[] =>
    THEME_IDS.map((id) => ({ figure: `themes.${id}.${kind}`, unit: 'share', label: (loc) => loc.themeLabel(id) }));
  return {
    periods: [first.period, second.period],
    sections: [
      { heading: ({ t }) => t.words.keyFigures, column: ({ t }) => t.words.figure, figures: compared(COMPARED) },
      {
        heading: ({ t }) => t.words.costBandsTitle,
        column: ({ t }) => t.words.costEstimate,
        // Both periods are counted with the same settings, so they have the same bands.
        figures: compared(
          Object.keys(first.costBands).map((band) => ({ figure: `costBands.${band}.share`, unit: 'share', label: ({ t }) => t.words.bandLabel(band) })),
        ),
      },
      { heading: ({ t }) => t.compare.questionShares, column: ({ t }) => t.words.theme, figures: compared(themeShares('questionShare')) },
      { heading: ({ t }) => t.compare.recommendationShares, column: ({ t }) => t.words.theme, figures: compared(themeShares('recommendationShare')) },
    ],
  };
}

/** b − a without binary-fraction noise: 0.3 − 0.1 is 0.2, not 0.19999999999999998. */
const difference = (a: number, b: number) => Number((b - a).toPrecision(12));
