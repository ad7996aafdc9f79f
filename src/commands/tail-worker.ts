// The tail of recommendations.csv, read by a worker thread while the main thread reads
// questions.csv and the head of recommendations.csv. The worker validates rows as the main
// thread's fast path does (validate/tail.ts) and stops at the first row it cannot vouch for; the
// main thread takes the rows when its scanner reaches the tail's first record (load/scan.ts,
// HandOff), and reads whatever the worker did not take itself, so the output is the same bytes
// whichever thread read a row.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debuglog } from 'node:util';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { RegisterTail } from '../load/registers.js';
import { sizeOf } from '../load/files.js';
import { lineStartAfter, scanTail } from '../load/stream.js';
import { knownColumns } from '../model/columns.js';
import type { TailRows } from '../model/tail-rows.js';
import { type TailInput, TailValidator } from '../validate/tail.js';

/**
 * Below this size a thread costs more than it saves: it loads the bundle (about 0.1 s of CPU, more
 * on a busy machine, where it also takes CPU from the main thread). Measured at 100k rows (10 MB):
 * 1.31 s with a worker against 1.06 s without, on a busy machine.
 */
const TAIL_FROM_BYTES = 32 << 20;
/**
 * The worker needs a core to itself: without one it makes a run slower, which it must never do. On
 * the 2-vCPU VM it was measured on (1M rows), whose second core comes and goes: 2.34 s against 2.47 s
 * without it while both cores were there, 4.24 s against 3.72 s (and 3.47 s against 3.09 s) while
 * they were one. With four cores or more, one is free for it.
 */
const TAIL_FROM_CORES = 4;
/** A worker asked to stop answers within milliseconds; without an answer by then, the main thread reads the tail itself. */
const PATIENCE_MS = 10_000;
/** The worker looks for the main thread's stop every this many rows (a power of two). */
const STOP_CHECK_ROWS = 1 << 10;

/** node:os is not loaded at start-up for this alone (10 page faults of every run). */
const cores = () => (createRequire(import.meta.url)('node:os') as typeof import('node:os')).availableParallelism();

/** The bundle (dist/cli.cjs) is what the worker runs: the TypeScript sources that tests run have none. */
const BUNDLE = fileURLToPath(import.meta.url);

/** NODE_DEBUG=digiraad: says when a worker starts (load/stream.ts says which lines it read). */
const debug = debuglog('digiraad');

/** Signal words shared with the worker: its rows are posted; it has begun scanning; the main thread asks it to stop. */
const DONE = 0;
const SCANNING = 1;
const STOP = 2;

interface WorkerData {
  path: string;
  file: string;
  port: MessagePort;
  signal: Int32Array;
}

/** What the main thread posts to the worker once it knows: where the tail starts, and what its rows are checked against. */
interface TailJob {
  from: number;
  input: TailInput;
}

/**
 * The tail of recommendations.csv, read in a worker, or null where one would not pay: the plain
 * reader asked for (DIGIRAAD_CSV=plain), digests or row ids asked for (the worker keeps neither),
 * another encoding asked for, fewer than TAIL_FROM_CORES cores, a file under TAIL_FROM_BYTES, or no bundle to run.
 * DIGIRAAD_CSV=split reads a tail of a file of any size (the differential test's switch). The
 * worker starts at once, so that it has loaded the bundle by the time projects.csv is read.
 */
export async function recommendationsTail(
  dataPath: string,
  file: string,
  { env, digests, keepRowIds, encoding }: { env: NodeJS.ProcessEnv; digests: boolean; keepRowIds: boolean; encoding: string | undefined },
  input: () => TailInput,
): Promise<WorkerTail | null> {
  const forced = env.DIGIRAAD_CSV === 'split';
  if (!BUNDLE.endsWith('.cjs') || digests || keepRowIds || (env.DIGIRAAD_CSV !== undefined && !forced)) return null;
  if (encoding !== undefined && encoding !== 'auto' && encoding !== 'utf-8') return null;
  const path = join(dataPath, 'recommendations.csv');
  // Sizes only as hints: readRegisters() says what is wrong with the data folder, if anything.
  const size = sizeOf(path);
  if (size === 0 || (!forced && (size < TAIL_FROM_BYTES || cores() < TAIL_FROM_CORES))) return null;
  // The main thread reads questions.csv and the head meanwhile: each thread about half the bytes.
  const middle = Math.max(Math.floor((size - sizeOf(join(dataPath, 'questions.csv'))) / 2), Math.floor(size / 4));
  const threads = await import('node:worker_threads');
  const { port1, port2 } = new threads.MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(12));
  const data: WorkerData = { path, file, port: port2, signal };
  const worker = new threads.Worker(BOOT, { eval: true, workerData: { bundle: BUNDLE, data }, transferList: [port2] });
  worker.unref();
  debug('a worker thread reads the tail of %s', file);
  return new WorkerTail(
    worker,
    port1,
    signal,
    threads.receiveMessageOnPort,
    () => {
      try {
        const from = lineStartAfter(path, file, middle);
        return from === null ? null : { from, input: input() };
      } catch {
        // The file went away or changed: the main thread reads it, and says what is wrong.
        return null;
      }
    },
    forced,
  );
}

export class WorkerTail implements RegisterTail {
  readonly register = 'recommendations';
  readonly after = 'tags';
  at: number | null = null;
  /** The rows are given once, and not kept: they weigh megabytes, and are garbage once joined. */
  private taken = false;

  constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
    private readonly receive: (port: MessagePort) => { message: unknown } | undefined,
    private readonly job: () => TailJob | null,
    /** Whether the main thread waits for the worker to read the whole tail (DIGIRAAD_CSV=split: tests see every row cross). */
    private readonly waits: boolean,
  ) {}

  /** Gives the worker its job: projects.csv and tags.csv are read. */
  begin(): void {
    const job = this.job();
    if (job === null) return;
    this.port.postMessage(job);
    this.at = job.from;
  }

  /**
   * The main thread has reached the tail: the worker stops where it is and hands over the rows it
   * has taken, which the main thread goes on from (unless `waits`). So the main thread waits for
   * milliseconds at most, and never for a worker that has not begun (still loading, on a busy
   * machine): whichever thread is slower, reading takes no longer than the faster one alone.
   */
  take(): TailRows | null {
    if (this.at === null || this.taken) return null;
    this.taken = true;
    if (!this.waits) Atomics.store(this.signal, STOP, 1);
    const answered = (this.waits || Atomics.load(this.signal, SCANNING) === 1) && Atomics.wait(this.signal, DONE, 0, PATIENCE_MS) !== 'timed-out';
    const rows = answered ? ((this.receive(this.port)?.message as TailRows | null | undefined) ?? null) : null;
    this.close();
    return rows;
  }

  /** Ends the worker, whether or not its rows were taken. */
  close(): void {
    void this.worker.terminate();
    this.port.close();
  }
}

/** The worker's first code: runs the bundle as the bin does (without its code cache) and calls readTail(). */
const BOOT = `
const { workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');
const { bundle: path, data } = workerData;
try {
  const bundle = { exports: {} };
  new Script(readFileSync(path, 'latin1'), { filename: path }).runInThisContext()(bundle.exports, createRequire(path), bundle, pathToFileURL(path).href, () => Promise.reject(new Error('no imports in the tail worker')));
  bundle.exports.readTail(data);
} catch {
  // The bundle did not load: DONE (word 0) without rows, so that a waiting main thread goes on.
  Atomics.store(data.signal, 0, 2);
  Atomics.notify(data.signal, 0);
}`;

/** The worker's work: the tail's rows, posted to the main thread, then the signal. Never throws. */
export async function readTail({ path, file, port, signal }: WorkerData): Promise<void> {
  let rows: TailRows | null = null;
  try {
    const { from, input } = await new Promise<TailJob>((resolve) => port.once('message', resolve));
    const validator = new TailValidator(file, input);
    Atomics.store(signal, SCANNING, 1);
    let count = 0;
    const sink = {
      header: validator.header.bind(validator),
      scanned: (line: number, row: Parameters<TailValidator['scanned']>[1]) =>
        ((++count & (STOP_CHECK_ROWS - 1)) !== 0 || Atomics.load(signal, STOP) === 0) && validator.scanned(line, row),
    };
    const read = await scanTail(path, file, knownColumns('recommendations'), from, sink);
    if (read !== null) rows = { from, ...read, ...validator.taken() };
  } catch {
    rows = null;
  }
  port.postMessage(rows, rows === null ? [] : transferables(rows));
  // Nothing is left for the worker to do: without an open port it ends, and its memory goes, now.
  port.close();
  Atomics.store(signal, DONE, 1);
  Atomics.notify(signal, DONE);
}

/** The memory of the tail's arrays, moved to the main thread rather than copied. */
function transferables({ rows, ids }: TailRows): ArrayBuffer[] {
  const arrays = [rows.treatment, rows.theme, rows.tags, rows.line, ids.numbered, ids.high, ids.low, ids.lines];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
