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

/** Where a setting's value came from; `name` is the file, the variable or the flag. */
export type Source = { kind: 'default' } | { kind: 'file' | 'environment' | 'flag'; name: string };
