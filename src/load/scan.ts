import type { Hash } from 'node:crypto';
import { readSync } from 'node:fs';
import { FIELD, type ScannedRow } from '../model/scanned-row.js';
import type { Delimiter } from './csv.js';
import type { RowSink } from './row-sink.js';
import type { Utf8Scan } from './utf8-scan.js';

/** The buffer every record must fit in: 1 MiB, above MAX_ROW_BYTES. */
const BUFFER_BYTES = 1 << 20;
const READ_BYTES = 64 * 1024;
/**
 * A longer record goes to the plain path, which decides whether it is too long (its limit is
 * 1 000 000 characters, and a record of at most as many bytes has at most as many characters).
 */
const MAX_ROW_BYTES = 1_000_000;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** In the class tables: the byte ends an unquoted field (delimiter, line end, quote), or a stretch of quoted text (quote, line end). */
const STOP = 0x80;

/** Per byte, the FIELD bits it sets; STOP for the bytes the loops must look at. */
function byteClasses(stops: readonly number[]): Uint8Array {
  const classes = new Uint8Array(256);
  for (let b = 0; b < 256; b++) {
    if (b >= 0x80) classes[b] = FIELD.HIGH;
    else if (b === 0x09 || b === LF || b === CR) classes[b] = FIELD.BREAK;
    else if (b === 0x20) classes[b] = 0;
    // White space to trim(), controls to the validator.
    else if (b === 0x0b || b === 0x0c) classes[b] = FIELD.CONTROL;
    else if (b < 0x20 || b === 0x7f) classes[b] = FIELD.CONTROL | FIELD.NONBLANK;
    else classes[b] = FIELD.NONBLANK;
  }
  for (const b of stops) classes[b]! |= STOP;
  return classes;
}
const QUOTED_CLASSES = byteClasses([QUOTE, LF, CR]);

/** What scanning a file came to: read to the end, the encoding to read it in next, or 'plain' for the papaparse path. */
export type ScanOutcome = 'read' | 'windows-1252' | 'utf-8' | 'plain';

/**
 * Rows already read by someone else (a worker thread, commands/tail-worker.ts): when the scan
 * reaches a record that starts at byte `at`, join() is asked to take them, given the line that
 * record starts on. It returns where to go on from (a record start, and its line), having handed
 * the rows to the sink, or null: the scan then reads them itself. A scan that passes `at` inside a
 * record, or has met a byte that is not UTF-8 by then, never asks.
 */
export interface HandOff {
  readonly at: number;
  join(line: number): Resume | null;
}

/** A record start to go on from, its line, and whether the bytes skipped held multi-byte UTF-8. */
export interface Resume {
  offset: number;
  line: number;
  multibyte: boolean;
}

/** Where a scan of part of a file begins (a record start after the header), and what it hands over. */
export interface ScanPart {
  /** The byte offset of a record start; its line is counted as 1. */
  from: number;
}

export interface ScanResult {
  outcome: ScanOutcome;
  bytes: number;
  seenHeader: boolean;
  /** For a scan of part of a file (ScanPart): where it stopped (the record the sink refused, or the end), with its relative line. */
  stop: { offset: number; line: number };
}

class Record implements ScannedRow {
  bytes: Buffer = Buffer.alloc(0);
  /** Where the record starts in `bytes`. */
  begin = 0;
  count = 0;
  starts = new Int32Array(32);
  ends = new Int32Array(32);
  flags = new Uint8Array(32);
  wellFormed = true;

  field(start: number, end: number, flags: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count++] = flags;
  }

  cells(): string[] {
    const cells: string[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const flags = this.flags[i]!;
      let cell = this.bytes.toString('utf8', this.starts[i], this.ends[i]);
      if (flags & FIELD.ESCAPED) cell = cell.replaceAll('""', '"');
      // The plain path turns every line end into LF before parsing.
      if (flags & FIELD.BREAK && cell.includes('\r')) cell = cell.replace(/\r\n?/g, '\n');
      cells[i] = cell;
    }
    return cells;
  }

  column(i: number): number | undefined {
    if (i >= this.count) return undefined;
    // A quoted cell starts at its quote, one byte before its text.
    const start = this.starts[i]! - (this.flags[i]! & FIELD.QUOTED ? 1 : 0);
    let characters = 1;
    for (let at = this.begin; at < start; at++) {
      const b = this.bytes[at]!;
      if (b === LF || b === CR) return undefined;
      // Every byte but the continuation bytes of UTF-8 starts a character.
      if ((b & 0xc0) !== 0x80) characters++;
    }
    return characters;
  }

  /** column(), bound: handed to the sink with the row's cells. */
  readonly columnOf = (i: number) => this.column(i);

  /** Whether every cell is empty or white space (such rows are skipped, as the plain path does). */
  blank(): boolean {
    let high = false;
    for (let i = 0; i < this.count; i++) {
      if (this.flags[i]! & FIELD.NONBLANK) return false;
      if (this.flags[i]! & FIELD.HIGH) high = true;
    }
    return !high || this.cells().every((cell) => cell.trim() === '');
  }

  private grow(): void {
    const grown = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T) => {
      const next = make(old.length * 2);
      next.set(old);
      return next;
    };
    this.starts = grown(this.starts, (n) => new Int32Array(n));
    this.ends = grown(this.ends, (n) => new Int32Array(n));
    this.flags = grown(this.flags, (n) => new Uint8Array(n));
  }
}

const NEED_MORE = -1;
const NOT_HANDLED = -2;

/**
 * The fast path for a UTF-8 CSV register. Takes the open file (read with readSync into one fixed
 * buffer), hashing and UTF-8-checking every byte as the plain path does; hands each record to the
 * sink as field bounds (sink.scanned) with its physical line, or decoded (sink.row) when the sink
 * takes no bytes. Records are RFC 4180 with any of the line ends CRLF, LF and CR, and what the
 * plain path would make of them: the same cells, lines, blank rows skipped, and the same
 * fall-back outcomes for bytes that are not UTF-8 (`utf8`). Anything else it hands back as
 * 'plain' before its end: a quote inside an unquoted field or after a closing one, an open quote
 * at the end of the file, a record over MAX_ROW_BYTES. The caller then reads the whole file again
 * with a fresh sink through the plain path, parseStream() in load/stream.ts (papaparse), which
 * says what is wrong where.
 */
export function scanCsv(
  fd: number,
  delimiter: Delimiter,
  sink: RowSink,
  hash: Hash | null,
  utf8: Utf8Scan,
  mayFallBack: boolean,
  { handOff = null, part = null }: { handOff?: HandOff | null; part?: ScanPart | null } = {},
): ScanResult {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  const record = new Record();
  record.bytes = buffer;
  const delimiterByte = delimiter.charCodeAt(0);
  const classes = byteClasses([delimiterByte, LF, CR, QUOTE]);
  let start = 0;
  let end = 0;
  let eof = false;
  /** The file offset of buffer[end]: how far the file has been read. */
  let bytes = part?.from ?? 0;
  let line = 1;
  let seenHeader = part !== null;
  let parsing = true;
  /** The file offset of buffer[start]. */
  const offset = () => bytes - (end - start);
  const result = (outcome: ScanOutcome): ScanResult => ({ outcome, bytes, seenHeader, stop: { offset: offset(), line } });
  /** Line ends inside the quoted fields of the record being scanned. */
  let innerLines = 0;

  /** Scans the record at `from`: the offset after it (and its line end), NEED_MORE or NOT_HANDLED. */
  const scanRecord = (from: number): number => {
    // The byte loops read locals only: `end`, the tables and STOP are variables of enclosing
    // scopes (of the bundle's module functions too), which V8 would load again at every byte.
    const bytes = buffer;
    const stop = end;
    const unquoted = classes;
    const quoted = QUOTED_CLASSES;
    const STOP_BIT = STOP;
    record.begin = from;
    record.count = 0;
    innerLines = 0;
    let i = from;
    for (;;) {
      // At the start of a field.
      if (i < end && buffer[i] === QUOTE) {
        let flags = FIELD.QUOTED;
        const fieldStart = ++i;
        for (;;) {
          for (; i < stop; i++) {
            const c = quoted[bytes[i]!]!;
            if (c & STOP_BIT) break;
            flags |= c;
          }
          if (i >= stop) return eof ? NOT_HANDLED : NEED_MORE;
          const b = bytes[i]!;
          if (b === QUOTE) {
            if (i + 1 >= end && !eof) return NEED_MORE;
            if (buffer[i + 1] === QUOTE) {
              flags |= FIELD.ESCAPED | FIELD.NONBLANK;
              i += 2;
              continue;
            }
            break;
          }
          // A line end inside the quotes: CRLF counts once.
          flags |= FIELD.BREAK;
          if (b === CR) {
            if (i + 1 >= end && !eof) return NEED_MORE;
            if (buffer[i + 1] === LF) i++;
          }
          i++;
          innerLines++;
        }
        record.field(fieldStart, i, flags);
        i++;
        if (i >= end) return end;
        const after = buffer[i]!;
        if (after === delimiterByte) {
          i++;
          continue;
        }
        if (after !== LF && after !== CR) return NOT_HANDLED;
        return lineEnd(i);
      }
      let flags = 0;
      const fieldStart = i;
      for (; i < stop; i++) {
        const c = unquoted[bytes[i]!]!;
        if (c & STOP_BIT) break;
        flags |= c;
      }
      if (i >= stop) {
        if (!eof) return NEED_MORE;
        record.field(fieldStart, i, flags);
        return end;
      }
      const b = buffer[i]!;
      if (b === QUOTE) return NOT_HANDLED;
      record.field(fieldStart, i, flags);
      if (b === delimiterByte) {
        i++;
        continue;
      }
      return lineEnd(i);
    }
  };
  /** The offset after the line end at `i`; NEED_MORE when a CR is the last byte read so far. */
  const lineEnd = (i: number): number => {
    if (buffer[i] === LF) return i + 1;
    if (i + 1 >= end) return eof ? i + 1 : NEED_MORE;
    return buffer[i + 1] === LF ? i + 2 : i + 1;
  };

  for (;;) {
    // Bytes that will not be parsed (the file is being read only to tell its encoding) are dropped.
    if (!parsing) start = end;
    while (start < end) {
      if (handOff !== null && offset() >= handOff.at) {
        const resume = offset() === handOff.at && !utf8.invalid && hash === null ? handOff.join(line) : null;
        handOff = null;
        if (resume !== null) {
          skipTo(resume);
          continue;
        }
      }
      const next = scanRecord(start);
      if (next === NEED_MORE) break;
      if (next === NOT_HANDLED || next - start > MAX_ROW_BYTES) return result('plain');
      const at = line;
      line += 1 + innerLines;
      const from = start;
      start = next;
      if (record.blank()) continue;
      record.wellFormed = !utf8.invalid;
      if (!seenHeader) {
        seenHeader = true;
        const cells = record.cells();
        cells[0] = cells[0]!.replace(/^\uFEFF/, '');
        sink.header(cells, 'utf-8');
      } else if (sink.scanned) {
        if (sink.scanned(at, record) === false) {
          // The sink takes no more (a scan of part of a file): it stops before this record.
          start = from;
          line = at;
          return result('read');
        }
      } else sink.row(at, record.cells(), record.columnOf);
    }
    if (eof) return result(parsing ? 'read' : utf8.multibyte ? 'utf-8' : 'windows-1252');
    if (start > 0) {
      buffer.copy(buffer, 0, start, end);
      end -= start;
      start = 0;
    }
    if (end === BUFFER_BYTES) return result('plain');
    // At an offset: the scan may skip (HandOff) or begin further on (ScanPart); registers are regular files (load/files.ts).
    const read = readSync(fd, buffer, end, Math.min(READ_BYTES, BUFFER_BYTES - end), bytes);
    if (read === 0) {
      eof = true;
      utf8.end();
      // As the plain path: a file that is not UTF-8 with no multi-byte sequence is read again as Windows-1252.
      if (utf8.invalid && mayFallBack && !utf8.multibyte) parsing = false;
      continue;
    }
    const chunk = buffer.subarray(end, end + read);
    hash?.update(chunk);
    bytes += read;
    utf8.feed(chunk);
    if (mayFallBack && utf8.invalid) {
      if (!utf8.multibyte) parsing = false;
      else if (!parsing) return result('utf-8');
    }
    // The UTF-8 BOM (the plain path's decoder drops it); bytes of the file all the same.
    if (bytes === read && read >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = end + 3;
    end += read;
  }

  /** Goes on from a record start further on, as if the records before it had been read here. */
  function skipTo(resume: Resume): void {
    line = resume.line;
    if (resume.offset - offset() <= end - start) start += resume.offset - offset();
    else {
      // Past what was read: read on from there. The skipped bytes end with a line end, where no
      // UTF-8 sequence is left open.
      bytes = resume.offset;
      start = end = 0;
      eof = false;
      utf8.resume();
    }
    if (resume.multibyte) utf8.multibyte = true;
  }
}
