import { Chalk, type ChalkInstance } from 'chalk';
import type { WriteStream } from 'node:tty';
import { createSupportsColor } from 'supports-color';
import { loadLayout, type Display } from './display.js';

/**
 * Colour as chalk decides it for the stream (supports-color: a terminal, FORCE_COLOR=0/1/2/3,
 * TERM=dumb, CI), plus no-color.org: a non-empty NO_COLOR turns colour off unless
 * FORCE_COLOR asks for it. supports-color reads the process's own environment.
 */
export function makeStyle(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance {
  // digiraad has no --color flag, so supports-color is not to look for one in argv.
  const supported = createSupportsColor(stream as WriteStream, { sniffFlags: false });
  const noColor = (env.NO_COLOR ?? '') !== '' && env.FORCE_COLOR === undefined;
  return new Chalk({ level: supported && !noColor ? supported.level : 0 });
}

/** How stdout shows text: within the terminal's columns unless `wide`, with a rule under headers where there is no colour. */
export async function makeDisplay(stream: { isTTY?: boolean; columns?: number }, style: ChalkInstance, wide: boolean): Promise<Display> {
  const terminal = stream.isTTY === true;
  const width = terminal && !wide ? stream.columns || 80 : undefined;
  if (width !== undefined) await loadLayout();
  return { style, width, headerRule: terminal && style.level === 0 };
}
