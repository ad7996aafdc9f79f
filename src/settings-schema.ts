import { z } from 'zod';
import { usageError } from './errors.js';
import { isThemeId } from './model/themes.js';
import { LANGS } from './model/lang.js';
import { EXPECTED, type ConfigFile, type Settings } from './settings.js';

// The checks of settings.ts, apart because zod is heavy: it loads only when something is set.

const configSchema = z
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

/** One setting's value checked against its schema. */
export function checkSetting(key: keyof Settings, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const parsed = configSchema.shape[key].safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
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

