import type { Figures } from '../model/figures.js';
import { THEME_IDS } from '../model/themes.js';
import { KEY_FIGURES, valueAt } from './key-figures.js';
import type { Locale } from './locale.js';
import type { ColumnUnit, SheetTable, TableCell } from './xlsx.js';

const table = (name: string, columns: [string, ColumnUnit][], rows: TableCell[][]): SheetTable => ({
  name,
  columns: columns.map(([header, unit]) => ({ header, unit })),
  rows,
});

/**
 * The figures as workbook sheets, one per table: every key figure of KEY_FIGURES with its unit, then the series that stats prints as tables. Shares are fractions with a percent
 * format, so a spreadsheet can compute with them.
 */
export function statsTables(figures: Figures, loc: Locale): SheetTable[] {
  const { t } = loc;
  const f = figures;
  const byYear = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));
  const tables = [
    table(
      t.words.keyFigures,
      [
        [t.words.figure, 'text'],
        [t.words.value, 'count'],
      ],
      // A range takes two cells: its ends are key figures of their own.
      KEY_FIGURES.filter((k) => k.unit !== 'mnok-range').map((k) => [k.label(t), { value: valueAt(f, k.path) as number | null, unit: k.unit as ColumnUnit }]),
    ),
    table(
      t.words.costBandsTitle,
      [
        [t.words.costEstimate, 'text'],
        [t.words.projects, 'count'],
        [t.words.share, 'share'],
      ],
      Object.entries(f.costBands).map(([band, b]) => [t.words.bandLabel(band), b.count, b.share]),
    ),
    table(
      t.words.themesTitle,
      [
        [t.words.theme, 'text'],
        [t.words.questions, 'count'],
        [t.words.share, 'share'],
        [t.words.recommendations, 'count'],
        [t.words.share, 'share'],
      ],
      THEME_IDS.map((id) => [
        loc.themeLabel(id),
        f.themes[id].questions,
        f.themes[id].questionShare,
        f.themes[id].recommendations,
        f.themes[id].recommendationShare,
      ]),
    ),
    table(
      t.keyFigures.mainThemesOfAll,
      [
        [t.words.year, 'year'],
        [t.words.share, 'share'],
      ],
      byYear(f.mainThemes.byYear).map(([year, y]) => [Number(year), y.recommendationShare]),
    ),
    table(
      t.stats.byYear,
      [
        [t.words.year, 'year'],
        [t.words.projects, 'count'],
        [t.words.treatments, 'count'],
        [t.words.questions, 'count'],
        [t.words.recommendations, 'count'],
      ],
      byYear(f.byYear).map(([year, y]) => [Number(year), y.projects, y.treatments, y.questions, y.recommendations]),
    ),
    ...Object.entries(f.tags).map(([tag, tagFigures]) =>
      table(
        tag,
        [
          [t.words.year, 'year'],
          [t.words.recommendations, 'count'],
          [t.words.share, 'share'],
        ],
        byYear(tagFigures.byYear).map(([year, y]) => [Number(year), y.count, y.share]),
      ),
    ),
  ];
  if (f.totals.excluded.length > 0)
    tables.push(
      table(
        t.stats.excluded,
        [
          [t.words.projects, 'text'],
          [t.keyFigures.totalCost, 'mnok'],
          [t.keyFigures.totalBenefit, 'mnok'],
        ],
        f.totals.excluded.map((p) => [p.name, p.costMnok, p.benefitMnok]),
      ),
    );
  return tables;
}
