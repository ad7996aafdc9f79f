import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour only for a terminal, never under NO_COLOR (no-color.org) or TERM=dumb; FORCE_COLOR
 * wins over both, for people who pipe into `less -R`.
 */
export function makeStyle(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const colour = forced || (stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb');
  return new Chalk({ level: colour ? 1 : 0 });
}
