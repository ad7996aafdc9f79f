import { z } from 'zod';
import { usageError } from './errors.js';
import { DEFAULT_SETTINGS, type FigureSettings } from './model/settings.js';
import { isThemeId, THEME_IDS } from './model/themes.js';
import { LANGS, type Lang } from './present/locale.js';

/** Everything digiraad.config.json, DIGIRAAD_* variables and flags can set. */
export interface Settings extends FigureSettings {
  /** null: the registers shipped with digiraad. */
  data: string | null;
  /** null: reports/<year>/ */
  out: string | null;
  lang: Lang;
}

/** Where a setting's value came from; `name` is the file, the variable or the flag. */
export type Source = { kind: 'default' } | { kind: 'file' | 'environment' | 'flag'; name: string };
export type Sources = Record<keyof Settings, Source>;

export const CONFIG_FILE = 'digiraad.config.json';

/** What each setting takes, as error messages say it. */
const EXPECTED: Record<keyof Settings, string> = {
  data: 'a folder',
  out: 'a folder',
  lang: `one of ${LANGS.join(', ')}`,
  costBandEdges: 'ascending whole numbers of MNOK, e.g. 26,50,100,200',
  mainThemes: `theme ids (${THEME_IDS.join(', ')})`,
  highlightTag: 'a lower-case tag, e.g. kommunikasjon',
};

export const configSchema = z
  .object({
    data: z.string().min(1),
    out: z.string().min(1),
    lang: z.enum(LANGS),
    costBandEdges: z
      .array(z.number().int().nonnegative())
      .min(1)
      .refine((e) => e.every((v, i) => i === 0 || v > e[i - 1]!)),
    mainThemes: z.array(z.string().refine(isThemeId)).min(1),
    highlightTag: z.string().regex(/^[a-z0-9-]+$/),
  })
  .partial()
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;

/** Text forms, as in environment variables and flags: `26,50,100,200`, `organisering-og-styring,usikkerhet`. */
const fromText = {
  data: (v: string) => v,
  out: (v: string) => v,
  lang: (v: string) => v,
  costBandEdges: (v: string) => v.split(',').map((x) => (x.trim() === '' ? NaN : Number(x))),
  mainThemes: (v: string) => v.split(',').map((x) => x.trim()),
  highlightTag: (v: string) => v,
} satisfies Record<keyof Settings, (v: string) => unknown>;

export const ENV_VARIABLES: Record<keyof Settings, string> = {
  data: 'DIGIRAAD_DATA',
  out: 'DIGIRAAD_OUT',
  lang: 'DIGIRAAD_LANG',
  costBandEdges: 'DIGIRAAD_COST_BANDS',
  mainThemes: 'DIGIRAAD_MAIN_THEMES',
  highlightTag: 'DIGIRAAD_HIGHLIGHT_TAG',
};

export const FLAGS: Record<keyof Settings, string> = {
  data: 'data',
  out: 'out',
  lang: 'lang',
  costBandEdges: 'cost-bands',
  mainThemes: 'main-themes',
  highlightTag: 'highlight-tag',
};

/** Defaults, overridden by the config file, by the environment, by flags: each setting says where it came from. */
export function resolveSettings(file: ConfigFile, env: NodeJS.ProcessEnv, flags: Partial<Record<keyof Settings, string>>): { settings: Settings; sources: Sources } {
  const settings: Settings = { ...DEFAULT_SETTINGS, data: null, out: null, lang: 'nb' };
  const sources = Object.fromEntries(Object.keys(settings).map((k) => [k, { kind: 'default' }])) as Sources;
  // `written` is the value as the user typed it, so that an error quotes their text, not our parse of it.
  const set = (key: keyof Settings, value: unknown, source: Exclude<Source, { kind: 'default' }>, written: string) => {
    const parsed = configSchema.shape[key].safeParse(value);
    if (!parsed.success) throw usageError(`${sourceText(source)}: ${written} is not a valid ${key}: give ${EXPECTED[key]}`);
    (settings as unknown as Record<string, unknown>)[key] = parsed.data;
    sources[key] = source;
  };
  for (const key of Object.keys(fromText) as (keyof Settings)[]) {
    if (file[key] !== undefined) set(key, file[key], { kind: 'file', name: CONFIG_FILE }, JSON.stringify(file[key]));
    const fromEnv = env[ENV_VARIABLES[key]];
    if (fromEnv !== undefined && fromEnv !== '') set(key, fromText[key](fromEnv), { kind: 'environment', name: ENV_VARIABLES[key] }, JSON.stringify(fromEnv));
    const fromFlag = flags[key];
    if (fromFlag !== undefined) set(key, fromText[key](fromFlag), { kind: 'flag', name: `--${FLAGS[key]}` }, JSON.stringify(fromFlag));
  }
  return { settings, sources };
}

/** `DIGIRAAD_LANG (environment)`, `--lang`: a source named in an error message. */
function sourceText(source: Exclude<Source, { kind: 'default' }>): string {
  return source.kind === 'environment' ? `${source.name} (environment)` : source.name;
}

export function parseConfigFile(text: string, path: string): ConfigFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw usageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path[0];
    if (typeof key === 'string' && key in EXPECTED) throw usageError(`${path}: ${key}: give ${EXPECTED[key as keyof Settings]}`);
    const what = issue.code === 'unrecognized_keys' ? `unknown setting ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` : 'give an object of settings';
    throw usageError(`${path}: ${what} (the settings are ${Object.keys(EXPECTED).join(', ')})`);
  }
  return parsed.data;
}

