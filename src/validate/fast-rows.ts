import { normaliseColumnName } from '../model/columns.js';
import type { Encoding } from '../model/encoding.js';
import type { Problem } from '../model/problem.js';
import { type CellColumns, FIELD, type ScannedRow } from '../model/scanned-row.js';
import type { TailRows } from '../model/tail-rows.js';
import type { ThemeId } from '../model/themes.js';
import { ByteTable } from './byte-table.js';
import type { TableValidator } from './table.js';
import type { TagCheck } from './tags.js';
import { checkCell, needsCheck } from './text.js';
import { parseTags, parseTheme, type Parsed } from './values.js';

/** As table.ts: a longer cell is an error; a cell of at most as many bytes has at most as many characters. */
export const MAX_CELL_BYTES = 100_000;
/** How many distinct cells of one column are remembered, as values.ts does. */
export const MAX_CACHED_CELLS = 10_000;
/** What a cache of cells holds for a cell the plain path would have a word to say about. */
export const REFUSED = -2;

enum Kind {
  FreeText,
  Id,
  Project,
  Theme,
  Tags,
}
const KIND_OF_COLUMN: Record<string, Kind> = { id: Kind.Id, project_id: Kind.Project, theme: Kind.Theme, tags: Kind.Tags, text: Kind.FreeText };

/** Bytes an id may be made of to be its own lookalike key (text.ts: FOLDED). */
export const FOLDED_BYTE = new Uint8Array(256);
for (const ch of 'abcdefghijklmnopqrstuvwxyz0123456789_.:/-') FOLDED_BYTE[ch.charCodeAt(0)] = 1;

export interface FastRowsOptions {
  /** The index in the treatments of each valid treatment, keyed on the UTF-8 bytes of its id. */
  projects: ByteTable;
  /** The tags column's check (recommendations.csv): null for a register without tags. */
  tags: TagCheck | null;
  /** Whether `keep` is given each row's id (else ''). */
  keepIds: boolean;
  /** Takes a row the fast path vouched for. */
  keep(treatment: number, theme: ThemeId, tags: readonly string[], line: number, id: string): void;
  /** Takes the rows of a tail another thread vouched for (joinTail), as keep() and the tags check would have, row by row. */
  keepTail?(tail: TailRows, lineOffset: number): void;
}

/**
 * The fast path of questions.csv and recommendations.csv. Takes a row as bytes from the scanner
 * (load/scan.ts) and vouches for it only when the plain path would take it without a word: as
 * many cells as the header, an id of lower-case ASCII seen on no earlier row, the id of a valid
 * treatment, a theme and tags cell that parse without a warning (each distinct cell is decoded,
 * checked and parsed once, then known by its bytes), text without control characters. A row it
 * vouches for goes straight to `keep`. Every other row is decoded and handed to the plain row
 * validator, TableValidator.row() in table.ts, so its problems are the same by construction.
 */
/**
 * What both fast paths share: a RowSink in front of the plain row validator. Rows as text, and
 * problems, go to the table; a row as bytes goes to vouch() first, and to the table decoded when
 * vouch() does not vouch for it (see FastRows and FastProjects for what each takes).
 */
export abstract class VouchingSink<R> {
  constructor(protected readonly table: TableValidator<R>) {}

  row(line: number, cells: string[], columns?: CellColumns): void {
    this.table.row(line, cells, columns);
  }

  problem(problem: Problem): void {
    this.table.problem(problem);
  }

  scanned(line: number, row: ScannedRow): boolean {
    if (!this.vouch(line, row)) this.table.row(line, row.cells(), (i) => row.column(i));
    return true;
  }

  /** Takes the row and returns true, or returns false having taken nothing. */
  protected abstract vouch(line: number, row: ScannedRow): boolean;
}

export class FastRows extends VouchingSink<unknown> {
  /** The kind of each cell of a row, by position; null when the header leaves it all to the plain path. */
  private kinds: Kind[] | null = null;
  private columns: readonly string[] = [];
  private readonly themes = new ByteTable();
  private readonly themeValues: ThemeId[] = [];
  private readonly tagCells = new ByteTable();
  private readonly tagValues: (readonly string[])[] = [];

  /** Made once, not per row: a closure made in vouch() was two objects a row of garbage (135 bytes a row at 1M). */
  private readonly knownTags = (list: readonly string[]) => this.options.tags!.knowsAll(list);

  constructor(
    table: TableValidator<unknown>,
    private readonly options: FastRowsOptions,
  ) {
    super(table);
  }

  header(cells: string[], encoding: Encoding = 'utf-8'): void {
    this.table.header(cells, encoding);
    this.columns = cells;
    const kinds = cells.map((cell) => KIND_OF_COLUMN[normaliseColumnName(cell)] ?? Kind.FreeText);
    const count = (kind: Kind) => kinds.filter((k) => k === kind).length;
    const complete = count(Kind.Id) === 1 && count(Kind.Project) === 1 && count(Kind.Theme) === 1 && count(Kind.Tags) === (this.options.tags ? 1 : 0);
    const names = cells.map(normaliseColumnName);
    this.kinds = this.table.usable && complete && new Set(names).size === names.length ? kinds : null;
  }

  /** Public here: a sink of part of a file takes only the rows this vouches for (validate/tail.ts). */
  override vouch(line: number, row: ScannedRow): boolean {
    const kinds = this.kinds;
    if (kinds === null || row.count !== kinds.length) return false;
    const { bytes, starts, ends, flags } = row;
    let treatment = -1;
    let theme = -1;
    let tags = -1;
    let id = -1;
    for (let i = 0; i < kinds.length; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      const flag = flags[i]!;
      const kind = kinds[i]!;
      if (kind === Kind.FreeText) {
        if (!freeTextVouched(row, start, end, flag)) return false;
        continue;
      }
      // A value cell: one piece of text on one line, as written.
      if (flag & (FIELD.ESCAPED | FIELD.CONTROL | FIELD.BREAK)) return false;
      if (kind === Kind.Id) {
        if (start === end) return false;
        for (let k = start; k < end; k++) if (!FOLDED_BYTE[bytes[k]!]) return false;
        id = i;
      } else if (kind === Kind.Project) {
        treatment = this.options.projects.get(bytes, start, end);
        if (treatment < 0) return false;
      } else if (kind === Kind.Theme) {
        theme = cached(this.themes, this.themeValues, bytes, start, end, parseTheme, ANY);
        if (theme < 0) return false;
      } else {
        tags = cached(this.tagCells, this.tagValues, bytes, start, end, parseTags, this.knownTags);
        if (tags < 0) return false;
      }
    }
    if (!this.table.addFoldedAsciiId(bytes, starts[id]!, ends[id]!, line)) return false;
    const tagList = tags < 0 ? NO_TAG_LIST : this.tagValues[tags]!;
    if (this.options.tags) this.options.tags(tagList as never, line);
    const rowId = this.options.keepIds ? bytes.toString('latin1', starts[id]!, ends[id]!) : '';
    this.options.keep(treatment, this.themeValues[theme]!, tagList, line, rowId);
    return true;
  }

  /**
   * Takes the rows of the file's tail that a worker thread vouched for with a FastRows of its own
   * (validate/tail.ts), when they are what this one would have taken reading on: the same header,
   * and ids none of which it has seen. Lines of the tail are `lineOffset` below this file's.
   */
  joinTail(tail: TailRows, lineOffset: number): boolean {
    const { keepTail, keepIds } = this.options;
    if (this.kinds === null || keepTail === undefined || keepIds || tail.header.join('\n') !== this.columns.join('\n')) return false;
    if (!this.table.absorbIds(tail.ids, lineOffset)) return false;
    keepTail(tail, lineOffset);
    return true;
  }
}

const NO_TAG_LIST: readonly string[] = Object.freeze([]);
/** cached()'s `accept` for a value that needs no more than to parse. */
export const ANY = () => true;

/**
 * The number of the value of a value cell (theme, tags, date, …) in `values`, or REFUSED when the
 * plain path would have a word to say about it: decoded, checked and parsed as table.ts does
 * (plainValue), once per distinct cell.
 */
export function cached<T>(
  table: ByteTable,
  values: T[],
  bytes: Buffer,
  start: number,
  end: number,
  parse: (raw: string) => Parsed<T>,
  accept: (value: T) => boolean,
): number {
  const known = table.get(bytes, start, end);
  if (known !== -1) return known;
  const parsed = plainValue(bytes, start, end, parse);
  const verdict = parsed !== null && accept(parsed.value) ? values.push(parsed.value) - 1 : REFUSED;
  if (table.size < MAX_CACHED_CELLS) table.set(bytes, start, end, verdict);
  return verdict;
}

/**
 * A value cell `bytes[start, end)` (not free text, no doubled quote) read as table.ts reads it:
 * decoded, checked for what it may not hold, NFC, at most MAX_CELL_BYTES characters, parsed; null
 * when the plain path would say a word about it (an error or a warning).
 */
export function plainValue<T>(bytes: Buffer, start: number, end: number, parse: (raw: string) => Parsed<T>): { ok: true; value: T } | null {
  const cell = bytes.toString('utf8', start, end);
  if (needsCheck(cell) && checkCell(cell, false, 'utf-8') !== null) return null;
  const normal = cell.normalize('NFC');
  if (normal.length > MAX_CELL_BYTES) return null;
  const parsed = parse(normal);
  return parsed.ok && !parsed.warning ? parsed : null;
}

/** Whether the plain path takes a free-text cell without a word: no control character, not too long, nothing checkCell() refuses beyond ASCII. */
export function freeTextVouched(row: ScannedRow, start: number, end: number, flag: number): boolean {
  if (flag & FIELD.CONTROL || end - start > MAX_CELL_BYTES) return false;
  return !(flag & FIELD.HIGH) || (row.wellFormed && freeTextAllowed(row.bytes, start, end));
}

/**
 * Whether well-formed UTF-8 free text holds none of the characters checkCell() refuses in it
 * beyond ASCII: C1 controls (C2 80–9F), bidi embeddings and overrides (E2 80 AA–AE) and
 * isolates (E2 81 A6–A9), U+FFFD (EF BF BD).
 */
export function freeTextAllowed(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b < 0xc2) continue;
    const next = bytes[i + 1]!;
    const third = bytes[i + 2]!;
    if (b === 0xc2 && next >= 0x80 && next <= 0x9f) return false;
    if (b === 0xe2 && next === 0x80 && third >= 0xaa && third <= 0xae) return false;
    if (b === 0xe2 && next === 0x81 && third >= 0xa6 && third <= 0xa9) return false;
    if (b === 0xef && next === 0xbf && third === 0xbd) return false;
  }
  return true;
}
