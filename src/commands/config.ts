import { join } from 'node:path';
import { readConfigFile } from '../load/config.js';
import { CONFIG_FILE } from '../model/settings.js';
import { settingsJson, settingsTerminal } from '../present/settings-formats.js';
import type { CommonOptions, Context } from './context.js';

export interface ConfigOptions extends CommonOptions {
  format?: 'table' | 'json';
}

/** The settings in effect in this folder with these flags, and where each came from. */
export async function runConfig(ctx: Context, options: ConfigOptions): Promise<void> {
  const found = (await readConfigFile(ctx.io.cwd)) !== null;
  const view = { settings: ctx.settings, sources: ctx.sources, dataDir: ctx.dataDir, configFile: { path: join(ctx.io.cwd, CONFIG_FILE), found } };
  ctx.io.stdout.write(options.format === 'json' ? settingsJson(view) : settingsTerminal(view, ctx.loc, ctx.display));
}
