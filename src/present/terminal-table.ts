import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';

export type Align = 'left' | 'right';

// Rules under the header only: a long table stays short enough to read at a glance.
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/**
 * A table for the terminal with a bold header. With `widths`, cells wrap at word boundaries to
 * stay inside them (each width includes a space of padding on either side).
 */
export function terminalTable(head: string[], aligns: Align[], style: ChalkInstance, widths?: number[]): Table.Table {
  return new Table({
    head: head.map((h) => style.bold(h)),
    colAligns: aligns,
    style: { head: [], border: [] },
    chars: COMPACT,
    ...(widths ? { colWidths: widths, wordWrap: true } : {}),
  });
}

/**
 * Column widths that keep a table within `maxWidth` characters by wrapping, or undefined when it
 * fits as it is or cannot fit. A column marked in `wrap` gets room in proportion to its unwrapped
 * width, never less than its longest word (cli-table3 would cut that word short); any other
 * column keeps its cells on one line and wraps only its header.
 */
export function fitWidths(head: string[], rows: string[][], maxWidth: number, wrap: boolean[]): number[] | undefined {
  const longest = (texts: string[]) => texts.reduce((max, t) => Math.max(max, t.length), 0);
  const words = (text: string) => text.split(/\s+/);
  const columns = head.map((_, i) => rows.map((row) => row[i]!));
  // Each width includes a space of padding on either side.
  const natural = columns.map((cells, i) => longest([head[i]!, ...cells]) + 2);
  const least = columns.map((cells, i) => longest([head[i]!, ...cells].flatMap(words)) + 2);
  const fixed = columns.map((cells, i) => Math.max(longest(cells), longest(words(head[i]!))) + 2);
  const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
  const borders = head.length + 1;
  if (sum(natural) + borders <= maxWidth) return undefined;
  const base = head.map((_, i) => (wrap[i] ? least[i]! : fixed[i]!));
  const room = maxWidth - borders - sum(base);
  if (room < 0) return undefined;
  const slack = head.map((_, i) => (wrap[i] ? natural[i]! - least[i]! : 0));
  const totalSlack = sum(slack);
  return base.map((w, i) => (totalSlack === 0 ? w : w + Math.min(slack[i]!, Math.floor((slack[i]! * room) / totalSlack))));
}
