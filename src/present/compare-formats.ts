import type { Comparison, ComparedFigure, Unit } from './comparison.js';
import { toCsv, type CsvOptions } from './csv.js';
import type { Locale } from './locale.js';
import { markdownTable } from './markdown.js';
import { wrapText, type Display } from './display.js';
import { tableText } from './terminal-table.js';
import type { SheetTable } from './xlsx.js';

const neutral = ({ figure, unit, first, second, change }: ComparedFigure) => ({ figure, unit, first, second, change });

export function compareJson(comparison: Comparison): string {
  const figures = comparison.sections.flatMap((s) => s.figures.map(neutral));
  return `${JSON.stringify({ periods: comparison.periods, figures }, null, 2)}\n`;
}

/** `figure,unit,first,second,change`; the two periods lead as `period.since` and `period.asOf` rows. */
export function compareCsv(comparison: Comparison, options: CsvOptions = {}): string {
  const [a, b] = comparison.periods;
  return toCsv(
    [
      ['figure', 'unit', 'first', 'second', 'change'],
      ['period.since', 'date', a.since, b.since, null],
      ['period.asOf', 'date', a.asOf, b.asOf, null],
      ...comparison.sections.flatMap((s) => s.figures.map((f) => [f.figure, f.unit, f.first, f.second, f.change])),
    ],
    options,
  );
}

/** Heading and cells of each section, formatted for people. */
function humanSections(comparison: Comparison, loc: Locale): { heading: string; head: string[]; rows: string[][] }[] {
  // A null is a cost range without any counted project: there is nothing to show or subtract.
  // Shares keep one decimal, zeros too, so that a column of them lines up and reads as compared.
  const value = (unit: Unit, v: number | null) =>
    v === null ? '–' : unit === 'share' ? loc.percent(v, 1, true) : unit === 'mnok' ? loc.mnok(v) : loc.number(v);
  const change = (unit: Unit, c: number | null) =>
    c === null ? '–' : unit === 'share' ? loc.t.compare.points(loc.signed(c * 100, 1, true)) : unit === 'mnok' ? `${loc.signed(c)} MNOK` : loc.signed(c);
  const dates = comparison.periods.map((p) => loc.date(p.asOf));
  return comparison.sections.map((section) => ({
    heading: section.heading(loc),
    head: [section.column(loc), ...dates, loc.t.compare.change],
    rows: section.figures.map((f) => [f.label(loc), value(f.unit, f.first), value(f.unit, f.second), change(f.unit, f.change)]),
  }));
}

const periodLines = (comparison: Comparison, loc: Locale) => comparison.periods.map((p) => loc.t.words.periodLine(loc.date(p.since), loc.date(p.asOf)));

export function compareTerminal(comparison: Comparison, loc: Locale, display: Display): string {
  const { style, width } = display;
  const out = [style.bold(loc.t.compare.title), ...periodLines(comparison, loc)].map((line) => wrapText(line, width));
  for (const section of humanSections(comparison, loc)) {
    out.push(
      '',
      wrapText(style.bold.cyan(section.heading), width),
      tableText({ head: section.head, aligns: ['left', 'right', 'right', 'right'], rows: section.rows }, display),
    );
  }
  return `${out.join('\n')}\n`;
}

export function compareMarkdown(comparison: Comparison, loc: Locale): string {
  const sections = humanSections(comparison, loc).flatMap((s) => [`## ${s.heading}`, markdownTable(s.head, s.rows, [false, true, true, true])]);
  return `${[`# ${loc.t.compare.title}`, periodLines(comparison, loc).join('  \n'), ...sections].join('\n\n')}\n`;
}

/** Each section as a workbook sheet: the two periods and the change as numbers, shares with one decimal. */
export function compareSheets(comparison: Comparison, loc: Locale): SheetTable[] {
  const dates = comparison.periods.map((p) => loc.date(p.asOf));
  return comparison.sections.map((section) => ({
    name: section.heading(loc),
    columns: [section.column(loc), ...dates, loc.t.compare.change].map((header, i) => ({ header, unit: i === 0 ? 'text' : 'count' })),
    rows: section.figures.map((f) => {
      const unit = f.unit === 'share' ? 'share1' : f.unit;
      return [f.label(loc), { value: f.first, unit }, { value: f.second, unit }, { value: f.change, unit }];
    }),
  }));
}
