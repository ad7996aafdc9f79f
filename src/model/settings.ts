import { LANGS, type Lang } from './lang.js';
import { isThemeId, type ThemeId } from './themes.js';

/** What an analyst may tune (digiraad.config.json, DIGIRAAD_* variables, flags). */
export interface FigureSettings {
  /** Upper edges of the cost bands in MNOK, ascending integers: [26, 50, 100, 200] gives the report's five bands. */
  costBandEdges: number[];
  mainThemes: ThemeId[];
  /** The tag whose share by year the summary and charts highlight. */
  highlightTag: string;
}

/** Everything digiraad.config.json, DIGIRAAD_* variables and flags can set. */
export interface Settings extends FigureSettings {
  /** null: the registers shipped with digiraad. */
  data: string | null;
  /** null: reports/<year>/ */
  out: string | null;
  lang: Lang;
  /** Warnings are not shown (errors always are). */
  quiet: boolean;
}

export const CONFIG_FILE = 'digiraad.config.json';

/**
 * One setting, declared once: the config-file key is its key in SETTINGS; `option` is commander's
 * name for the flag and the key of its help text in the catalogue (`cli.options`), and the
 * catalogue's `errors.expected` says what it takes. The command line, `digiraad config`, the
 * environment reader and the config-file check all map over SETTINGS.
 */
interface SettingDeclaration<K extends keyof Settings> {
  default: Settings[K];
  /** The flag without `--`, and its argument as --help shows it (none: a switch). */
  flag: string;
  argument?: string;
  option: string;
  env: string;
  /** The text form, as in environment variables and flags: `26,50,100,200`, `organisering-og-styring,usikkerhet`. */
  fromText: (text: string) => unknown;
  /** Whether a value (from JSON or fromText) is one this setting takes. */
  check: (value: unknown) => value is Settings[K];
}

const list = (text: string) => text.split(',').map((x) => x.trim());
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isList = <T>(value: unknown, isItem: (item: unknown) => item is T): value is T[] => Array.isArray(value) && value.length > 0 && value.every(isItem);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

export const SETTINGS: { [K in keyof Settings]: SettingDeclaration<K> } = {
  data: { default: null, flag: 'data', argument: 'dir', option: 'data', env: 'DIGIRAAD_DATA', fromText: (v) => v, check: isText },
  out: { default: null, flag: 'out', argument: 'dir', option: 'out', env: 'DIGIRAAD_OUT', fromText: (v) => v, check: isText },
  lang: {
    default: 'nb',
    flag: 'lang',
    argument: 'lang',
    option: 'lang',
    env: 'DIGIRAAD_LANG',
    fromText: (v) => v,
    check: (v): v is Lang => (LANGS as readonly unknown[]).includes(v),
  },
  costBandEdges: {
    default: [26, 50, 100, 200],
    flag: 'cost-bands',
    argument: 'edges',
    option: 'costBands',
    env: 'DIGIRAAD_COST_BANDS',
    fromText: (v) => list(v).map((x) => (x === '' ? NaN : Number(x))),
    check: (v): v is number[] => isList(v, isCount) && v.every((edge, i) => i === 0 || edge > v[i - 1]!),
  },
  mainThemes: {
    default: ['organisering-og-styring', 'behov-mal-og-losning'],
    flag: 'main-themes',
    argument: 'ids',
    option: 'mainThemes',
    env: 'DIGIRAAD_MAIN_THEMES',
    fromText: list,
    // Named twice, a theme would count twice in the main themes' share.
    check: (v): v is ThemeId[] => isList(v, (id): id is ThemeId => typeof id === 'string' && isThemeId(id)) && new Set(v).size === v.length,
  },
  highlightTag: {
    default: 'kommunikasjon',
    flag: 'highlight-tag',
    argument: 'tag',
    option: 'highlightTag',
    env: 'DIGIRAAD_HIGHLIGHT_TAG',
    fromText: (v) => v,
    check: (v): v is string => typeof v === 'string' && /^[a-z0-9-]+$/.test(v),
  },
  quiet: {
    default: false,
    flag: 'quiet',
    option: 'quiet',
    env: 'DIGIRAAD_QUIET',
    fromText: (v) => ({ true: true, '1': true, false: false, '0': false })[v.trim().toLowerCase()] ?? v,
    check: (v): v is boolean => typeof v === 'boolean',
  },
};

export const SETTING_KEYS = Object.keys(SETTINGS) as (keyof Settings)[];

export const DEFAULT_SETTINGS: FigureSettings = {
  costBandEdges: SETTINGS.costBandEdges.default,
  mainThemes: SETTINGS.mainThemes.default,
  highlightTag: SETTINGS.highlightTag.default,
};

/** Where a setting's value came from; `name` is the file, the variable or the flag. */
export type Source = { kind: 'default' } | { kind: 'file' | 'environment' | 'flag'; name: string };
export type Sources = Record<keyof Settings, Source>;

/** What digiraad.config.json may hold: any of the settings. */
export type ConfigFile = Partial<Settings>;

/** What is wrong with a config file's JSON, the first thing found ($schema, known keys in SETTINGS order, then unknown keys). */
export type ConfigProblem = { kind: 'not-an-object' } | { kind: 'value'; key: keyof Settings | '$schema' } | { kind: 'unknown'; keys: string[] };

export function checkConfigFile(json: unknown): { ok: true; settings: ConfigFile } | { ok: false; problem: ConfigProblem } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, problem: { kind: 'not-an-object' } };
  // `$schema` tells editors where config.schema.json is; digiraad itself does not use it.
  const { $schema, ...given } = json as Record<string, unknown>;
  if ($schema !== undefined && typeof $schema !== 'string') return { ok: false, problem: { kind: 'value', key: '$schema' } };
  for (const key of SETTING_KEYS) {
    if (key in given && !SETTINGS[key].check(given[key])) return { ok: false, problem: { kind: 'value', key } };
  }
  const unknown = Object.keys(given).filter((key) => !(SETTING_KEYS as string[]).includes(key));
  if (unknown.length > 0) return { ok: false, problem: { kind: 'unknown', keys: unknown } };
  return { ok: true, settings: given as ConfigFile };
}
