import type { ChalkInstance } from 'chalk';
import type { Problem } from '../model/problem.js';
import { CATALOGUES, problemText } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';

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

/** `data/questions.csv:14: error[unknown-theme]: theme "Gevinstrealisring" is not … (hint: …)`: one line each, editors can jump to it. */
export function problemsText(report: ProblemReport, style: ChalkInstance, lang: Lang): string {
  const w = CATALOGUES[lang].problems;
  const lines = report.problems.map((p) => {
    const where = [p.file, p.line].filter((x) => x !== undefined).join(':');
    const { message, hint } = problemText(p, lang);
    // With a value the message is a predicate (`theme "X" is not one of the six themes`).
    const hasValue = p.value !== undefined && p.value !== '';
    const what = hasValue ? `${p.column} ${JSON.stringify(p.value)} ` : p.column ? `${p.column}: ` : '';
    // The rule id in brackets, as rustc does with its error codes: stable, greppable, in --format json too.
    const label = `${p.severity === 'error' ? style.red(w.error) : style.yellow(w.warning)}[${p.rule}]`;
    return `${style.bold(`${where}:`)} ${label}: ${what}${message}${hint ? style.dim(` (${w.hint}: ${hint})`) : ''}`;
  });
  const { errors, warnings } = report.total;
  const hidden = errors - report.problems.filter((p) => p.severity === 'error').length;
  const summary = `${w.errors(errors)}, ${w.warnings(warnings)}${hidden > 0 ? ` (${w.hidden(hidden)})` : ''}`;
  return `${[...lines, errors > 0 ? style.red.bold(summary) : summary].join('\n')}\n`;
}

/** For scripts: the rule and its parameters, and the English message and hint. */
export function problemsJson(report: ProblemReport): string {
  const problems = report.problems.map((p) => ({ ...p, ...problemText(p, 'en') }));
  return `${JSON.stringify({ valid: report.total.errors === 0, errors: report.total.errors, warnings: report.total.warnings, problems }, null, 2)}\n`;
}
