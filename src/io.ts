import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Where a command's output goes: the process by default, captured strings in tests. */
export interface Output {
  /** Text, or the bytes of a workbook. */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** What a failed write to stdout does (the CLI ends the run); stderr's write errors are thrown. */
type WriteFailed = (error: NodeJS.ErrnoException) => void;

/** Throws when the working folder is gone: `processOutputs` first, for the message. */
export function processIo(outputs = processOutputs()): Io {
  return { ...outputs, env: process.env, cwd: process.cwd() };
}

export function processOutputs(stdoutFailed?: WriteFailed): Pick<Io, 'stdout' | 'stderr'> {
  return { stdout: processOutput(1, stdoutFailed), stderr: processOutput(2) };
}

/** Node's streams the outputs use (a terminal's, or a pipe's after EAGAIN): the bin exits early only when they are drained. */
const streams: NodeJS.WriteStream[] = [];
export const outputPending = (): boolean => streams.some((stream) => stream.writableLength > 0);

/**
 * File descriptor 1 or 2. A terminal is Node's tty stream (its columns, and colour is decided on
 * it). A file or a pipe is written with writeSync: Node's stream for one loads its stream modules
 * as it is made (and net for a pipe), 24 million instructions of a `stats` start. Both block
 * until every byte is written, as cat's writes do: a slow reader holds the run back instead of
 * the output queueing in memory.
 */
function processOutput(fd: 1 | 2, failed?: WriteFailed): Output {
  if (isTerminal(fd)) return nodeStream(fd, failed);
  let fallback: NodeJS.WriteStream | undefined;
  return {
    isTTY: false,
    write(chunk) {
      if (fallback) return fallback.write(chunk);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A descriptor someone made non-blocking (a pipe shared with a parent): Node's stream
        // waits for it to drain.
        if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
          fallback = nodeStream(fd, failed);
          return fallback.write(bytes.subarray(written));
        }
        if (!failed) throw error;
        failed(error as NodeJS.ErrnoException);
      }
      return true;
    },
  };
}

function nodeStream(fd: 1 | 2, failed?: WriteFailed): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  (stream as unknown as { _handle?: { setBlocking?: (on: boolean) => void } })._handle?.setBlocking?.(true);
  if (failed) stream.on('error', failed);
  streams.push(stream);
  return stream;
}

/**
 * isatty(3) without loading node:tty (and with it net and the streams) where the descriptor
 * cannot be a terminal: a file, a pipe, a socket, or one of Linux's memory devices (character
 * major 1: /dev/null, /dev/zero, /dev/full), which is where benchmarks and scripts send output.
 */
function isTerminal(fd: number): boolean {
  let stats: ReturnType<typeof fstatSync>;
  try {
    stats = fstatSync(fd);
  } catch {
    return false;
  }
  if (!stats.isCharacterDevice() || (process.platform === 'linux' && ((stats.rdev >> 8) & 0xfff) === 1)) return false;
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}
