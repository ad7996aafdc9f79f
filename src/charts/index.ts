import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { costBandsSpec } from './cost-bands.js';
import type { ChartInput } from './input.js';
import { mainThemesSpec } from './main-themes.js';
import { projectsByMinistrySpec } from './projects-by-ministry.js';
import { projectsByYearSpec } from './projects-by-year.js';
import { tagShareSpec } from './tag-share.js';
import { themesSpec } from './themes.js';

export interface ChartBuilder {
  /** File stem: `<name>.vl.json`, `<name>.svg`, `<name>.png`. */
  name: string;
  build: (input: ChartInput, loc: Locale) => TopLevelSpec;
}

/** Every chart of the report, in the order the report shows them. Pure: no I/O, no vega. */
export const CHARTS = [
  { name: 'cost-bands', build: costBandsSpec },
  { name: 'themes', build: themesSpec },
  { name: 'highlight-tag-by-year', build: tagShareSpec },
  { name: 'projects-by-year', build: projectsByYearSpec },
  { name: 'projects-by-ministry', build: projectsByMinistrySpec },
  { name: 'main-themes-by-year', build: mainThemesSpec },
] as const satisfies readonly ChartBuilder[];

/** A chart's name, as CHARTS lists them: adding a chart there adds it here. */
export type ChartName = (typeof CHARTS)[number]['name'];

/** A spec as saved (`<name>.vl.json`) and as the golden tests compare it. */
export const specJson = (spec: TopLevelSpec) => `${JSON.stringify(spec, null, 2)}\n`;

export { costBandsSpec, mainThemesSpec, projectsByMinistrySpec, projectsByYearSpec, tagShareSpec, themesSpec };
export type { ChartInput } from './input.js';
