import type { WriteStream } from 'node:tty';
import { loadLayout, type Display, type Style } from './display.js';

/** chalk at level 0 without loading chalk: every style gives the text as it is. */
const PLAIN: Style = Object.defineProperties(
  Object.assign((text: string) => text, { level: 0 }),
  Object.fromEntries(['bold', 'dim', 'red', 'yellow', 'green', 'cyan'].map((name) => [name, { get: () => PLAIN }])),
) as Style;

/**
 * Colour as chalk decides it for the stream (supports-color: a terminal, FORCE_COLOR=0/1/2/3,
 * TERM=dumb, CI), plus no-color.org: a non-empty NO_COLOR turns colour off unless
 * FORCE_COLOR asks for it. supports-color reads the process's own environment.
 */
export async function makeStyle(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Promise<Style> {
  const noColor = (env.NO_COLOR ?? '') !== '' && env.FORCE_COLOR === undefined;
  // supports-color's own first rules: a stream that is not a terminal has no colour unless
  // FORCE_COLOR or Azure Pipelines (TF_BUILD and AGENT_NAME) ask for it. Decided here, chalk and
  // supports-color are not loaded for a file or a pipe (4 million instructions of a start).
  const { env: own } = process;
  if (noColor || (stream.isTTY !== true && !('FORCE_COLOR' in own) && !('TF_BUILD' in own && 'AGENT_NAME' in own))) return PLAIN;
  const [{ Chalk }, { createSupportsColor }] = await Promise.all([import('chalk'), import('supports-color')]);
  // digiraad has no --color flag, so supports-color is not to look for one in argv.
  const supported = createSupportsColor(stream as WriteStream, { sniffFlags: false });
  return new Chalk({ level: supported ? supported.level : 0 });
}

/** How stdout shows text: within the terminal's columns unless `wide`, with a rule under headers where there is no colour. */
export async function makeDisplay(stream: { isTTY?: boolean; columns?: number }, style: Style, wide: boolean): Promise<Display> {
  const terminal = stream.isTTY === true;
  const width = terminal && !wide ? stream.columns || 80 : undefined;
  if (width !== undefined) await loadLayout();
  return { style, width, headerRule: terminal && style.level === 0 };
}
