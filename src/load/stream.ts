// Synchronous reads: the CLI has nothing else to do meanwhile, and each await would cost a trip
// through libuv's thread pool, which is most of the time spent on small registers.
import { closeSync, readSync } from 'node:fs';
import Papa from 'papaparse';
import type { Problem } from '../model/problem.js';
import { issue } from '../model/rules.js';
import { DigiraadError, ioError, systemReason } from '../errors.js';
import { detectDelimiter, type Delimiter } from './csv.js';
import type { Encoding, EncodingChoice } from './encoding.js';
import { openRegularFile } from './files.js';

/** Where the rows of one register go as they are read: the validator, in practice. */
export interface RowSink {
  header(cells: string[]): void;
  /** `line` is the physical line the row starts on (header = 1). */
  row(line: number, cells: string[]): void;
  problem(problem: Problem): void;
}

export interface StreamedFile {
  encoding: Encoding;
  delimiter: Delimiter;
}

const PROBE_BYTES = 64 * 1024;
// Small enough that each chunk's text dies young (strings over ~0.5 MB go straight to V8's old
// space and pile up until a full collection), large enough that per-chunk work is negligible.
const CHUNK_BYTES = 64 * 1024;
/** Beyond any valid row: cells are limited to 100 000 characters (validate/table.ts). */
const MAX_ROW_CHARS = 1_000_000;

class NotUtf8 extends Error {}

/**
 * Streams one register file into a sink, one row at a time, so a register of any size is read
 * in constant memory. UTF-8 is tried first; if the bytes turn out not to be UTF-8, the file is
 * read again as Windows-1252 into a fresh sink (`makeSink` is called once per attempt).
 */
export async function streamRegisterFile(path: string, file: string, knownColumns: readonly string[], choice: EncodingChoice, makeSink: () => RowSink): Promise<StreamedFile | null> {
  const probe = readProbe(path, file);
  if (probe.length === 0) {
    makeSink().problem({ severity: 'error', file, ...issue('empty-file', { header: knownColumns.join(',') }) });
    return null;
  }
  const utf16 = choice === 'auto' && probe[0] === 0xff && probe[1] === 0xfe;
  if (!utf16 && probe.includes(0)) {
    makeSink().problem({ severity: 'error', file, ...issue('binary-file') });
    return null;
  }
  const attempts: Encoding[] = utf16 ? ['utf-16le'] : choice === 'windows-1252' ? ['windows-1252'] : choice === 'utf-8' ? ['utf-8'] : ['utf-8', 'windows-1252'];
  for (const encoding of attempts) {
    const sink = makeSink();
    try {
      const delimiter = detectDelimiter(await decodeProbe(probe, encoding), knownColumns);
      await parseStream(path, file, knownColumns, encoding, choice === 'auto' && encoding === 'utf-8', delimiter, sink);
      return { encoding, delimiter };
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
    }
  }
  throw new Error('unreachable: Windows-1252 decodes any bytes');
}

function readProbe(path: string, file: string): Buffer {
  const fd = openRegularFile(path, file);
  try {
    const buffer = Buffer.alloc(PROBE_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, PROBE_BYTES, 0));
  } catch (error) {
    throw ioError((t) => t.errors.couldNotRead(file, systemReason(error)(t)));
  } finally {
    closeSync(fd);
  }
}

async function decodeProbe(probe: Buffer, encoding: Encoding): Promise<string> {
  // The probe may end inside a character: a lenient decoder is fine for finding the header.
  return (await decoderFor(encoding, false)).write(probe);
}

interface StreamDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

async function decoderFor(encoding: Encoding, strict: boolean): Promise<StreamDecoder> {
  if (encoding === 'windows-1252') {
    const { default: iconv } = await import('iconv-lite');
    const decoder = iconv.getDecoder('windows-1252');
    return { write: (b) => decoder.write(b), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder(encoding, { fatal: strict, ignoreBOM: false });
  return {
    write: (b) => {
      try {
        return decoder.decode(b, { stream: true });
      } catch {
        throw new NotUtf8();
      }
    },
    end: () => {
      try {
        return decoder.decode();
      } catch {
        throw new NotUtf8();
      }
    },
  };
}

/**
 * Feeds the file to papaparse's parser chunk by chunk, carrying the unfinished last row over to
 * the next chunk. Reading waits for parsing (no read-ahead), so memory stays at a chunk or two.
 */
async function parseStream(path: string, file: string, knownColumns: readonly string[], encoding: Encoding, strict: boolean, delimiter: Delimiter, sink: RowSink): Promise<void> {
  const decoder = await decoderFor(encoding, strict);
  let newline: '\n' | '\r\n' | '\r' | undefined;
  let parser: Papa.Parser | undefined;
  let pending = '';
  let line = 1;
  let seenHeader = false;

  /** Hands rows to the sink; returns the line the next row starts on. */
  const emit = (rows: string[][]) => {
    for (const cells of rows) {
      const start = line;
      line += 1 + countNewlines(cells, newline === '\r' ? '\r' : '\n');
      // Blank lines, and the rows of bare delimiters (;;;;) that Excel leaves below a table.
      if (cells.every((cell) => cell.trim() === '')) continue;
      if (!seenHeader) {
        seenHeader = true;
        sink.header(cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c)));
      } else sink.row(start, cells);
    }
  };
  const unbalancedQuote = (at: number) =>
    sink.problem({ severity: 'error', file, line: at, ...issue('unbalanced-quote') });
  const feed = (text: string, last: boolean): boolean => {
    const input = pending + text;
    newline ??= input.includes('\r\n') ? '\r\n' : input.includes('\n') || !input.includes('\r') ? '\n' : '\r';
    parser ??= new Papa.Parser({ delimiter, newline });
    const result = parser.parse(input, 0, !last) as Papa.ParseResult<string[]>;
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
        if (!feed(decoder.write(buffer.subarray(0, read)), false)) return finish();
      }
    } finally {
      closeSync(fd);
    }
    feed(decoder.end(), true);
  } catch (error) {
    if (error instanceof NotUtf8 || error instanceof DigiraadError) throw error;
    throw ioError((t) => t.errors.couldNotRead(file, systemReason(error)(t)));
  }
  return finish();

  function finish(): void {
    if (!seenHeader) sink.problem({ severity: 'error', file, ...issue('no-header', { header: knownColumns.join(',') }) });
  }
}

/** Line ends inside quoted cells: each moves the next row one physical line further down. */
function countNewlines(cells: string[], newline: string): number {
  let count = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf(newline); i !== -1; i = cell.indexOf(newline, i + 1)) count++;
  }
  return count;
}
