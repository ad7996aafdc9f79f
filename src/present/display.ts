/**
 * The styles digiraad uses, chained as chalk chains them (`style.bold.cyan(text)`): a chalk
 * instance is one, and so is the plain style of output without colour (src/present/style.ts).
 */
type StyleName = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan';
export type Style = ((text: string) => string) & { readonly level: number } & { readonly [name in StyleName]: Style };

/** How text for people is laid out on one output stream. */
export interface Display {
  style: Style;
  /**
   * The terminal's columns, which every line fits within; undefined when nothing is cut or
   * wrapped: output to a pipe or a file (byte for byte what scripts and tests expect), or --wide.
   */
  width?: number;
  /** A rule under each table header: on a terminal without colour, where bold cannot mark it. */
  headerRule: boolean;
}

interface Layout {
  stringWidth: typeof import('string-width').default;
  wrapAnsi: typeof import('wrap-ansi').default;
}
let layout: Layout | undefined;

/**
 * Loads what measures and wraps text, which only a terminal's width needs: string-width builds an
 * Intl.Segmenter as it loads (wrap-ansi a second one), a large part of a start, while output to a
 * pipe or a file is never measured. makeDisplay calls it for a display with a width.
 */
export async function loadLayout(): Promise<void> {
  if (layout) return;
  const [{ default: stringWidth }, { default: wrapAnsi }] = await Promise.all([import('string-width'), import('wrap-ansi')]);
  layout = { stringWidth, wrapAnsi };
}

function loaded(): Layout {
  if (!layout) throw new Error('text is measured only for a display with a width, after loadLayout()');
  return layout;
}

/** Columns a text takes in a terminal: æøå one each, CJK and emoji two, colour codes none. */
export const displayWidth = (text: string): number => loaded().stringWidth(text);

/** `text` broken into lines of at most `width` columns (wrap-ansi, keeping colour codes whole). */
export const wrapColumns = (text: string, width: number): string => loaded().wrapAnsi(text, width, { hard: true, trim: true });

/**
 * `text` wrapped at word boundaries (a word longer than a line is broken) to lines of at most
 * `width` columns, continuation lines starting with `indent`; unchanged without a width.
 */
export function wrapText(text: string, width: number | undefined, indent = ''): string {
  if (width === undefined || displayWidth(text) <= width) return text;
  const lead = /^ */.exec(text)![0];
  const room = Math.max(1, width - Math.max(lead.length, indent.length));
  const lines = wrapColumns(text.slice(lead.length), room).split('\n');
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
