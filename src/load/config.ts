import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ioError, systemReason } from '../errors.js';
import type { ConfigFile } from '../model/settings.js';
import { CONFIG_FILE } from '../model/settings.js';
import { parseConfigFile } from './config-file.js';

/** digiraad.config.json in the working folder: where it is and what it sets, or null when there is none. */
export async function readConfigFile(cwd: string): Promise<{ path: string; settings: ConfigFile } | null> {
  const path = join(cwd, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioError((t) => t.errors.couldNotRead(path, systemReason(error)(t)));
  }
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
    return (JSON.parse(readFileSync(join(cwd, CONFIG_FILE), 'utf8')) as { lang?: unknown } | null)?.lang;
  } catch {
    return undefined;
  }
}
