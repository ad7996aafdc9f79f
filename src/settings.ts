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

export type Source = 'default' | 'digiraad.config.json' | `${string} (environment)` | `--${string}`;
export type Sources = Record<keyof Settings, Source>;

export const CONFIG_FILE = 'digiraad.config.json';

const edges = z
  .array(z.number().int().nonnegative())
  .min(1)
  .refine((e) => e.every((v, i) => i === 0 || v > e[i - 1]!), 'cost band edges must be ascending');
const themes = z.array(z.string().refine(isThemeId, { message: `not a theme id (${THEME_IDS.join(', ')})` })).min(1);
const tag = z.string().regex(/^[a-z0-9-]+$/, 'a tag is a lower-case slug');

export const configSchema = z
  .object({
    data: z.string().min(1),
    out: z.string().min(1),
    lang: z.enum(LANGS),
    costBandEdges: edges,
    mainThemes: themes,
    highlightTag: tag,
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
  const sources = Object.fromEntries(Object.keys(settings).map((k) => [k, 'default'])) as Sources;
  const set = (key: keyof Settings, value: unknown, source: Source) => {
    const parsed = configSchema.shape[key].safeParse(value);
    if (!parsed.success) throw usageError(`${source}: ${describe(value)} is not a valid ${key}: ${parsed.error.issues[0]!.message}`);
    (settings as unknown as Record<string, unknown>)[key] = parsed.data;
    sources[key] = source;
  };
  for (const key of Object.keys(fromText) as (keyof Settings)[]) {
    if (file[key] !== undefined) set(key, file[key], CONFIG_FILE);
    const fromEnv = env[ENV_VARIABLES[key]];
    if (fromEnv !== undefined && fromEnv !== '') set(key, fromText[key](fromEnv), `${ENV_VARIABLES[key]} (environment)`);
    const fromFlag = flags[key];
    if (fromFlag !== undefined) set(key, fromText[key](fromFlag), `--${FLAGS[key]}`);
  }
  return { settings, sources };
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
    throw usageError(`${path}: ${issue.path.join('.') || 'settings'}: ${issue.message} (known settings: ${Object.keys(fromText).join(', ')})`);
  }
  return parsed.data;
}

const describe = (value: unknown) => JSON.stringify(value);

