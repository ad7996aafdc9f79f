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
  /** Its name in the report, where the stats table shows it as a sub-row («– som lager løsninger for andre»). */
  reportLabel?: (t: Messages) => string;
  /** In the report, the path of the whole it is a part of: `11 av 15`. */
  of?: string;
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

/** The tag of the recommendations that tell a project to contact another agency and learn from it (CONTRACT §1). */
export const LEARN_FROM_OTHERS_TAG = 'laer-av-andre';

const overCounted = (figures: Figures, loc: Locale) => loc.t.keyFigures.counted(loc.number(figures.totals.counted));

/** The key figures, in the order the stats table and compare list them. */
export const KEY_FIGURES: readonly KeyFigure[] = [
  { path: 'projects.total', unit: 'count', label: (t) => t.keyFigures.projectsTotal, shown: { stats: true, compare: true, report: 1 } },
  { path: 'projects.treatments', unit: 'count', label: (t) => t.words.treatments, shown: { stats: true, compare: true } },
  { path: 'projects.inPeriod', unit: 'count', label: (t) => t.keyFigures.inPeriod, shown: { stats: true, compare: true, report: 2 } },
  {
    path: 'projects.inPeriodSharedSolution',
    unit: 'count',
    label: (t) => t.keyFigures.inPeriodShared,
    reportLabel: (t) => t.keyFigures.sharedSolution,
    of: 'projects.inPeriod',
    shown: { stats: true, compare: true, report: 3 },
  },
  { path: 'projects.agencies', unit: 'count', label: (t) => t.keyFigures.agencies, shown: { stats: true, compare: true, report: 5 } },
  { path: 'projects.ministries', unit: 'count', label: (t) => t.keyFigures.ministries, shown: { stats: true, compare: true, report: 4 } },
  { path: 'projects.programmes', unit: 'count', label: (t) => t.keyFigures.programmes, shown: { stats: true, compare: true } },
  { path: 'projects.withCost', unit: 'count', label: (t) => t.keyFigures.withCost, shown: { stats: true, compare: true } },
  { path: 'projects.withoutCost', unit: 'count', label: (t) => t.keyFigures.withoutCost, shown: { stats: true, compare: true } },
  { path: 'totals.counted', unit: 'count', label: (t) => t.keyFigures.countedProjects, shown: { compare: true } },
  {
    path: 'totals.costMnok',
    unit: 'mnok',
    label: (t) => t.keyFigures.totalCost,
    shown: { stats: true, compare: true, report: 6 },
    emphasis: true,
    note: overCounted,
  },
  { path: 'totals.benefitMnok', unit: 'mnok', label: (t) => t.keyFigures.totalBenefit, shown: { stats: true, compare: true, report: 7 }, emphasis: true },
  { path: 'totals.costRange', unit: 'mnok-range', label: (t) => t.keyFigures.costRange, shown: { stats: true, report: 8 } },
  { path: 'totals.costRange.min', unit: 'mnok', label: (t) => t.keyFigures.costMin, shown: { compare: true } },
  { path: 'totals.costRange.max', unit: 'mnok', label: (t) => t.keyFigures.costMax, shown: { compare: true } },
  { path: 'questions.total', unit: 'count', label: (t) => t.words.questions, shown: { stats: true, compare: true, report: 9 } },
  { path: 'recommendations.total', unit: 'count', label: (t) => t.words.recommendations, shown: { stats: true, compare: true, report: 10 } },
  { path: 'mainThemes.share', unit: 'share', label: (t) => t.keyFigures.mainThemesOfAll, shown: { compare: true } },
  { path: 'conversations.total', unit: 'count', label: (t) => t.keyFigures.conversations, shown: { stats: true, compare: true, report: 11 } },
  {
    path: 'conversations.inPeriod',
    unit: 'count',
    label: (t) => t.keyFigures.conversationsInPeriod,
    reportLabel: (t) => t.keyFigures.conversationsSinceLast,
    shown: { stats: true, compare: true, report: 12 },
  },
  // «I 14 av 55 prosjekter har vi gitt lederne råd om å ta direkte kontakt med virksomheter som vi vet de kan lære av.»
  { path: `tags.${LEARN_FROM_OTHERS_TAG}.projects`, unit: 'count', label: (t) => t.keyFigures.learnFromOthers, of: 'projects.total', shown: { report: 13 } },
];

/** The value at `path` in the figures JSON; undefined where a tag never occurs (CONTRACT §4 lists only the tags that do). */
export function valueAt(figures: Figures, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], figures);
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
  return shown.map((figure) => {
    const name = view === 'report' && figure.reportLabel ? figure.reportLabel(loc.t) : figure.label(loc.t);
    const value = formatValue(figure.unit, valueAt(figures, figure.path), loc, figures, view);
    return {
      figure,
      label: figure.note ? `${name} (${figure.note(figures, loc)})` : name,
      value: view === 'report' && figure.of ? loc.t.keyFigures.ofTotal(value, formatValue('count', valueAt(figures, figure.of), loc, figures, view)) : value,
    };
  });
}

/** Money in the report's text: MNOK, and from 1 000 MNOK on as the printed report writes it («24,8 mrd. kroner»). */
export function moneyInText(value: number | null, loc: Locale): string {
  return value !== null && value >= 1000 ? loc.t.keyFigures.billions(loc.number(value / 1000, 1)) : loc.mnok(value);
}

function formatValue(unit: KeyFigureUnit, value: unknown, loc: Locale, figures: Figures, view: 'stats' | 'report'): string {
  switch (unit) {
    case 'count':
      return loc.number((value as number | undefined) ?? 0);
    case 'mnok':
      return view === 'report' ? moneyInText(value as number | null, loc) : loc.mnok(value as number | null);
    case 'share':
      return loc.percent(value as number);
    case 'mnok-range': {
      const { min, max } = value as Figures['totals']['costRange'];
      // The range is 0–0 when no project is counted: that is no range.
      return figures.totals.counted === 0 ? loc.t.words.none : `${loc.number(min)}–${loc.mnok(max)}`;
    }
  }
}
