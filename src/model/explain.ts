import type { ExcludedProject } from './figures.js';
import type { Period } from './period.js';

/** Why a row considered for a figure does not count in it: a closed set, worded by the catalogue. */
export const REASONS = [
  'after-as-of',
  'before-period',
  'other-year',
  'revisit',
  'replaced',
  'excluded-from-totals',
  'no-cost',
  'has-cost',
  'no-benefit',
  'not-programme',
  'not-shared-solution',
  'not-excluded',
  'other-band',
  'other-theme',
  'no-such-tag',
  'already-counted',
  'not-min',
  'not-max',
] as const;
export type Reason = (typeof REASONS)[number];

/**
 * How the counted rows make the figure: `count` and `distinct` add what each row contributes
 * (1, or for distinct agencies the new agencies a row names); `sum` adds amounts; `share` adds
 * 1/`of` per counted row; `min`/`max` count the one row holding the value; `list` counts one row
 * per entry of the list.
 */
export type FigureKind = 'count' | 'distinct' | 'sum' | 'share' | 'min' | 'max' | 'list';

export type ExplainedRegister = 'projects' | 'questions' | 'recommendations' | 'conversations';

export interface ExplainedRow {
  register: ExplainedRegister;
  line: number;
  id: string;
  /** The id of the first treatment of the project the row belongs to. */
  project: string;
  included: boolean;
  /** Absent when the row is included. */
  reason?: Reason;
  /** What the row adds to the figure; 0 when it is not included. */
  contributes: number;
}

export type FigureValue = number | null | ExcludedProject[];

export interface Explanation {
  figure: string;
  kind: FigureKind;
  /** The figure as computeFigures gives it: what stats prints. */
  value: FigureValue;
  period: Period;
  /** For a share: how many rows it is a share of (counted rows and those in the denominator only). */
  of?: number;
  /** Every row of the registers the figure is made from, in file order. */
  rows: ExplainedRow[];
}
