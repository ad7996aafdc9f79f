import type { Delimiter } from './csv.js';

const QUOTE = 0x22;
const LF = 0x0a;

/**
 * Where the cells of the rows papaparse parsed start on their lines (Problem.col), found again in
 * the text they were parsed from, and only when a problem asks: papaparse gives cells, not
 * places. The byte scanner (scan.ts) knows them as it reads; this counts as it does (characters
 * from the row's start, a quoted cell at its quote, none for a cell after a line end), so that
 * both paths say the same.
 */
export class TextColumns {
  /** The text being parsed (line ends made LF), and the line its first row starts on. */
  private text = '';
  private firstLine = 1;
  /** A line of `text` and where it starts, as far as seek() has walked. */
  private line = 1;
  private offset = 0;
  /** The line of the row being handed over: `of` answers for it. */
  row = 1;

  constructor(private readonly delimiter: Delimiter) {}

  /** A new piece of text, whose first row starts on `line`. */
  reset(text: string, line: number): void {
    this.text = text;
    this.firstLine = this.line = line;
    this.offset = 0;
  }

  /** The column of cell `i` of the row on line `row`: a CellColumns. */
  readonly of = (i: number): number | undefined => {
    const start = this.seek(this.row);
    return start === -1 ? undefined : cellColumn(this.text, start, this.delimiter, i);
  };

  /** Where `line` starts in the text, or -1; rows ask in line order, so the walk goes on from the last answer. */
  private seek(line: number): number {
    if (line < this.line) [this.line, this.offset] = [this.firstLine, 0];
    while (this.line < line) {
      const end = this.text.indexOf('\n', this.offset);
      if (end === -1) return -1;
      this.offset = end + 1;
      this.line++;
    }
    return this.offset;
  }
}

/** The column (1 = the first character) where cell `index` of the record at `from` starts, or undefined when not on the record's first line. */
export function cellColumn(text: string, from: number, delimiter: Delimiter, index: number): number | undefined {
  let at = from;
  let column = 1;
  for (let cell = 0; cell < index; cell++) {
    let end: number;
    if (text.charCodeAt(at) === QUOTE) {
      end = at + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end === -1) return undefined;
        if (text.charCodeAt(end + 1) !== QUOTE) break;
        end += 2;
      }
      end++;
      const lineEnd = text.indexOf('\n', at);
      if (lineEnd !== -1 && lineEnd < end) return undefined;
    } else {
      end = at;
      while (end < text.length && text[end] !== delimiter && text.charCodeAt(end) !== LF) end++;
    }
    if (text[end] !== delimiter) return undefined;
    column += characters(text, at, end) + 1;
    at = end + 1;
  }
  return column;
}

/** Characters (code points) in text[from, to): a surrogate pair is one, as the scanner counts UTF-8 sequences. */
function characters(text: string, from: number, to: number): number {
  let count = to - from;
  for (let i = from; i < to; i++) if ((text.charCodeAt(i) & 0xfc00) === 0xdc00) count--;
  return count;
}
