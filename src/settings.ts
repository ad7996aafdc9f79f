import { usageError } from './errors.js';
import { DEFAULT_SETTINGS, type ConfigFile, type Settings, type Source, type Sources } from './model/settings.js';


export const CONFIG_FILE = 'digiraad.config.json';

/** Text forms, as in environment variables and flags: `26,50,100,200`, `organisering-og-styring,usikkerhet`. */
const fromText = {
  data: (v: string) => v,
  out: (v: string) => v,
  lang: (v: string) => v,
  costBandEdges: (v: string) => v.split(',').map((x) => (x.trim() === '' ? NaN : Number(x))),
  mainThemes: (v: string) => v.split(',').map((x) => x.trim()),
  highlightTag: (v: string) => v,
  quiet: (v: string) => ({ true: true, '1': true, false: false, '0': false })[v.trim().toLowerCase()] ?? v,
} satisfies Record<keyof Settings, (v: string) => unknown>;

export const ENV_VARIABLES: Record<keyof Settings, string> = {
  data: 'DIGIRAAD_DATA',
  out: 'DIGIRAAD_OUT',
  lang: 'DIGIRAAD_LANG',
  costBandEdges: 'DIGIRAAD_COST_BANDS',
  mainThemes: 'DIGIRAAD_MAIN_THEMES',
  highlightTag: 'DIGIRAAD_HIGHLIGHT_TAG',
  quiet: 'DIGIRAAD_QUIET',
};

/** Linux's PATH_MAX: no longer path can be opened, and a longer value is a mistake. */
const MAX_PATH_LENGTH = 4096;
/** The other settings are short lists and words. */
const MAX_SETTING_LENGTH = 1000;

export const FLAGS: Record<keyof Settings, string> = {
  data: 'data',
  out: 'out',
  lang: 'lang',
  costBandEdges: 'cost-bands',
  mainThemes: 'main-themes',
  highlightTag: 'highlight-tag',
  quiet: 'quiet',
};

/**
 * Defaults, overridden by the config file, by the environment, by flags: each setting says where
 * it came from. zod, which checks the values, loads only when something is set (it is the
 * heaviest module on the way to `digiraad stats`).
 */
export async function resolveSettings(file: ConfigFile, env: NodeJS.ProcessEnv, flags: Partial<Record<keyof Settings, string>>): Promise<{ settings: Settings; sources: Sources }> {
  const settings: Settings = { ...DEFAULT_SETTINGS, data: null, out: null, lang: 'nb', quiet: false };
  const sources = Object.fromEntries(Object.keys(settings).map((k) => [k, { kind: 'default' }])) as Sources;
  // `written` is the value as the user typed it, so that an error quotes their text, not our parse of it.
  type Given = { key: keyof Settings; value: () => unknown; length: number; source: Exclude<Source, { kind: 'default' }>; written: () => string };
  const given: Given[] = [];
  const fromString = (key: keyof Settings, text: string, source: Given['source']) => given.push({ key, value: () => fromText[key](text), length: text.length, source, written: () => JSON.stringify(text) });
  for (const key of Object.keys(fromText) as (keyof Settings)[]) {
    const inFile = file[key];
    if (inFile !== undefined) given.push({ key, value: () => inFile, length: typeof inFile === 'string' ? inFile.length : 0, source: { kind: 'file', name: CONFIG_FILE }, written: () => JSON.stringify(inFile) });
    const fromEnv = env[ENV_VARIABLES[key]];
    if (fromEnv !== undefined && fromEnv !== '') fromString(key, fromEnv, { kind: 'environment', name: ENV_VARIABLES[key] });
    const fromFlag = flags[key];
    if (fromFlag !== undefined) fromString(key, fromFlag, { kind: 'flag', name: `--${FLAGS[key]}` });
  }
  // Each setting takes the last value given, and only that one is checked: a flag overrides a bad variable.
  const winners = [...new Map(given.map((g) => [g.key, g])).values()];
  if (winners.length === 0) return { settings, sources };
  for (const { key, length, source } of winners) {
    const limit = key === 'data' || key === 'out' ? MAX_PATH_LENGTH : MAX_SETTING_LENGTH;
    if (length > limit) throw usageError((t) => t.errors.settingTooLong(t.config.sourceLabel(source), key, length, limit));
  }
  const { checkSetting, expectedValue } = await import('./settings-schema.js');
  for (const { key, value, source, written } of winners) {
    const checked = checkSetting(key, value());
    if (!checked.ok) throw usageError((t) => t.errors.invalidSetting(t.config.sourceLabel(source), written(), key, expectedValue(key, t)));
    (settings as unknown as Record<string, unknown>)[key] = checked.value;
    sources[key] = source;
  }
  return { settings, sources };
}
