import type TableConstructor from 'cli-table3';
import { createRequire } from 'node:module';
import { displayWidth, wrapColumns, type Display } from './display.js';

export type Align = 'left' | 'right';

export interface TableSpec {
  head: string[];
  aligns: Align[];
  rows: string[][];
  /**
   * The columns of free text (names, agencies) that may wrap within their cells to fit the
   * terminal. The others (numbers, dates, classes) keep each cell on one line; only their header
   * wraps. Default: the first column.
   */
  wraps?: boolean[];
}

// Rules under the header only: a long table stays short enough to read at a glance.
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
/** A wrapped column narrower than this is no longer readable: the table becomes records. */
const MIN_WRAPPED = 10;
/** Each column takes a space on either side and a border; the table one more border. */
const frame = (columns: number) => 3 * columns + 1;

/**
 * A table for people, with a bold header. Within a terminal's width the free-text columns wrap to
 * fit; when even that is too wide, each row becomes a block of `label  value` lines, as `psql \x`
 * shows records. Without a width (a pipe, a file, --wide) every cell stays on one line.
 */
export function tableText(spec: TableSpec, display: Display): string {
  const { head, rows } = spec;
  const widths = display.width === undefined ? undefined : columnWidths(spec, display.width);
  if (widths === null) return recordsText(spec, display);
  const wrapCell = (text: string, i: number) => (widths === undefined ? text : wrapColumns(text, widths[i]!));
  const wrappedHead = head.map(wrapCell);
  const boldHead = wrappedHead.map((h) =>
    h
      .split('\n')
      .map((line) => display.style.bold(line))
      .join('\n'),
  );
  const cells = rows.map((row) => row.map(wrapCell));
  const text = drawnTable(boldHead, cells, spec.aligns) ?? libraryTable(boldHead, cells, spec.aligns);
  if (!display.headerRule) return text;
  const lines = text.split('\n');
  const headLines = Math.max(...wrappedHead.map((h) => h.split('\n').length));
  const rule = lines[0]!.replace('┌', '├').replace('┐', '┤').replaceAll('┬', '┼');
  return [...lines.slice(0, 1 + headLines), rule, ...lines.slice(1 + headLines)].join('\n');
}

// Loaded on first use (a CommonJS package, so synchronously): the common table is drawn without it.
const loadCommonJs = createRequire(import.meta.url);

export function libraryTable(head: string[], rows: string[][], aligns: Align[]): string {
  const Table = loadCommonJs('cli-table3') as typeof TableConstructor;
  const table = new Table({ head, colAligns: aligns, style: { head: [], border: [] }, chars: COMPACT });
  table.push(...rows);
  return table.toString();
}

/** Colour codes (SGR), which take no column. */
const SGR = /\x1b\[[0-9;]*m/g;
/**
 * Characters that take exactly one column each: printable ASCII, the Latin letters (æøå, é, ş; no
 * soft hyphen), the dashes, quotes and ellipsis of general punctuation, the narrow no-break space
 * and minus sign that Norwegian numbers are written with, and the euro sign.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\xa0-\xac\xae-\u024f\u2010-\u2027\u202f\u2030-\u205e\u20ac\u2212]*$/;

/**
 * Fast path, the common case: every cell on one line and of characters one column wide each.
 * Takes the cells as libraryTable does and hands back the same text, drawn here, without
 * loading cli-table3's width measurement (its emoji pattern alone is a good part of a start);
 * null for anything else, which libraryTable (cli-table3) draws. test/present/terminal-table.test.ts
 * holds the two to the same output.
 */
export function drawnTable(head: string[], rows: string[][], aligns: Align[]): string | null {
  const widths = head.map(() => 0);
  for (const row of [head, ...rows]) {
    for (const [i, cell] of row.entries()) {
      const visible = cell.replace(SGR, '');
      if (!ONE_COLUMN_EACH.test(visible)) return null;
      widths[i] = Math.max(widths[i]!, visible.length);
    }
  }
  const rule = (left: string, middle: string, right: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right;
  const line = (row: string[]) =>
    `│${row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - cell.replace(SGR, '').length);
        return ` ${aligns[i] === 'right' ? pad + cell : cell + pad} `;
      })
      .join('│')}│`;
  return [rule('┌', '┬', '┐'), line(head), ...rows.map(line), rule('└', '┴', '┘')].join('\n');
}

/**
 * The width of each column's text that keeps the table within `maxWidth`: as it is when it fits,
 * else the free-text columns share what the others leave in proportion to their length, wrapping
 * between words if they can and within words if they must; null when that leaves one of them
 * narrower than MIN_WRAPPED.
 */
function columnWidths({ head, rows, wraps = head.map((_, i) => i === 0) }: TableSpec, maxWidth: number): number[] | null {
  const longest = (texts: string[]) => texts.reduce((max, t) => Math.max(max, displayWidth(t)), 0);
  const words = (texts: string[]) => texts.flatMap((text) => text.split(/\s+/));
  const columns = head.map((h, i) => ({ head: h, cells: rows.map((row) => row[i]!), wraps: wraps[i] === true }));
  const natural = columns.map((c) => longest([c.head, ...c.cells]));
  const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
  const room = maxWidth - frame(head.length);
  if (sum(natural) <= room) return natural;
  const fixed = columns.map((c) => (c.wraps ? 0 : Math.max(longest(c.cells), longest(words([c.head])))));
  const share = (least: number[]) => {
    const left = room - sum(least);
    if (left < 0) return null;
    const slack = natural.map((n, i) => (columns[i]!.wraps ? n - least[i]! : 0));
    const totalSlack = sum(slack);
    return least.map((w, i) => w + (totalSlack === 0 ? 0 : Math.floor((slack[i]! * left) / totalSlack)));
  };
  const wholeWords = columns.map((c, i) => (c.wraps ? Math.min(natural[i]!, longest(words([c.head, ...c.cells]))) : fixed[i]!));
  const brokenWords = columns.map((c, i) => (c.wraps ? Math.min(natural[i]!, MIN_WRAPPED) : fixed[i]!));
  return share(wholeWords) ?? share(brokenWords);
}

/** One block per row: a rule with its number, then each column's label and value, the value wrapped beside the label. */
function recordsText({ head, rows }: TableSpec, display: Display): string {
  const width = display.width!;
  const labelWidth = Math.max(...head.map(displayWidth));
  const valueWidth = Math.max(1, width - labelWidth - 2);
  const blocks = rows.map((row, r) => {
    const title = `── ${r + 1} `;
    const lines = [display.style.dim(title + '─'.repeat(Math.max(0, width - displayWidth(title))))];
    head.forEach((label, i) => {
      const value = wrapColumns(row[i]!, valueWidth).split('\n');
      const pad = ' '.repeat(labelWidth - displayWidth(label));
      for (const [j, line] of value.entries()) lines.push(j === 0 ? `${display.style.bold(label)}${pad}  ${line}` : `${' '.repeat(labelWidth + 2)}${line}`);
    });
    return lines.join('\n');
  });
  return blocks.join('\n');
}
