import { normaliseColumnName } from '../model/columns.js';
import type { Encoding } from '../model/encoding.js';
import type { Treatment } from '../model/registers.js';
import { FIELD, type ScannedRow } from '../model/scanned-row.js';
import { ByteTable } from './byte-table.js';
import { ANY, cached, FOLDED_BYTE, VouchingSink, freeTextVouched, MAX_CELL_BYTES, plainValue, REFUSED } from './fast-rows.js';
import { agenciesOf, optionalId, requiredText, shared } from './schema.js';
import { checkCell, needsCheck } from './text.js';
import { MAX_MNOK, parseAmount, parseBoolean, parseDate } from './values.js';

enum Kind {
  FreeText,
  Id,
  Name,
  Agency,
  Ministry,
  Date,
  Cost,
  Benefit,
  Programme,
  SharedSolution,
  Exclude,
  Revisit,
}
const KIND_OF_COLUMN: Record<string, Kind> = {
  id: Kind.Id,
  name: Kind.Name,
  agency: Kind.Agency,
  ministry: Kind.Ministry,
  meeting_date: Kind.Date,
  cost_mnok: Kind.Cost,
  benefit_mnok: Kind.Benefit,
  programme: Kind.Programme,
  shared_solution: Kind.SharedSolution,
  exclude_from_totals: Kind.Exclude,
  revisit_of: Kind.Revisit,
};
/** What a value cell may not hold for the fast path: a doubled quote (its bytes are not its text), a control character, a tab or line end. */
const NOT_AS_WRITTEN = FIELD.ESCAPED | FIELD.CONTROL | FIELD.BREAK;

/** An agency or ministry cell as read, and whether its names are recorded as lookalike-free (then they stay so). */
interface NameCell {
  value: string;
  /** The agencies of an agency cell (shared by every row that writes it so); empty for a ministry. */
  agencies: string[];
  recorded: boolean;
}

/**
 * The distinct cells of an agency or ministry column, by their bytes: all of them, without the
 * cap of other cell caches (MAX_CACHED_CELLS), as the lookalike check holds every distinct name
 * already. Past that cap, the 20 305 agencies of the 3M bench had every row of an agency not
 * cached decoded, split and checked for lookalikes again: 0.5 s of CPU.
 */
class NameCells {
  private readonly table = new ByteTable();
  private readonly cells: NameCell[] = [];

  constructor(private readonly column: 'agency' | 'ministry') {}

  get(bytes: Buffer, start: number, end: number): NameCell | null {
    const known = this.table.get(bytes, start, end);
    if (known !== -1) return known === REFUSED ? null : this.cells[known]!;
    const parsed = plainValue(bytes, start, end, requiredText);
    const value = parsed === null ? null : shared(parsed.value);
    const cell = value === null ? null : { value, agencies: this.agenciesOf(value), recorded: false };
    this.table.set(bytes, start, end, cell === null ? REFUSED : this.cells.push(cell) - 1);
    return cell;
  }

  /**
   * agenciesOf() of a cell's value (trimmed, not empty, shared): a cell without `/` names one
   * agency, itself. agenciesOf() splits, trims and shares it again, 7 µs a cell while cold: 0.14 s
   * of CPU for the 20 305 agencies of the 3M bench.
   */
  private agenciesOf(value: string): string[] {
    if (this.column !== 'agency') return [];
    return value.includes('/') ? agenciesOf(value) : [value];
  }
}

/**
 * The fast path of projects.csv. Takes a row as bytes from the scanner (load/scan.ts) and vouches
 * for it only when the plain path would take it without a word: as many cells as the header; an
 * id of lower-case ASCII seen on no earlier row; a name and free text without characters it may
 * not hold; an agency and a ministry that are no lookalike of an earlier one (each distinct cell is
 * decoded, checked and split once, then known by its bytes); an ISO date (a dd.mm.yyyy date has a
 * warning of its own, and while a column's dates are all so, every row goes to the plain path);
 * amounts and booleans that parse without a word. A row it vouches for becomes the Treatment
 * schema.ts builds and is kept by TableValidator.keepVouched(); every other row is decoded and
 * handed to the plain row validator, TableValidator.row() in table.ts, so its problems are the same
 * by construction. The checks of the whole file (revisits, repeated projects) run on all rows
 * afterwards, as before (RegistersValidator.finishProjects).
 */
export class FastProjects extends VouchingSink<Treatment> {
  /** The kind of each cell of a row, by position; null when the header leaves it all to the plain path. */
  private kinds: Kind[] | null = null;
  private readonly agencies = new NameCells('agency');
  private readonly ministries = new NameCells('ministry');
  private readonly dates = new ByteTable();
  private readonly dateValues: string[] = [];
  private readonly booleans = new ByteTable();
  private readonly booleanValues: boolean[] = [];

  header(cells: string[], encoding: Encoding = 'utf-8'): void {
    this.table.header(cells, encoding);
    const names = cells.map(normaliseColumnName);
    const kinds = names.map((name) => KIND_OF_COLUMN[name] ?? Kind.FreeText);
    this.kinds = this.table.usable && new Set(names).size === names.length ? kinds : null;
  }

  protected vouch(line: number, row: ScannedRow): boolean {
    const kinds = this.kinds;
    if (kinds === null || row.count !== kinds.length || this.table.datesUndecided) return false;
    const { bytes, starts, ends, flags } = row;
    let id = -1;
    let name: string | null = null;
    let agency: NameCell | null = null;
    let ministry: NameCell | null = null;
    let date = -1;
    // An optional column left out reads as its empty cell.
    let costMnok: number | null = null;
    let benefitMnok: number | null = null;
    let programme = false;
    let sharedSolution = false;
    let excludeFromTotals = false;
    let revisitOf: string | null = null;
    for (let i = 0; i < kinds.length; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      const flag = flags[i]!;
      const kind = kinds[i]!;
      if (kind === Kind.FreeText) {
        if (!freeTextVouched(row, start, end, flag)) return false;
        continue;
      }
      if (kind === Kind.Name) {
        name = nameOf(bytes, start, end, flag);
        if (name === null) return false;
        continue;
      }
      // A value cell: one piece of text on one line, as written.
      if (flag & NOT_AS_WRITTEN) return false;
      switch (kind) {
        case Kind.Id:
          if (start === end) return false;
          for (let k = start; k < end; k++) if (!FOLDED_BYTE[bytes[k]!]) return false;
          id = i;
          break;
        case Kind.Agency:
          agency = this.agencies.get(bytes, start, end);
          if (agency === null) return false;
          break;
        case Kind.Ministry:
          ministry = this.ministries.get(bytes, start, end);
          if (ministry === null) return false;
          break;
        case Kind.Date:
          date = cached(this.dates, this.dateValues, bytes, start, end, parseDate, ANY);
          if (date < 0) return false;
          break;
        case Kind.Cost:
        case Kind.Benefit: {
          const amount = amountOf(bytes, start, end);
          if (amount === undefined) return false;
          if (kind === Kind.Cost) costMnok = amount;
          else benefitMnok = amount;
          break;
        }
        case Kind.Revisit:
          if (start !== end) {
            const parsed = plainValue(bytes, start, end, optionalId);
            if (parsed === null) return false;
            revisitOf = parsed.value;
          }
          break;
        default: {
          const yes = cached(this.booleans, this.booleanValues, bytes, start, end, parseBoolean, ANY);
          if (yes < 0) return false;
          const value = this.booleanValues[yes]!;
          if (kind === Kind.Programme) programme = value;
          else if (kind === Kind.SharedSolution) sharedSolution = value;
          else excludeFromTotals = value;
        }
      }
    }
    // Only now, with every cell readable (the header has each required column once), what would
    // record something: lookalike names, then the id.
    if (!agency!.recorded && !this.table.lookalikeFree('agency', agency!.value)) return false;
    if (!ministry!.recorded && !this.table.lookalikeFree('ministry', ministry!.value)) return false;
    const idText = bytes.toString('latin1', starts[id]!, ends[id]!);
    if (!this.table.addFoldedAsciiId(bytes, starts[id]!, ends[id]!, line, idText)) return false;
    this.record('agency', agency!, line);
    this.record('ministry', ministry!, line);
    // The Treatment of schema.ts's build, with the same keys in the same order.
    const treatment: Treatment = {
      id: idText,
      line,
      name: name!,
      agency: agency!.value,
      agencies: agency!.agencies,
      ministry: ministry!.value,
      meetingDate: this.dateValues[date]!,
      costMnok,
      benefitMnok,
      programme,
      sharedSolution,
      excludeFromTotals,
      revisitOf,
    };
    this.table.keepVouched(treatment, line);
    return true;
  }

  private record(column: 'agency' | 'ministry', cell: NameCell, line: number): void {
    if (cell.recorded) return;
    this.table.recordLookalike(column, cell.value, line);
    cell.recorded = true;
  }
}

/** A name (free text, kept): decoded, checked, NFC and trimmed as table.ts does; null when the plain path would say a word about it. */
function nameOf(bytes: Buffer, start: number, end: number, flag: number): string | null {
  if (flag & (FIELD.ESCAPED | FIELD.CONTROL)) return null;
  let cell = bytes.toString(flag & FIELD.HIGH ? 'utf8' : 'latin1', start, end);
  if (flag & FIELD.HIGH) {
    if (needsCheck(cell) && checkCell(cell, true, 'utf-8') !== null) return null;
    cell = cell.normalize('NFC');
  }
  if (cell.length > MAX_CELL_BYTES) return null;
  const value = cell.trim();
  return value === '' ? null : value;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * An amount cell's value as parseAmount gives it, or undefined when it would say a word about it.
 * Digits with at most one `.` are read from the bytes: at most 15 digits are exact in a double,
 * and so is 10^k, so their quotient is the correctly rounded number that Number() reads. Every
 * other way of writing one (grouping, a decimal comma, space around it) goes through parseAmount.
 */
function amountOf(bytes: Buffer, start: number, end: number): number | null | undefined {
  if (start === end) return null;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b >= 0x30 && b <= 0x39) {
      mantissa = mantissa * 10 + (b - 0x30);
      digits++;
    } else if (b === 0x2e && point === -1 && i > start && i < end - 1) point = i;
    else return plainValue(bytes, start, end, parseAmount)?.value;
  }
  if (digits > 15) return plainValue(bytes, start, end, parseAmount)?.value;
  const fraction = point === -1 ? 0 : end - point - 1;
  // `1.234` is 1234 in one convention and 1.234 in the other: parseAmount's error.
  if (fraction === 3 && point - start <= 3 && bytes[start] !== 0x30) return undefined;
  const amount = mantissa / POWERS_OF_TEN[fraction]!;
  return amount <= MAX_MNOK ? amount : undefined;
}
