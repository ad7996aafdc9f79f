import type { Problem } from '../model/problem.js';
import { CATALOGUES, problemText, type Messages } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import { wrapText, type Display } from './display.js';
import { visible } from './visible.js';

export interface ProblemReport {
  problems: Problem[];
  /** How many there were before --max-errors cut the list. */
  total: { errors: number; warnings: number };
  /** --quiet: warnings are left out, and not counted in the summary line. */
  quiet: boolean;
}

export function summarise(problems: readonly Problem[], maxErrors = Infinity, quiet = false): ProblemReport {
  let errors = 0;
  const shown: Problem[] = [];
  for (const p of problems) {
    if (p.severity === 'error' && ++errors > maxErrors) continue;
    if (p.severity === 'warning' && quiet) continue;
    shown.push(p);
  }
  return { problems: shown, total: { errors, warnings: problems.length - errors }, quiet };
}

/** The warnings of one rule in one file shown in full before the rest are counted on one line. */
const WARNINGS_SHOWN = 3;

/**
 * `data/questions.csv:14: error[unknown-theme]: theme "Gevinstrealisring" is not … (hint: …)`:
 * one line each, which editors and terminals recognise as a place to jump to. The warnings of
 * one rule in one file are counted on one line after the first few. In a terminal a long line
 * wraps with an indent, its location whole on the first line; piped (to an editor's quickfix
 * list, to grep) each problem stays on one line.
 */
export function problemsText(report: ProblemReport, display: Display, lang: Lang): string {
  const { style } = display;
  const w = CATALOGUES[lang].problems;
  const seen = new Map<string, number>();
  const lines: string[] = [];
  for (const p of report.problems) {
    if (p.severity === 'warning') {
      const key = `${p.file}\0${p.sheet ?? ''}\0${p.rule}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      if (count === WARNINGS_SHOWN + 1) {
        const alike =
          report.problems.filter((q) => q.severity === 'warning' && q.file === p.file && q.sheet === p.sheet && q.rule === p.rule).length - WARNINGS_SHOWN;
        lines.push(style.dim(`  ${w.alike(alike, p.file)}`));
      }
      if (count > WARNINGS_SHOWN) continue;
    }
    lines.push(wrapText(problemLine(p, style, lang), display.width, '    '));
  }
  const { errors, warnings } = report.total;
  const hidden = errors - report.problems.filter((p) => p.severity === 'error').length;
  const summary = `${w.errors(errors)}${report.quiet ? '' : `, ${w.warnings(warnings)}`}${hidden > 0 ? ` (${w.hidden(hidden)})` : ''}`;
  return `${[...lines, wrapText(errors > 0 ? style.red.bold(summary) : summary, display.width)].join('\n')}\n`;
}

function problemLine(p: Problem, style: Display['style'], lang: Lang): string {
  const w = CATALOGUES[lang].problems;
  const where = p.sheet === undefined ? [p.file, p.line].filter((x) => x !== undefined).join(':') : sheetLocation(p, w);
  const { message, hint } = problemText(p, lang);
  // The rule id in brackets, as rustc does with its error codes: stable, greppable, in --format json too.
  const label = `${p.severity === 'error' ? style.red(w.error) : style.yellow(w.warning)}[${p.rule}]`;
  // Values, hints ("did you mean") and cycles quote register text: never raw to the terminal.
  return `${style.bold(`${visible(where)}:`)} ${label}: ${visible(subject(p))}${visible(message)}${hint ? style.dim(` (${w.hint}: ${visible(hint)})`) : ''}`;
}

/** With a value the message is a predicate (`theme "X" is not one of the six themes`), so it leads with column and value. */
function subject(p: Problem): string {
  const hasValue = p.value !== undefined && p.value !== '';
  // A workbook location names the column already.
  const column = p.columnLetter === undefined ? p.column : undefined;
  return hasValue ? `${column ? `${column} ` : ''}${JSON.stringify(p.value)} ` : column ? `${column}: ` : '';
}

/**
 * GitHub Actions workflow commands, one per problem, so that a pull request shows each on its
 * line (docs.github.com: "Workflow commands for GitHub Actions"). In the chosen language, as the
 * text output; the rule is the title. Nothing is summarised: GitHub itself shows the first ten of each kind.
 */
export function problemsGithub(report: ProblemReport, lang: Lang): string {
  const lines = report.problems.map((p) => {
    const { message, hint } = problemText(p, lang);
    // No col=: GitHub counts characters, and a problem knows its column by name, which the message gives.
    const properties = [`file=${p.file}`, ...(p.line === undefined ? [] : [`line=${p.line}`]), `title=${p.rule}`];
    const text = visible(`${subject(p)}${message}${hint ? ` (${CATALOGUES[lang].problems.hint}: ${hint})` : ''}`);
    return `::${p.severity} ${properties.map(escapeProperty).join(',')}::${escapeData(text)}`;
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

// As @actions/core escapes them (escapeData, escapeProperty).
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (property: string) => {
  const at = property.indexOf('=');
  return (
    property.slice(0, at + 1) +
    escapeData(property.slice(at + 1))
      .replace(/:/g, '%3A')
      .replace(/,/g, '%2C')
  );
};

/** `registre.xlsx [Anbefalinger] rad 5, kolonne C (theme)`: what a spreadsheet user looks for. */
function sheetLocation(p: Problem, w: Messages['problems']): string {
  const column = p.columnLetter === undefined ? '' : `${p.line === undefined ? ' ' : ', '}${w.column} ${p.columnLetter} (${p.column})`;
  return `${p.file} [${p.sheet}]${p.line === undefined ? '' : ` ${w.row} ${p.line}`}${column}`;
}

/** For scripts: the rule and its parameters, and the English message and hint; in a workbook, the sheet row as `row`. */
export function problemsJson(report: ProblemReport): string {
  const problems = report.problems.map((p) => ({ ...p, ...(p.sheet !== undefined && p.line !== undefined ? { row: p.line } : {}), ...problemText(p, 'en') }));
  return `${JSON.stringify({ valid: report.total.errors === 0, errors: report.total.errors, warnings: report.total.warnings, problems }, null, 2)}\n`;
}
