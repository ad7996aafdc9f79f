import { copyWith, type Problem, type ProblemSink } from '../model/problem.js';
import type { Rule } from '../model/rules.js';
import { CATALOGUES, problemText, type Messages } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import { wrapText, type Display } from './display.js';
import { visible } from './visible.js';

export type ProblemFormat = 'text' | 'json' | 'github';

export interface ProblemWriterOptions {
  format: ProblemFormat;
  /** Text: the width and colours of the stream written to. */
  display: Display;
  lang: Lang;
  /** Errors listed before the rest are only counted (--max-errors). */
  maxErrors: number;
  /** --quiet: warnings are left out, and not counted in the summary line. */
  quiet: boolean;
}

/** The warnings of one rule in one file shown in full before the rest are counted on one line. */
const WARNINGS_SHOWN = 3;
/**
 * Written in pieces of this many bytes: one write per problem would be a system call each. The
 * piece is bytes, not text, so that a problem's text is garbage as soon as it is copied in (text
 * waiting in a string would outlive young collections and fill the old heap).
 */
const PIECE = 64 * 1024;

/**
 * Writes problems as validation finds them, so that memory holds none of them however many there
 * are: only counts, per severity and rule, and per rule of the file being written.
 *
 * - text: `data/questions.csv:14: error[unknown-theme]: theme "Gevinstrealisring" is not … (hint: …)`,
 *   one line each, which editors and terminals recognise as a place to jump to. The warnings of
 *   one rule in one file are counted on one line, after the file's problems, past the first few.
 *   In a terminal a long line wraps with an indent, its location whole on the first line; piped
 *   (to an editor's quickfix list, to grep) each problem stays on one line. A summary line ends it.
 * - json: the problems, then the counts (`valid`, `errors`, `warnings`, what was left out of the
 *   list and how many of each rule): for scripts, in English.
 * - github: GitHub Actions workflow commands (docs.github.com: "Workflow commands for GitHub
 *   Actions"), one per problem, so that a pull request shows each on its line. Nothing is
 *   summarised: GitHub itself shows the first ten of each kind.
 */
export class ProblemWriter implements ProblemSink {
  /** Found, listed or not. */
  errors = 0;
  warnings = 0;
  private readonly listed = { errors: 0, warnings: 0 };
  private readonly rules = new Map<Rule, number>();
  /** Text: the file (and sheet) being written, and per rule how many of its warnings were shown and how many more there are. */
  private file: { key: string; name: string } | undefined;
  private alike = new Map<Rule, { shown: number; more: number }>();
  private readonly piece = Buffer.allocUnsafe(PIECE);
  private used = 0;

  constructor(
    private readonly write: (text: string | Uint8Array) => void,
    private readonly options: ProblemWriterOptions,
  ) {}

  add(p: Problem): void {
    this.count(p, 1);
    const { format, quiet, maxErrors, display, lang } = this.options;
    if (p.severity === 'error' ? this.listed.errors >= maxErrors : quiet) return;
    if (format === 'json') this.out(`${this.anyListed ? ',' : '{\n  "problems": ['}\n${jsonElement(p)}`);
    if (p.severity === 'error') this.listed.errors++;
    else this.listed.warnings++;
    if (format === 'github') this.out(`${problemGithub(p, lang)}\n`);
    if (format !== 'text') return;
    this.enter(p);
    if (p.severity === 'warning') {
      const alike = this.alikeOf(p.rule);
      if (alike.shown === WARNINGS_SHOWN) {
        alike.more++;
        return;
      }
      alike.shown++;
    }
    this.out(`${wrapText(problemLine(p, display.style, lang), display.width, '    ')}\n`);
  }

  unlisted(p: Problem, count: number): void {
    this.count(p, count);
    // An unlisted error is past --max-errors by then; unlisted warnings join the count of their like.
    if (p.severity === 'error' || this.options.quiet || this.options.format !== 'text') return;
    this.enter(p);
    this.alikeOf(p.rule).more += count;
  }

  /** After the last problem: the summary (text), the counts that close the document (json). */
  finish(): void {
    const { errors, warnings, listed } = this;
    const { format, quiet, display, lang } = this.options;
    if (format === 'json') {
      const rules = Object.fromEntries([...this.rules].sort(([a], [b]) => (a < b ? -1 : 1)));
      const counts = { valid: errors === 0, errors, warnings, omitted: { errors: errors - listed.errors, warnings: warnings - listed.warnings }, rules };
      this.out(`${this.anyListed ? '\n  ]' : '{\n  "problems": []'},${JSON.stringify(counts, null, 2).slice(1)}\n`);
    } else if (format === 'text' && this.anyListed) {
      this.enter(undefined);
      const w = CATALOGUES[lang].problems;
      const hidden = errors - listed.errors;
      const summary = `${w.errors(errors)}${quiet ? '' : `, ${w.warnings(warnings)}`}${hidden > 0 ? ` (${w.hidden(hidden)})` : ''}`;
      this.out(`${wrapText(errors > 0 ? display.style.red.bold(summary) : summary, display.width)}\n`);
    }
    this.flush();
  }

  /** Whether any problem was written (else `validate` says the registers are valid). */
  get anyListed(): boolean {
    return this.listed.errors + this.listed.warnings > 0;
  }

  private count(p: Problem, count: number): void {
    if (p.severity === 'error') this.errors += count;
    else this.warnings += count;
    this.rules.set(p.rule, (this.rules.get(p.rule) ?? 0) + count);
  }

  /** Text: a problem of another file (or none: the end) closes the file before with its counts of like warnings. */
  private enter(p: Problem | undefined): void {
    const key = p === undefined ? '' : `${p.file}\0${p.sheet ?? ''}`;
    if (this.file?.key === key) return;
    const { style } = this.options.display;
    const w = CATALOGUES[this.options.lang].problems;
    for (const { more } of this.alike.values()) if (more > 0) this.out(`${style.dim(`  ${w.alike(more, this.file!.name)}`)}\n`);
    this.alike = new Map();
    this.file = p === undefined ? undefined : { key, name: p.file };
  }

  private alikeOf(rule: Rule): { shown: number; more: number } {
    let alike = this.alike.get(rule);
    if (!alike) {
      alike = { shown: 0, more: 0 };
      this.alike.set(rule, alike);
    }
    return alike;
  }

  private out(text: string): void {
    // A UTF-16 unit is at most three bytes of UTF-8; a piece never ends inside a character.
    if (this.used + 3 * text.length > PIECE) this.flush();
    if (3 * text.length > PIECE) this.write(text);
    else this.used += this.piece.write(text, this.used);
  }

  private flush(): void {
    if (this.used === 0) return;
    // A copy: the stream may keep what it is given until it is written.
    this.write(Buffer.from(this.piece.subarray(0, this.used)));
    this.used = 0;
  }
}

function problemLine(p: Problem, style: Display['style'], lang: Lang): string {
  const w = CATALOGUES[lang].problems;
  const where = p.sheet !== undefined ? sheetLocation(p, w) : p.line === undefined ? p.file : `${p.file}:${decimal(p.line)}`;
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
 * A line or column number as text, made afresh: `${n}` and String(n) go through V8's cache of
 * number strings, which keeps the text of the last few thousand numbers alive, so that with a
 * new line number per problem every one of them outlived young collections (measured with
 * --trace-gc-nvp on 500 000 bad rows: 15 MB promoted, and a young generation grown to its most).
 */
function decimal(n: number): string {
  return n.toFixed(0);
}

/** One GitHub Actions workflow command, in the chosen language, as the text output; the rule is the title. */
export function problemGithub(p: Problem, lang: Lang): string {
  const { message, hint } = problemText(p, lang);
  const properties = [
    `file=${p.file}`,
    ...(p.line === undefined ? [] : [`line=${decimal(p.line)}`]),
    ...(p.col === undefined ? [] : [`col=${decimal(p.col)}`]),
    `title=${p.rule}`,
  ];
  const text = visible(`${subject(p)}${message}${hint ? ` (${CATALOGUES[lang].problems.hint}: ${hint})` : ''}`);
  return `::${p.severity} ${properties.map(escapeProperty).join(',')}::${escapeData(text)}`;
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

/**
 * For scripts: the rule and its parameters, and the English message and hint; in a workbook, the
 * sheet row as `row`. Indented as an element of the document's `problems`: made as one, and cut out.
 */
function jsonElement(p: Problem): string {
  const element = copyWith(p, { ...(p.sheet !== undefined && p.line !== undefined ? { row: p.line } : {}), ...problemText(p, 'en') });
  const document = JSON.stringify({ problems: [element] }, null, 2);
  return document.slice(ELEMENT_START, -ELEMENT_END);
}
const ELEMENT_START = '{\n  "problems": [\n'.length;
const ELEMENT_END = '\n  ]\n}'.length;
