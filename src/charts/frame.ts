import type { Config } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { reportWords, type ReportWords } from '../i18n/index.js';
import { chartConfig, SCHEMA } from './theme.js';

/** The parts every chart spec starts with: schema, title and subtitle, the shared config. */
export function frame(loc: Locale, title: string, subtitle: string): { $schema: string; description: string; title: { text: string; subtitle: string }; config: Config } {
  return { $schema: SCHEMA, description: `${title}. ${subtitle}.`, title: { text: title, subtitle }, config: chartConfig(loc.lang) };
}

export const messagesOf = (loc: Locale): ReportWords => reportWords(loc.lang);
