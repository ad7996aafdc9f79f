import { join } from 'node:path';
import type { ConfigFile } from '../model/settings.js';
import { CONFIG_FILE } from '../settings.js';
import { isRegularFile, readRegularFile } from './files.js';

/** Far beyond any real settings file; a bigger one is not read (it would only cost memory). */
const MAX_CONFIG_BYTES = 64 * 1024;

/** The text of digiraad.config.json (a FIFO or device there is refused, never read); null when there is none. */
function configText(path: string): string | null {
  if (!isRegularFile(path, path)) return null;
  // A BOM, as Windows editors write it, is not part of the JSON.
  return readRegularFile(path, CONFIG_FILE, MAX_CONFIG_BYTES).toString('utf8').replace(/^\uFEFF/, '');
}

/** digiraad.config.json in the working folder: where it is and what it sets, or null when there is none. */
export async function readConfigFile(cwd: string): Promise<{ path: string; settings: ConfigFile } | null> {
  const path = join(cwd, CONFIG_FILE);
  const text = configText(path);
  if (text === null) return null;
  const { parseConfigFile } = await import('../settings-schema.js');
  return { path, settings: parseConfigFile(text, CONFIG_FILE) };
}

/** The settings of digiraad.config.json, or none when there is no such file. */
export async function loadConfigFile(cwd: string): Promise<ConfigFile> {
  return (await readConfigFile(cwd))?.settings ?? {};
}

/**
 * The `lang` of digiraad.config.json, read before the command line is parsed so that commander's
 * help and errors speak the user's language. Anything amiss is left for the full read to report.
 */
export function configuredLang(cwd: string): unknown {
  try {
    return (JSON.parse(configText(join(cwd, CONFIG_FILE)) ?? 'null') as { lang?: unknown } | null)?.lang;
  } catch {
    return undefined;
  }
}
