import { z } from 'zod';
import { usageError } from './errors.js';
import type { Messages } from './i18n/index.js';
import { LANGS } from './model/lang.js';
import type { ConfigFile, Settings } from './model/settings.js';
import { isThemeId, THEME_IDS } from './model/themes.js';

// The checks of settings.ts, apart because zod is heavy: it loads only when something is set.

const configSchema = z
  .object({
    // Tells editors where config.schema.json is; digiraad itself does not use it.
    $schema: z.string(),
    data: z.string().min(1),
    out: z.string().min(1),
    lang: z.enum(LANGS),
    costBandEdges: z
      .array(z.number().int().nonnegative())
      .min(1)
      .refine((e) => e.every((v, i) => i === 0 || v > e[i - 1]!)),
    // Named twice, a theme would count twice in the main themes' share (over 1).
    mainThemes: z.array(z.string().refine(isThemeId)).min(1).refine((t) => new Set(t).size === t.length),
    highlightTag: z.string().regex(/^[a-z0-9-]+$/),
    quiet: z.boolean(),
  })
  .partial()
  .strict();

/** One setting's value checked against its schema. */
export function checkSetting(key: keyof Settings, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const parsed = configSchema.shape[key].safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

const SETTING_NAMES = Object.keys(configSchema.shape).filter((key) => key !== '$schema') as (keyof Settings)[];

/** What a setting (or `$schema`) takes, as error messages say it. */
export function expectedValue(key: keyof Settings | '$schema', t: Messages): string {
  const expected = t.errors.expected;
  if (key === 'lang') return expected.lang(LANGS.join(', '));
  if (key === 'mainThemes') return expected.mainThemes(THEME_IDS.join(', '));
  return expected[key];
}

export function parseConfigFile(text: string, path: string): ConfigFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw usageError((t) => t.errors.configNotJson(path, (error as Error).message));
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path[0];
    if (typeof key === 'string' && (key === '$schema' || (SETTING_NAMES as string[]).includes(key))) throw usageError((t) => t.errors.configValue(path, key, expectedValue(key as keyof Settings | '$schema', t)));
    const known = SETTING_NAMES.join(', ');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
      throw usageError((t) => t.errors.configUnknown(path, keys, known));
    }
    throw usageError((t) => t.errors.configNotObject(path, known));
  }
  const { $schema: _, ...settings } = parsed.data;
  return settings;
}

