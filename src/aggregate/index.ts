import type { Figures } from '../model/figures.js';
import type { Period } from '../model/period.js';
import type { Registers, TagDefinition } from '../model/registers.js';
import { DEFAULT_SETTINGS, type FigureSettings } from '../model/settings.js';
import { byYearFigures } from './by-year.js';
import { costBandFigures } from './cost-bands.js';
import { conversationFigures } from './conversations.js';
import { projectFigures } from './projects.js';
import { projectsByMinistry, treatmentTable, type MinistryCount, type TreatmentRow } from './project-table.js';
import { buildScope, type Scope } from './scope.js';
import { tagFigures } from './tags.js';
import { mainThemeFigures, themeFigures } from './themes.js';
import { totalFigures } from './totals.js';

/** Every figure of docs/contract.md §4 for one period: the one function all outputs are made from. */
export function computeFigures(registers: Registers, period: Period, settings: FigureSettings = DEFAULT_SETTINGS): Figures {
  return figuresOf(buildScope(registers, period), settings);
}

/** What a report folder is made from, all from one scope: report/ takes this, not the registers. */
export interface ReportData {
  figures: Figures;
  ministries: MinistryCount[];
  treatments: TreatmentRow[];
  /** The tag vocabulary of tags.csv, for the labels the report names tags by. */
  tags: TagDefinition[];
}

export function reportData(registers: Registers, period: Period, settings: FigureSettings): ReportData {
  const scope = buildScope(registers, period);
  return { figures: figuresOf(scope, settings), ministries: projectsByMinistry(scope), treatments: treatmentTable(scope), tags: registers.tags };
}

function figuresOf(scope: Scope, settings: FigureSettings): Figures {
  const { period } = scope;
  return {
    period: { since: period.since, asOf: period.asOf },
    projects: projectFigures(scope),
    totals: totalFigures(scope),
    costBands: costBandFigures(scope, settings.costBandEdges),
    questions: { total: scope.questions.total },
    recommendations: { total: scope.recommendations.total },
    themes: themeFigures(scope),
    mainThemes: mainThemeFigures(scope, settings.mainThemes),
    tags: tagFigures(scope),
    byYear: byYearFigures(scope),
    conversations: conversationFigures(scope),
  };
}
