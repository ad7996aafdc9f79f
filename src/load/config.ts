import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ioError } from '../errors.js';
import { CONFIG_FILE, parseConfigFile, type ConfigFile } from '../settings.js';

/** digiraad.config.json in the working folder, or no settings when there is none. */
export async function loadConfigFile(cwd: string): Promise<ConfigFile> {
  const path = join(cwd, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw ioError(`could not read ${path}: ${(error as Error).message}`);
  }
  return parseConfigFile(text, CONFIG_FILE);
}
