import type { Figures } from '../model/figures.js';
import { THEMES, type ThemeId } from '../model/themes.js';
import { countBy, share, type Scope } from './scope.js';

/** Questions and recommendations per theme, with all six themes present. */
export function themeFigures(scope: Scope): Figures['themes'] {
  const questions = countBy(scope.questions, (q) => q.theme);
  const recommendations = countBy(scope.recommendations, (r) => r.theme);
  return Object.fromEntries(
    THEMES.map((t) => {
      const q = questions.get(t.id) ?? 0;
      const r = recommendations.get(t.id) ?? 0;
      return [t.id, { label: t.label, questions: q, questionShare: share(q, scope.questions.length), recommendations: r, recommendationShare: share(r, scope.recommendations.length) }];
    }),
  ) as Figures['themes'];
}

/** The share of questions and recommendations about the main themes, overall and by year. */
export function mainThemeFigures(scope: Scope, mainThemes: readonly ThemeId[]): Figures['mainThemes'] {
  const isMain = (theme: ThemeId) => mainThemes.includes(theme);
  const main = scope.questions.filter((q) => isMain(q.theme)).length + scope.recommendations.filter((r) => isMain(r.theme)).length;
  const byYear: Figures['mainThemes']['byYear'] = {};
  const perYear = new Map<string, { main: number; all: number }>();
  for (const r of scope.recommendations) {
    const key = scope.yearOfRow(r);
    const year = perYear.get(key) ?? { main: 0, all: 0 };
    year.all++;
    if (isMain(r.theme)) year.main++;
    perYear.set(key, year);
  }
  for (const year of [...perYear.keys()].sort()) byYear[year] = { recommendationShare: share(perYear.get(year)!.main, perYear.get(year)!.all) };
  return { themes: [...mainThemes], share: share(main, scope.questions.length + scope.recommendations.length), byYear };
}
