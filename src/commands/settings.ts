import { usageError } from '../errors.js';
import { expectedValue } from '../i18n/index.js';
import { CONFIG_FILE, SETTING_KEYS, SETTINGS, type ConfigFile, type Settings, type Source, type Sources } from '../model/settings.js';

/**
 * Defaults, overridden by the config file, by the environment, by flags: each setting says where
 * it came from.
 */
export function resolveSettings(file: ConfigFile, env: NodeJS.ProcessEnv, flags: Partial<Record<keyof Settings, string>>): { settings: Settings; sources: Sources } {
  const settings = Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS[key].default])) as unknown as Settings;
  const sources = Object.fromEntries(SETTING_KEYS.map((key) => [key, { kind: 'default' }])) as Sources;
  // `written` is the value as the user typed it, so that an error quotes their text, not our parse of it.
  const given: { key: keyof Settings; value: unknown; source: Exclude<Source, { kind: 'default' }>; written: string }[] = [];
  for (const key of SETTING_KEYS) {
    const { env: variable, flag, fromText } = SETTINGS[key];
    if (file[key] !== undefined) given.push({ key, value: file[key], source: { kind: 'file', name: CONFIG_FILE }, written: JSON.stringify(file[key]) });
    const fromEnv = env[variable];
    if (fromEnv !== undefined && fromEnv !== '') given.push({ key, value: fromText(fromEnv), source: { kind: 'environment', name: variable }, written: JSON.stringify(fromEnv) });
    const fromFlag = flags[key];
    if (fromFlag !== undefined) given.push({ key, value: fromText(fromFlag), source: { kind: 'flag', name: `--${flag}` }, written: JSON.stringify(fromFlag) });
  }
  for (const { key, value, source, written } of given) {
    if (!SETTINGS[key].check(value)) throw usageError((t) => t.errors.invalidSetting(t.config.sourceLabel(source), written, key, expectedValue(key, t)));
    (settings as unknown as Record<string, unknown>)[key] = value;
    sources[key] = source;
  }
  return { settings, sources };
}
