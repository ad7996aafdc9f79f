// The tail of recommendations.csv, read by a worker thread while the main thread reads
// questions.csv and the head of recommendations.csv: on two cores a million rows take about a
// third less time. The worker validates rows as the main thread's fast path does (validate/tail.ts)
// and stops at the first row it cannot vouch for; the main thread takes the rows when its scanner
// reaches the tail's first record (load/scan.ts, HandOff), and reads whatever the worker did not
// take itself, so the output is the same bytes whichever thread read a row.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { RegisterTail } from '../load/registers.js';
import { lineStartAfter, scanTail } from '../load/stream.js';
import { knownColumns } from '../model/columns.js';
import type { TailRows } from '../model/tail-rows.js';
import { type TailInput, TailValidator } from '../validate/tail.js';

/** Below this size a thread costs more than it saves (its start is 30–50 ms). */
const TAIL_FROM_BYTES = 8 << 20;
/** Without a sign of life from the worker for this long, the main thread reads the tail itself. */
const PATIENCE_MS = 60_000;
/** The worker says it is alive every this many rows. */
const HEARTBEAT_ROWS = 1 << 16;

/** The bundle (dist/cli.cjs) is what the worker runs: the TypeScript sources that tests run have none. */
const BUNDLE = fileURLToPath(import.meta.url);

/** Signal words shared with the worker: whether its rows are posted, and its heartbeat. */
const DONE = 0;
const BEAT = 1;

interface WorkerData {
  path: string;
  file: string;
  from: number;
  input: TailInput;
  port: MessagePort;
  signal: Int32Array;
}

/**
 * The tail of recommendations.csv to read in a worker, or null where one would not pay: the
 * plain reader asked for (DIGIRAAD_CSV=plain), digests or row ids asked for (the worker keeps
 * neither), another encoding asked for, one core, or no bundle to run. DIGIRAAD_CSV=split reads a
 * tail of a file of any size (the differential test's switch).
 */
export function recommendationsTail(
  dataPath: string,
  file: string,
  { env, digests, keepRowIds, encoding }: { env: NodeJS.ProcessEnv; digests: boolean; keepRowIds: boolean; encoding: string | undefined },
  input: () => TailInput,
): WorkerTail | null {
  const forced = env.DIGIRAAD_CSV === 'split';
  if (!BUNDLE.endsWith('.cjs') || digests || keepRowIds || (env.DIGIRAAD_CSV !== undefined && !forced)) return null;
  if ((encoding !== undefined && encoding !== 'auto' && encoding !== 'utf-8') || (!forced && availableParallelism() < 2)) return null;
  return new WorkerTail(dataPath, file, forced ? 0 : TAIL_FROM_BYTES, input);
}

export class WorkerTail implements RegisterTail {
  readonly register = 'recommendations';
  readonly after = 'tags';
  at: number | null = null;
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private receive: (port: MessagePort) => { message: unknown } | undefined = () => undefined;
  private readonly signal = new Int32Array(new SharedArrayBuffer(8));
  /** undefined until taken; then the rows, or null. */
  private rows: TailRows | null | undefined;

  constructor(
    private readonly dataPath: string,
    private readonly file: string,
    private readonly fromBytes: number,
    private readonly input: () => TailInput,
  ) {}

  async begin(): Promise<void> {
    const sizeOf = (name: string) => statSync(join(this.dataPath, name), { throwIfNoEntry: false })?.size ?? 0;
    const size = sizeOf('recommendations.csv');
    if (size < this.fromBytes) return;
    // The main thread reads questions.csv and the head meanwhile: each thread about half the bytes.
    const path = join(this.dataPath, 'recommendations.csv');
    const from = lineStartAfter(path, this.file, Math.max(Math.floor((size - sizeOf('questions.csv')) / 2), Math.floor(size / 4)));
    if (from === null) return;
    const threads = await import('node:worker_threads');
    const { port1, port2 } = new threads.MessageChannel();
    const data: WorkerData = { path, file: this.file, from, input: this.input(), port: port2, signal: this.signal };
    this.worker = new threads.Worker(BOOT, { eval: true, workerData: { bundle: BUNDLE, data }, transferList: [port2] });
    this.worker.unref();
    this.port = port1;
    this.receive = threads.receiveMessageOnPort;
    this.at = from;
  }

  take(): TailRows | null {
    if (this.rows !== undefined) return this.rows;
    this.rows = null;
    if (this.port === null) return null;
    // Blocking: the scanner is synchronous, and has nothing else to do.
    let beat = Atomics.load(this.signal, BEAT);
    let quiet = 0;
    while (Atomics.wait(this.signal, DONE, 0, 1000) === 'timed-out') {
      const now = Atomics.load(this.signal, BEAT);
      quiet = now === beat ? quiet + 1000 : 0;
      beat = now;
      if (quiet >= PATIENCE_MS) break;
    }
    if (Atomics.load(this.signal, DONE) === 1) this.rows = (this.receive(this.port)?.message as TailRows | null | undefined) ?? null;
    this.close();
    return this.rows;
  }

  /** Ends the worker, whether or not its rows were taken. */
  close(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.worker = null;
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
  Atomics.store(data.signal, 0, 2);
  Atomics.notify(data.signal, 0);
}`;

/** The worker's work: the tail's rows, posted to the main thread, then the signal. Never throws. */
export async function readTail({ path, file, from, input, port, signal }: WorkerData): Promise<void> {
  let rows: TailRows | null = null;
  try {
    let count = 0;
    const validator = new TailValidator(file, input);
    const sink = {
      header: validator.header.bind(validator),
      scanned: (line: number, row: Parameters<TailValidator['scanned']>[1]) => {
        if (++count % HEARTBEAT_ROWS === 0) Atomics.add(signal, BEAT, 1);
        return validator.scanned(line, row);
      },
    };
    const read = await scanTail(path, file, knownColumns('recommendations'), from, sink);
    if (read !== null) rows = { from, ...read, ...validator.taken() };
  } catch {
    rows = null;
  }
  port.postMessage(rows, rows === null ? [] : transferables(rows));
  Atomics.store(signal, DONE, 1);
  Atomics.notify(signal, DONE);
}

/** The memory of the tail's arrays, moved to the main thread rather than copied. */
function transferables({ rows, ids }: TailRows): ArrayBuffer[] {
  const arrays = [rows.treatment, rows.theme, rows.tags, rows.line, ids.numbered, ids.high, ids.low, ids.lines];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
