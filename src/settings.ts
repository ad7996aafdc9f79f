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
  const given: { key: keyof Settings; value: unknown; source: Exclude<Source, { kind: 'default' }>; written: string }[] = [];
  for (const key of Object.keys(fromText) as (keyof Settings)[]) {
    if (file[key] !== undefined) given.push({ key, value: file[key], source: { kind: 'file', name: CONFIG_FILE }, written: JSON.stringify(file[key]) });
    const fromEnv = env[ENV_VARIABLES[key]];
    if (fromEnv !== undefined && fromEnv !== '') given.push({ key, value: fromText[key](fromEnv), source: { kind: 'environment', name: ENV_VARIABLES[key] }, written: JSON.stringify(fromEnv) });
    const fromFlag = flags[key];
    if (fromFlag !== undefined) given.push({ key, value: fromText[key](fromFlag), source: { kind: 'flag', name: `--${FLAGS[key]}` }, written: JSON.stringify(fromFlag) });
  }
  if (given.length === 0) return { settings, sources };
  const { checkSetting, expectedValue } = await import('./settings-schema.js');
  for (const { key, value, source, written } of given) {
    const checked = checkSetting(key, value);
    if (!checked.ok) throw usageError((t) => t.errors.invalidSetting(t.config.sourceLabel(source), written, key, expectedValue(key, t)));
    (settings as unknown as Record<string, unknown>)[key] = checked.value;
    sources[key] = source;
  }
  return { settings, sources };
}
