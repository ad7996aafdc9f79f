import type { Figures } from '../model/figures.js';
import type { Scope } from './scope.js';

/** Per calendar year of the meeting date: new projects, treatments, questions, recommendations. */
export function byYearFigures(scope: Scope): Figures['byYear'] {
  // The years are those of the treatments up to as-of, numbered: counting is arithmetic on arrays.
  const { years, treatmentYear } = scope.years;
  const treatments = new Array<number>(years.length).fill(0);
  // A treatment after as-of has no year (-1).
  for (let i = 0; i < treatmentYear.length; i++) if (treatmentYear[i] !== -1) treatments[treatmentYear[i]!]!++;
  const projects = new Array<number>(years.length).fill(0);
  for (let p = 0; p < scope.projects.length; p++) projects[treatmentYear[scope.projects.first[p]!]!]!++;
  const total = (counts: number[] | undefined) => (counts ?? []).reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    years.map((year, y) => [
      year,
      {
        projects: projects[y]!,
        treatments: treatments[y]!,
        questions: total(scope.questions.byYear.get(year)),
        recommendations: total(scope.recommendations.byYear.get(year)),
      },
    ]),
  );
}
