import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** How text for people is laid out on one output stream. */
export interface Display {
  style: ChalkInstance;
  /**
   * The terminal's columns, which every line fits within; undefined when nothing is cut or
   * wrapped: output to a pipe or a file (byte for byte what scripts and tests expect), or --wide.
   */
  width?: number;
  /** A rule under each table header: on a terminal without colour, where bold cannot mark it. */
  headerRule: boolean;
}

/** Columns a text takes in a terminal: æøå one each, CJK and emoji two, colour codes none. */
export const displayWidth = (text: string): number => stringWidth(text);

/**
 * `text` wrapped at word boundaries (a word longer than a line is broken) to lines of at most
 * `width` columns, continuation lines starting with `indent`; unchanged without a width.
 */
export function wrapText(text: string, width: number | undefined, indent = ''): string {
  if (width === undefined || displayWidth(text) <= width) return text;
  const lead = /^ */.exec(text)![0];
  const room = Math.max(1, width - Math.max(lead.length, indent.length));
  const lines = wrapAnsi(text.slice(lead.length), room, { hard: true, trim: true }).split('\n');
  return lines.map((line, i) => (i === 0 ? lead : indent) + line).join('\n');
}

/** Every line of `text` wrapped to the display's width. */
export const fitLines = (text: string, width: number | undefined): string =>
  width === undefined
    ? text
    : text
        .split('\n')
        .map((line) => wrapText(line, width))
        .join('\n');
