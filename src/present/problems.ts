import type { ChalkInstance } from 'chalk';
import type { Problem } from '../model/problem.js';

export interface ProblemReport {
  problems: Problem[];
  /** How many there were before --max-errors cut the list. */
  total: { errors: number; warnings: number };
}

export function summarise(problems: readonly Problem[], maxErrors = Infinity): ProblemReport {
  let errors = 0;
  const shown: Problem[] = [];
  for (const p of problems) {
    if (p.severity === 'error' && ++errors > maxErrors) continue;
    shown.push(p);
  }
  return { problems: shown, total: { errors, warnings: problems.length - errors } };
}

/** `data/questions.csv:14: theme "Gevinstrealisring": … (hint: …)`: one line each, editors can jump to it. */
export function problemsText(report: ProblemReport, style: ChalkInstance): string {
  const lines = report.problems.map((p) => {
    const where = [p.file, p.line].filter((x) => x !== undefined).join(':');
    // With a value the message is a predicate (`theme "X" is not one of the six themes`).
    const hasValue = p.value !== undefined && p.value !== '';
    const what = hasValue ? `${p.column} ${JSON.stringify(p.value)} ` : p.column ? `${p.column}: ` : '';
    const label = p.severity === 'error' ? style.red('error') : style.yellow('warning');
    return `${style.bold(`${where}:`)} ${label}: ${what}${p.message}${p.hint ? style.dim(` (hint: ${p.hint})`) : ''}`;
  });
  const { errors, warnings } = report.total;
  const hidden = errors - report.problems.filter((p) => p.severity === 'error').length;
  const summary = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${hidden > 0 ? ` (${hidden} more errors not shown: raise --max-errors)` : ''}`;
  return `${[...lines, errors > 0 ? style.red.bold(summary) : summary].join('\n')}\n`;
}

export function problemsJson(report: ProblemReport): string {
  return `${JSON.stringify({ valid: report.total.errors === 0, errors: report.total.errors, warnings: report.total.warnings, problems: report.problems }, null, 2)}\n`;
}
