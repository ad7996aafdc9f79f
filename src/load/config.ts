import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ioError, systemReason } from '../errors.js';
import type { ConfigFile } from '../model/settings.js';
import { CONFIG_FILE } from '../settings.js';

/** digiraad.config.json in the working folder or the nearest parent folder that has one, as git and prettier find theirs. */
function findConfigFile(cwd: string): string | null {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_FILE);
    if (statSync(path, { throwIfNoEntry: false }) !== undefined) return path;
    if (dirname(dir) === dir) return null;
  }
}

/** The config file in effect (see findConfigFile): where it is and what it sets, or null when there is none. */
export async function readConfigFile(cwd: string): Promise<{ path: string; settings: ConfigFile } | null> {
  const path = findConfigFile(cwd);
  if (path === null) return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw ioError((t) => t.errors.couldNotRead(path, systemReason(error)(t)));
  }
  const { parseConfigFile } = await import('../settings-schema.js');
  // Named as before when it is here; by its path when it was found in a parent folder.
  return { path, settings: parseConfigFile(text, dirname(path) === cwd ? CONFIG_FILE : path) };
}

/**
 * The `lang` of digiraad.config.json, read before the command line is parsed so that commander's
 * help and errors speak the user's language. Anything amiss is left for the full read to report.
 */
export function configuredLang(cwd: string): unknown {
  try {
    const path = findConfigFile(cwd);
    return path === null ? undefined : (JSON.parse(readFileSync(path, 'utf8')) as { lang?: unknown } | null)?.lang;
  } catch {
    return undefined;
  }
}
