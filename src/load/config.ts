import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ConfigFile } from '../model/settings.js';
import { CONFIG_FILE } from '../model/settings.js';
import { parseConfigFile } from './config-file.js';
import { isRegularFile, readRegularFile } from './files.js';

/** Far beyond any real settings file; a bigger one is not read (it would only cost memory). */
const MAX_CONFIG_BYTES = 64 * 1024;

/** The text of digiraad.config.json (a FIFO or device there is refused, never read); null when there is none. */
function configText(path: string): string | null {
  if (!isRegularFile(path, path)) return null;
  // A BOM, as Windows editors write it, is not part of the JSON.
  return readRegularFile(path, CONFIG_FILE, MAX_CONFIG_BYTES)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

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
  const text = configText(path);
  if (text === null) return null;

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
    return path === null ? undefined : (JSON.parse(configText(path) ?? 'null') as { lang?: unknown } | null)?.lang;
  } catch {
    return undefined;
  }
}
