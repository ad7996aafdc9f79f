import type { Figures } from '../model/figures.js';
import { countBy, share, type Scope } from './scope.js';

/** Per tag: recommendations, distinct projects, and the share of each year's recommendations. */
export function tagFigures(scope: Scope): Figures['tags'] {
  const recommendationsPerYear = countBy(scope.recommendations, scope.yearOfRow);
  const years = [...recommendationsPerYear.keys()].sort();
  const tags = new Map<string, { recommendations: number; projects: Set<string>; perYear: Map<string, number> }>();
  for (const r of scope.recommendations) {
    for (const tag of r.tags) {
      const entry = tags.get(tag) ?? { recommendations: 0, projects: new Set<string>(), perYear: new Map<string, number>() };
      entry.recommendations++;
      entry.projects.add(scope.projectOf.get(r.projectId)!);
      const year = scope.yearOfRow(r);
      entry.perYear.set(year, (entry.perYear.get(year) ?? 0) + 1);
      tags.set(tag, entry);
    }
  }
  return Object.fromEntries(
    [...tags.keys()].sort().map((tag) => {
      const entry = tags.get(tag)!;
      const byYear = Object.fromEntries(
        years.map((year) => {
          const count = entry.perYear.get(year) ?? 0;
          return [year, { count, share: share(count, recommendationsPerYear.get(year)!) }];
        }),
      );
      return [tag, { recommendations: entry.recommendations, projects: entry.projects.size, byYear }];
    }),
  );
}
