import type { Figures } from '../model/figures.js';
import { share, type Scope } from './scope.js';

/** Per tag: recommendations, distinct projects, and the share of each year's recommendations. */
export function tagFigures(scope: Scope): Figures['tags'] {
  const { byYear: perYear, tags } = scope.recommendations;
  const recommendationsPerYear = new Map([...perYear].map(([year, counts]) => [year, counts.reduce((a, b) => a + b, 0)]));
  return Object.fromEntries(
    [...tags.keys()].sort().map((tag) => {
      const entry = tags.get(tag)!;
      const byYear = Object.fromEntries(
        [...recommendationsPerYear].map(([year, all]) => {
          const count = entry.byYear.get(year) ?? 0;
          return [year, { count, share: share(count, all) }];
        }),
      );
      const recommendations = [...entry.byYear.values()].reduce((a, b) => a + b, 0);
      return [tag, { recommendations, projects: entry.projects, byYear }];
    }),
  );
}
