// Synchronous reads: the CLI has nothing else to do meanwhile, and each await would cost a trip
// through libuv's thread pool, which is most of the time spent on small registers.
import type { Hash } from 'node:crypto';
import { closeSync, fstatSync, readSync } from 'node:fs';
import { debuglog } from 'node:util';
import type { ParseResult } from 'papaparse';
import { issue } from '../model/rules.js';
import { DigiraadError, ioError, systemReason } from '../errors.js';
import { detectDelimiter, type Delimiter } from './csv.js';
import type { Encoding, EncodingChoice } from '../model/encoding.js';
import { openRegularFile } from './files.js';
import type { RowSink } from './row-sink.js';
import { Utf8Scan } from './utf8-scan.js';
import { type HandOff, scanCsv } from './scan.js';
import type { TailRows } from '../model/tail-rows.js';
import { sha256Hasher } from './sha256.js';
import { TextColumns } from './text-columns.js';

export type { RowSink } from './row-sink.js';

export interface StreamedFile {
  encoding: Encoding;
  delimiter: Delimiter;
  /** The bytes that were parsed, hashed as they were read (when asked): a report's manifest names exactly what was counted. */
  digest: Digest;
}

/** How many bytes were read, and their SHA-256 when digests were asked for. */
export interface Digest {
  bytes: number;
  sha256?: string;
}

/** How a UTF-8 CSV file is read: papaparse, or the byte scanner (load/scan.ts); by default by its size (SCANNED_FROM_BYTES). */
export type CsvReader = 'plain' | 'scan';

/**
 * UTF-8 files from this size on are read by the byte scanner, smaller ones by papaparse. The
 * scanner's byte loops win once V8 has compiled them, and papaparse's native string searches win
 * before: measured with callgrind, `stats` on the shipped registers (90 KB) takes 870 million
 * instructions through the scanner and 700 through papaparse, and at 1 MB the two are even.
 */
const SCANNED_FROM_BYTES = 1 << 20;

export interface StreamOptions {
  /** Which reader reads a UTF-8 file, whatever its size (DIGIRAAD_CSV: the differential test's switch). */
  reader?: CsvReader;
  /** Hashes the bytes as they are read. */
  digest?: boolean;
  /** The file's tail, read meanwhile by another thread: the scanner takes its rows when it gets there. */
  tail?: TailReading | null;
}

/**
 * A register's rows from a record start on, read by a worker thread while the main thread reads
 * what comes before (commands/tail-worker.ts). The byte scanner hands them to its sink when it
 * reaches that record (load/scan.ts, HandOff); where it cannot, it reads them itself.
 */
export interface TailReading {
  /** The offset of the record start the tail begins at; null when no tail is being read. */
  readonly at: number | null;
  /** The tail's rows, waiting for the worker to finish them; null when it has none to give, and after the first call. */
  take(): TailRows | null;
}

const PROBE_BYTES = 64 * 1024;
// Small enough that each chunk's text dies young (strings over ~0.5 MB go straight to V8's old
// space and pile up until a full collection), large enough that per-chunk work is negligible.
const CHUNK_BYTES = 64 * 1024;
/** Beyond any valid row: cells are limited to 100 000 characters (validate/table.ts). */
const MAX_ROW_CHARS = 1_000_000;

/**
 * Streams one register file into a sink, one row at a time, so a register of any size is read
 * in constant memory. UTF-8 is tried first. A file with bytes that are not UTF-8 is read as
 * Windows-1252 (into a fresh sink: `makeSink` is called once per attempt) only when it holds no
 * valid multi-byte UTF-8 sequence at all; otherwise it is UTF-8 with a few bad bytes, and each is
 * reported where it is (the decoder turns it into U+FFFD, which validation locates).
 */
export async function streamRegisterFile(
  path: string,
  file: string,
  knownColumns: readonly string[],
  choice: EncodingChoice,
  makeSink: () => RowSink,
  { reader, digest = false, tail = null }: StreamOptions = {},
): Promise<StreamedFile | null> {
  const { probe, size } = readProbe(path, file);
  if (probe.length === 0) {
    makeSink().problem({ severity: 'error', file, ...issue('empty-file', { header: knownColumns.join(',') }) });
    return null;
  }
  const bom = choice === 'auto' ? utf16Bom(probe) : null;
  const nul = bom ? -1 : probe.indexOf(0);
  if (nul !== -1) {
    makeSink().problem({ severity: 'error', file, line: lineOfByte(probe, nul), ...issue('binary-file') });
    return null;
  }
  let encoding: Encoding = bom ?? (choice === 'windows-1252' ? 'windows-1252' : 'utf-8');
  let mayFallBack = choice === 'auto' && encoding === 'utf-8';
  let scan = (reader ?? (size >= SCANNED_FROM_BYTES ? 'scan' : 'plain')) === 'scan';
  for (;;) {
    const sink = makeSink();
    const delimiter = detectDelimiter(await decodeProbe(probe, encoding), knownColumns);
    const outcome =
      scan && encoding === 'utf-8'
        ? scanStream(
            path,
            file,
            knownColumns,
            mayFallBack,
            delimiter,
            sink,
            digest ? sha256Hasher() : null,
            digest ? null : handOff(tail, file, delimiter, sink),
          )
        : await parseStream(path, file, knownColumns, encoding, mayFallBack, delimiter, sink, digest ? sha256Hasher() : null);
    if (typeof outcome === 'object') return { encoding, delimiter, digest: outcome.digest };
    if (outcome === 'plain') {
      // The scanner met something only papaparse reads as the user expects: read it all again.
      scan = false;
      continue;
    }
    // A second and last attempt: as Windows-1252, or as UTF-8 whose bad bytes are reported.
    encoding = outcome;
    mayFallBack = false;
  }
}

const utf16Bom = (probe: Buffer): Encoding | null =>
  probe[0] === 0xff && probe[1] === 0xfe ? 'utf-16le' : probe[0] === 0xfe && probe[1] === 0xff ? 'utf-16be' : null;

/** The line (first = 1) that byte `at` is on. */
const lineOfByte = (bytes: Buffer, at: number) => {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
};

/** The first bytes of the file, and its size as it is now. */
function readProbe(path: string, file: string): { probe: Buffer; size: number } {
  const fd = openRegularFile(path, file);
  try {
    const buffer = Buffer.alloc(PROBE_BYTES);
    return { probe: buffer.subarray(0, readSync(fd, buffer, 0, PROBE_BYTES, 0)), size: fstatSync(fd).size };
  } catch (error) {
    throw ioError((t) => t.errors.couldNotRead(file, systemReason(error)(t)));
  } finally {
    closeSync(fd);
  }
}

async function decodeProbe(probe: Buffer, encoding: Encoding): Promise<string> {
  // The probe may end inside a character: a lenient decoder is fine for finding the header.
  return (await decoderFor(encoding)).write(probe);
}

interface StreamDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

/** Never throws: a byte the encoding does not define becomes U+FFFD, which validation reports where it is. */
async function decoderFor(encoding: Encoding): Promise<StreamDecoder> {
  if (encoding === 'windows-1252') {
    const { default: iconv } = await import('iconv-lite');
    const decoder = iconv.getDecoder('windows-1252');
    return { write: (b) => decoder.write(b), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  return { write: (b) => decoder.decode(b, { stream: true }), end: () => decoder.decode() };
}

/** The digest of what was read, or the encoding to read the file in next. */
type Read = { digest: Digest };
type Outcome = Read | 'windows-1252' | 'utf-8';

/** NODE_DEBUG=digiraad: says on stderr which lines another thread read. */
const debug = debuglog('digiraad');

/** The scanner's way to a tail's rows: the sink takes them when the tail was read with the same delimiter. */
function handOff(tail: TailReading | null, file: string, delimiter: Delimiter, sink: RowSink): HandOff | null {
  const at = tail?.at ?? null;
  if (tail === null || at === null || !sink.joinTail) return null;
  return {
    at,
    join: (line) => {
      const rows = tail.take();
      if (rows === null || rows.from !== at || rows.delimiter !== delimiter || !sink.joinTail!(rows, line - 1)) return null;
      debug('lines %d to %d of %s were read by a worker thread', line, line + rows.lines - 1, file);
      return { offset: rows.to, line: line + rows.lines, multibyte: rows.multibyte };
    },
  };
}

/** The fast path for a UTF-8 file (load/scan.ts), with parseStream's outcomes, or 'plain' to read it with parseStream. */
function scanStream(
  path: string,
  file: string,
  knownColumns: readonly string[],
  mayFallBack: boolean,
  delimiter: Delimiter,
  sink: RowSink,
  hash: Hash | null,
  tail: HandOff | null,
): Outcome | 'plain' {
  let scanned: ReturnType<typeof scanCsv>;
  try {
    const fd = openRegularFile(path, file);
    try {
      scanned = scanCsv(fd, delimiter, sink, hash, new Utf8Scan(), mayFallBack, { handOff: tail });
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof DigiraadError) throw error;
    throw ioError((t) => t.errors.couldNotRead(file, systemReason(error)(t)));
  }
  if (scanned.outcome !== 'read') return scanned.outcome;
  if (!scanned.seenHeader) sink.problem({ severity: 'error', file, ...issue('no-header', { header: knownColumns.join(',') }) });
  return { digest: digestOf(scanned.bytes, hash) };
}

/**
 * Feeds the file to papaparse's parser chunk by chunk, carrying the unfinished last row over to
 * the next chunk. Reading waits for parsing (no read-ahead), so memory stays at a chunk or two.
 * With `mayFallBack`, a byte that is not UTF-8 in a file that has shown no multi-byte UTF-8 so
 * far stops the parsing; the rest of the file is only scanned, to tell Windows-1252 (no valid
 * multi-byte sequence anywhere) from UTF-8 with a few bad bytes.
 */
async function parseStream(
  path: string,
  file: string,
  knownColumns: readonly string[],
  encoding: Encoding,
  mayFallBack: boolean,
  delimiter: Delimiter,
  sink: RowSink,
  hash: Hash | null,
): Promise<Outcome> {
  const decoder = await decoderFor(encoding);
  const utf8 = mayFallBack ? new Utf8Scan() : null;
  let parsing = true;
  // Loaded only here: the byte scanner (scan.ts) reads nearly every register without it.
  const { default: Papa } = await import('papaparse');
  const parser = new Papa.Parser({ delimiter, newline: '\n' });
  let byteCount = 0;
  let pending = '';
  /** A CR at the end of a chunk: its LF, if any, is in the next one. */
  let trailingCr = false;
  let line = 1;
  let seenHeader = false;
  const columns = new TextColumns(delimiter);

  /** Hands rows to the sink; returns the line the next row starts on. */
  const emit = (rows: string[][]) => {
    // Indexed loops here and in countNewlines: on small files this code runs before V8 optimises
    // it, and an iterator then makes garbage per row and per cell.
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r]!;
      const start = line;
      line += 1 + countNewlines(cells);
      // Blank lines, and the rows of bare delimiters (;;;;) that Excel leaves below a table.
      if (cells.every((cell) => cell.trim() === '')) continue;
      if (!seenHeader) {
        seenHeader = true;
        sink.header(
          cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c)),
          encoding,
        );
      } else {
        columns.row = start;
        sink.row(start, cells, columns.of);
      }
    }
  };
  const unbalancedQuote = (at: number) => sink.problem({ severity: 'error', file, line: at, ...issue('unbalanced-quote') });
  const feed = (decoded: string, last: boolean): boolean => {
    // Every line end becomes LF before parsing: papaparse takes one line end for the whole file
    // from its start, and a file whose line ends change half-way (or a CRLF pasted into a quoted
    // cell of an LF file) would otherwise swallow rows.
    let text = trailingCr ? `\r${decoded}` : decoded;
    trailingCr = !last && text.endsWith('\r');
    if (trailingCr) text = text.slice(0, -1);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    const input = pending + text;
    const result = parser.parse(input, 0, !last) as ParseResult<string[]>;
    columns.reset(input, line);
    const openQuote = result.errors.find((e) => e.code === 'MissingQuotes');
    if (openQuote?.row !== undefined) {
      // The row with the open quote swallowed the rest of the file: report it, not what it swallowed.
      emit(result.data.slice(0, openQuote.row));
      unbalancedQuote(line);
      return false;
    }
    emit(result.data);
    pending = last ? '' : input.slice(result.meta.cursor);
    if (!last && pending.length > MAX_ROW_CHARS) {
      // No valid row is this long, and waiting for its end would re-read it with every chunk.
      sink.problem({ severity: 'error', file, line, ...issue('row-too-long', { limit: MAX_ROW_CHARS }) });
      return false;
    }
    return true;
  };

  try {
    // One buffer, read into again and again: no garbage bytes per chunk.
    const fd = openRegularFile(path, file);
    try {
      const buffer = Buffer.alloc(CHUNK_BYTES);
      for (let read = readSync(fd, buffer, 0, CHUNK_BYTES, null); read > 0; read = readSync(fd, buffer, 0, CHUNK_BYTES, null)) {
        const bytes = buffer.subarray(0, read);
        hash?.update(bytes);
        byteCount += read;
        if (utf8) {
          utf8.feed(bytes);
          if (utf8.invalid && !utf8.multibyte) parsing = false;
          else if (!parsing) return 'utf-8';
        }
        if (parsing && !feed(decoder.write(bytes), false)) return finish();
      }
    } finally {
      closeSync(fd);
    }
    utf8?.end();
    if (utf8?.invalid) return utf8.multibyte ? (parsing ? finishLast() : 'utf-8') : 'windows-1252';
    feed(decoder.end(), true);
  } catch (error) {
    if (error instanceof DigiraadError) throw error;
    throw ioError((t) => t.errors.couldNotRead(file, systemReason(error)(t)));
  }
  return finish();

  function finishLast(): Outcome {
    feed(decoder.end(), true);
    return finish();
  }

  // A file whose reading stopped early has an error, so no report is made from its digest.
  function finish(): Read {
    if (!seenHeader) sink.problem({ severity: 'error', file, ...issue('no-header', { header: knownColumns.join(',') }) });
    return { digest: digestOf(byteCount, hash) };
  }
}

/** Where the first record starting after byte `offset` of a file would start: after the first line end from there (a record start if that line end is not inside quotes; the scanner checks). */
export function lineStartAfter(path: string, file: string, offset: number): number | null {
  const fd = openRegularFile(path, file);
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    const lf = buffer.subarray(0, readSync(fd, buffer, 0, CHUNK_BYTES, offset)).indexOf(0x0a);
    return lf === -1 ? null : offset + lf + 1;
  } finally {
    closeSync(fd);
  }
}

/** What a worker hands over of a file's tail (model/tail-rows.ts), besides the rows its sink took. */
export type TailScan = Pick<TailRows, 'delimiter' | 'to' | 'lines' | 'multibyte'> & { header: string[] };

/**
 * For a worker thread: scans a UTF-8 CSV register from the record start `from` into `sink` until
 * the sink takes no more, and tells where that was; the header is read first and given to the
 * sink. null when the file is not one the scanner reads (a UTF-16 byte order mark, a NUL, no header).
 */
export async function scanTail(
  path: string,
  file: string,
  knownColumns: readonly string[],
  from: number,
  sink: Pick<RowSink, 'header' | 'scanned'>,
): Promise<TailScan | null> {
  const { probe } = readProbe(path, file);
  if (utf16Bom(probe) || probe.includes(0)) return null;
  const delimiter = detectDelimiter(await decodeProbe(probe, 'utf-8'), knownColumns);
  const fd = openRegularFile(path, file);
  try {
    let header: string[] | null = null;
    const headerOnly: RowSink = {
      header: (cells) => {
        header = cells;
      },
      row: () => {},
      scanned: () => false,
      problem: () => {},
    };
    scanCsv(fd, delimiter, headerOnly, null, new Utf8Scan(), false);
    if (header === null) return null;
    sink.header(header, 'utf-8');
    const utf8 = new Utf8Scan();
    const { stop } = scanCsv(fd, delimiter, { ...headerOnly, scanned: (line, row) => sink.scanned!(line, row) }, null, utf8, false, { part: { from } });
    return { delimiter, header, to: stop.offset, lines: stop.line - 1, multibyte: utf8.multibyte };
  } finally {
    closeSync(fd);
  }
}

const digestOf = (bytes: number, hash: Hash | null): Digest => (hash ? { bytes, sha256: hash.digest('hex') } : { bytes });

/** Line ends inside quoted cells (LF only, after feed()): each moves the next row one physical line further down. */
function countNewlines(cells: string[]): number {
  let count = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) count++;
  }
  return count;
}
