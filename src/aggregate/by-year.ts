import type { Figures } from '../model/figures.js';
import { countBy, yearOf, type Scope } from './scope.js';

/** Per calendar year of the meeting date: new projects, treatments, questions, recommendations. */
export function byYearFigures(scope: Scope): Figures['byYear'] {
  const treatments = countBy(scope.treatments, (t) => yearOf(t.meetingDate));
  const projects = countBy(scope.projects, (p) => yearOf(p.first.meetingDate));
  const total = (counts: number[] | undefined) => (counts ?? []).reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    [...treatments.keys()].sort().map((year) => [
      year,
      {
        projects: projects.get(year) ?? 0,
        treatments: treatments.get(year)!,
        questions: total(scope.questions.byYear.get(year)),
        recommendations: total(scope.recommendations.byYear.get(year)),
      },
    ]),
  );
}
