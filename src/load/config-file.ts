import { usageError } from '../errors.js';
import { expectedValue } from '../i18n/index.js';
import { checkConfigFile, SETTING_KEYS, type ConfigFile } from '../model/settings.js';

/** The settings of a config file's text, checked against SETTINGS; `path` names the file in errors. */
export function parseConfigFile(text: string, path: string): ConfigFile {
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
