import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { stripVTControlCharacters as stripAnsi } from 'node:util';

const BIN = fileURLToPath(new URL('../../bin/digiraad.js', import.meta.url));
const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

export interface TerminalResult {
  code: number;
  /** stdout and stderr as the terminal showed them, lines ending in \n. */
  output: string;
}

/**
 * Runs the built CLI in a real pseudo-terminal of `columns` columns (util-linux `script`), as a
 * user at a terminal runs it: stdout and stderr are the terminal. `env` is all the environment
 * it gets besides PATH and HOME.
 */
export function runInTerminal(args: string[], options: { columns: number; env?: Record<string, string>; cwd?: string }): TerminalResult {
  const command = `stty cols ${options.columns} rows 500; exec ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}`;
  const result = spawnSync('script', ['-qfec', command, '/dev/null'], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, output: result.stdout.replace(/\r\n/g, '\n') };
}

/** The widest line of `text` in terminal columns, colour codes left out. */
export const widestLine = (text: string) =>
  Math.max(
    0,
    ...stripAnsi(text)
      .split('\n')
      .map((line) => stringWidth(line)),
  );
