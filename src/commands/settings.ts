import { usageError } from '../errors.js';
import { expectedValue } from '../i18n/index.js';
import { CONFIG_FILE, SETTING_KEYS, SETTINGS, type ConfigFile, type Settings, type Source, type Sources } from '../model/settings.js';

/** Linux's PATH_MAX: no longer path can be opened, and a longer value is a mistake. */
const MAX_PATH_LENGTH = 4096;
/** The other settings are short lists and words. */
const MAX_SETTING_LENGTH = 1000;

/**
 * Defaults, overridden by the config file, by the environment, by flags: each setting says where
 * it came from.
 */
export function resolveSettings(
  file: ConfigFile,
  env: NodeJS.ProcessEnv,
  flags: Partial<Record<keyof Settings, string>>,
): { settings: Settings; sources: Sources } {
  const settings = Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS[key].default])) as unknown as Settings;
  const sources = Object.fromEntries(SETTING_KEYS.map((key) => [key, { kind: 'default' }])) as Sources;
  // `written` is the value as the user typed it, so that an error quotes their text, not our parse of it.
  type Given = { key: keyof Settings; value: () => unknown; length: number; source: Exclude<Source, { kind: 'default' }>; written: () => string };
  const given: Given[] = [];
  for (const key of SETTING_KEYS) {
    const { env: variable, flag, fromText } = SETTINGS[key];
    const fromString = (text: string, source: Given['source']) =>
      given.push({ key, value: () => fromText(text), length: text.length, source, written: () => JSON.stringify(text) });
    const inFile = file[key];
    if (inFile !== undefined)
      given.push({
        key,
        value: () => inFile,
        length: typeof inFile === 'string' ? inFile.length : 0,
        source: { kind: 'file', name: CONFIG_FILE },
        written: () => JSON.stringify(inFile),
      });
    const fromEnv = env[variable];
    if (fromEnv !== undefined && fromEnv !== '') fromString(fromEnv, { kind: 'environment', name: variable });
    const fromFlag = flags[key];
    if (fromFlag !== undefined) fromString(fromFlag, { kind: 'flag', name: `--${flag}` });
  }
  // Each setting takes the last value given, and only that one is checked: a flag overrides a bad variable.
  const winners = [...new Map(given.map((g) => [g.key, g])).values()];
  for (const { key, length, source } of winners) {
    const limit = key === 'data' || key === 'out' ? MAX_PATH_LENGTH : MAX_SETTING_LENGTH;
    if (length > limit) throw usageError((t) => t.errors.settingTooLong(t.config.sourceLabel(source), key, length, limit));
  }
  for (const { key, value, source, written } of winners) {
    const checked = value();
    if (!SETTINGS[key].check(checked)) throw usageError((t) => t.errors.invalidSetting(t.config.sourceLabel(source), written(), key, expectedValue(key, t)));
    (settings as unknown as Record<string, unknown>)[key] = checked;
    sources[key] = source;
  }
  return { settings, sources };
}
