import { spawn, type StdioOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository: the built CLI is bin/digiraad.js (npm run build makes dist/). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}bin/digiraad.js`;

export interface SpawnResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the run had to be killed after `timeout` ms: it hung. */
  timedOut: boolean;
  /** With `measureRss`: the peak resident set, KiB. */
  peakRssKib?: number;
}

export interface SpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** stdout as a file descriptor (e.g. /dev/full) instead of a pipe. */
  stdout?: number;
  timeout?: number;
  /** Runs as this user and group id (the machine runs tests as root; root reads anything). */
  asUser?: number;
  /** A heap limit in MB, so that a run that would eat memory fails fast instead of the machine. */
  maxHeapMb?: number;
  /** Measures the run's peak resident memory: its KiB are in `peakRssKib`. */
  measureRss?: boolean;
  /** Runs on these CPUs only (taskset's list, e.g. '0'): Node then sees that many cores. */
  cpus?: string;
}

/** The child's peak resident set (getrusage's ru_maxrss, KiB), written to stderr as it exits. */
const PEAK_RSS = fileURLToPath(new URL('./peak-rss.cjs', import.meta.url));
const PEAK_RSS_LINE = /^peak-rss-kib (\d+)\n/m;

/** Runs the built CLI as a child process, as a user's shell would. */
export function runBuilt(args: string[], options: SpawnOptions = {}): Promise<SpawnResult> {
  const node = [
    ...(options.maxHeapMb ? [`--max-old-space-size=${options.maxHeapMb}`] : []),
    ...(options.measureRss ? ['--require', PEAK_RSS] : []),
    BIN,
    ...args,
  ];
  const [command, argv] =
    options.asUser !== undefined
      ? ['setpriv', [`--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups', process.execPath, ...node]]
      : options.cpus !== undefined
        ? ['taskset', ['-c', options.cpus, process.execPath, ...node]]
        : [process.execPath, node];
  const stdio: StdioOptions = ['ignore', options.stdout ?? 'pipe', 'pipe'];
  const child = spawn(command, argv, { cwd: options.cwd ?? ROOT, env: { PATH: process.env.PATH, ...options.env }, stdio });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeout ?? 20_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const peak = options.measureRss ? PEAK_RSS_LINE.exec(stderr) : null;
      if (!peak) resolve({ code, signal, stdout, stderr, timedOut });
      else resolve({ code, signal, stdout, stderr: stderr.replace(peak[0], ''), timedOut, peakRssKib: Number(peak[1]) });
    });
  });
}
