import { SETTING_KEYS, SETTINGS, type Settings, type Sources } from '../model/settings.js';
import type { Locale } from './locale.js';
import { wrapText, type Display } from './display.js';
import { tableText } from './terminal-table.js';

/** The effective settings, where each came from, and the configuration file looked for. */
export interface SettingsView {
  settings: Settings;
  sources: Sources;
  /** The data folder as shown to the user. */
  dataDir: string;
  /** The data folder and the rule that chose it: the data setting (flag, environment, file), the working folder, or the shipped registers. */
  dataFolder: { path: string; rule: 'flag' | 'environment' | 'file' | 'cwd' | 'shipped' };
  configFile: { path: string; found: boolean };
}

export function settingsJson({ settings, sources, configFile, dataFolder }: SettingsView): string {
  const entries = SETTING_KEYS.map((key) => {
    const source = sources[key];
    return [key, { value: settings[key], source: source.kind, ...(source.kind === 'default' ? {} : { name: source.name }) }];
  });
  const data = { ...dataFolder, ...(dataFolder.rule === 'file' ? { configFile: configFile.path } : {}) };
  return `${JSON.stringify({ configFile: configFile.found ? configFile.path : null, dataFolder: data, settings: Object.fromEntries(entries) }, null, 2)}\n`;
}

export function settingsTerminal(view: SettingsView, loc: Locale, display: Display): string {
  const { t } = loc;
  const { settings, sources, configFile } = view;
  const value = (key: keyof Settings): string => {
    if (key === 'data')
      return view.dataFolder.rule === 'shipped'
        ? t.config.shippedData(view.dataDir)
        : view.dataFolder.rule === 'cwd'
          ? t.config.currentFolderData(view.dataDir)
          : view.dataDir;
    if (key === 'out') return settings.out ?? t.config.reportFolder;
    const v = settings[key];
    return Array.isArray(v) ? v.join(',') : String(v);
  };
  const rows = SETTING_KEYS.map((key) => [key, value(key), t.config.sourceLabel(sources[key]), `${SETTINGS[key].env}, --${SETTINGS[key].flag}`]);
  const table = tableText(
    {
      head: [t.config.setting, t.words.value, t.config.source, t.config.setWith],
      aligns: ['left', 'left', 'left', 'left'],
      rows,
      wraps: [false, true, true, true],
    },
    display,
  );
  const fileLine = configFile.found ? t.config.configFile(configFile.path) : t.config.noConfigFile(configFile.path);
  return `${[wrapText(display.style.bold(t.config.title), display.width), table, wrapText(fileLine, display.width)].join('\n')}\n`;
}
