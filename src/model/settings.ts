import type { Lang } from './lang.js';
import type { ThemeId } from './themes.js';

/** What an analyst may tune (digiraad.config.json, DIGIRAAD_* variables, flags). */
export interface FigureSettings {
  /** Upper edges of the cost bands in MNOK, ascending integers: [26, 50, 100, 200] gives the report's five bands. */
  costBandEdges: number[];
  mainThemes: ThemeId[];
  /** The tag whose share by year the summary and charts highlight. */
  highlightTag: string;
}

export const DEFAULT_SETTINGS: FigureSettings = {
  costBandEdges: [26, 50, 100, 200],
  mainThemes: ['organisering-og-styring', 'behov-mal-og-losning'],
  highlightTag: 'kommunikasjon',
};

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

/** Where a setting's value came from; `name` is the file, the variable or the flag. */
export type Source = { kind: 'default' } | { kind: 'file' | 'environment' | 'flag'; name: string };
export type Sources = Record<keyof Settings, Source>;

/** What digiraad.config.json may hold: any of the settings (checked in settings-schema.ts). */
export type ConfigFile = Partial<Settings>;
