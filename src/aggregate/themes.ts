import type { Figures } from '../model/figures.js';
import { THEME_IDS, THEMES, type ThemeId } from '../model/themes.js';
import { share, type RowSummary, type Scope } from './scope.js';

/** Questions and recommendations per theme, with all six themes present. */
export function themeFigures(scope: Scope): Figures['themes'] {
  const questions = perTheme(scope.questions);
  const recommendations = perTheme(scope.recommendations);
  return Object.fromEntries(
    THEMES.map((t, i) => {
      const q = questions[i]!;
      const r = recommendations[i]!;
      return [
        t.id,
        {
          label: t.label,
          questions: q,
          questionShare: share(q, scope.questions.total),
          recommendations: r,
          recommendationShare: share(r, scope.recommendations.total),
        },
      ];
    }),
  ) as Figures['themes'];
}

/** The share of questions and recommendations about the main themes, overall and by year. */
export function mainThemeFigures(scope: Scope, mainThemes: readonly ThemeId[]): Figures['mainThemes'] {
  const main = (counts: number[]) => mainThemes.reduce((sum, id) => sum + counts[THEME_IDS.indexOf(id)]!, 0);
  const all = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  const byYear: Figures['mainThemes']['byYear'] = {};
  for (const [year, counts] of scope.recommendations.byYear) byYear[year] = { recommendationShare: share(main(counts), all(counts)) };
  return {
    themes: [...mainThemes],
    share: share(main(perTheme(scope.questions)) + main(perTheme(scope.recommendations)), scope.questions.total + scope.recommendations.total),
    byYear,
  };
}

function perTheme(summary: RowSummary): number[] {
  const totals = THEME_IDS.map(() => 0);
  for (const counts of summary.byYear.values()) for (const [i, count] of counts.entries()) totals[i] = totals[i]! + count;
  return totals;
}
