import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ioError } from '../errors.js';
import { CONFIG_FILE, type ConfigFile } from '../settings.js';

/** digiraad.config.json in the working folder: where it is and what it sets, or null when there is none. */
export async function readConfigFile(cwd: string): Promise<{ path: string; settings: ConfigFile } | null> {
  const path = join(cwd, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioError(`could not read ${path}: ${(error as Error).message}`);
  }
  const { parseConfigFile } = await import('../settings-schema.js');
  return { path, settings: parseConfigFile(text, CONFIG_FILE) };
}

/** The settings of digiraad.config.json, or none when there is no such file. */
export async function loadConfigFile(cwd: string): Promise<ConfigFile> {
  return (await readConfigFile(cwd))?.settings ?? {};
}
