import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ioError, systemReason, usageError } from '../errors.js';
import { expectedValue } from '../i18n/index.js';
import { checkConfigFile, CONFIG_FILE, SETTING_KEYS, type ConfigFile } from '../model/settings.js';

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

function parseConfigFile(text: string, path: string): ConfigFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw usageError((t) => t.errors.configNotJson(path, (error as Error).message));
  }
  const checked = checkConfigFile(json);
  if (checked.ok) return checked.settings;
  const { problem } = checked;
  const known = SETTING_KEYS.join(', ');
  switch (problem.kind) {
    case 'value':
      throw usageError((t) => t.errors.configValue(path, problem.key, expectedValue(problem.key, t)));
    case 'unknown':
      throw usageError((t) => t.errors.configUnknown(path, problem.keys.map((k) => JSON.stringify(k)).join(', '), known));
    case 'not-an-object':
      throw usageError((t) => t.errors.configNotObject(path, known));
  }
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
