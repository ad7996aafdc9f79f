import { join } from 'node:path';
import { CONFIG_FILE } from '../model/settings.js';
import { settingsJson, settingsTerminal } from '../present/settings-formats.js';
import type { CommonOptions, Context } from './context.js';

export interface ConfigOptions extends CommonOptions {
  format?: 'table' | 'json';
}

/** The settings in effect in this folder with these flags, where each came from, and which rule chose the data folder. */
export async function runConfig(ctx: Context, options: ConfigOptions): Promise<void> {
  const configFile = { path: ctx.configFile ?? join(ctx.io.cwd, CONFIG_FILE), found: ctx.configFile !== null };
  const view = { settings: ctx.settings, sources: ctx.sources, dataDir: ctx.dataDir, dataFolder: { path: ctx.dataPath, rule: ctx.dataRule }, configFile };
  ctx.io.stdout.write(options.format === 'json' ? settingsJson(view) : settingsTerminal(view, ctx.loc, ctx.display));
}
