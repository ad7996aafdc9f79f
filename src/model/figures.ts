import type { ThemeId } from './themes.js';

/** The figures document of docs/contract.md §4: `stats --format json` and the report's figures.json. */
export interface Figures {
  period: { since: string; asOf: string };
  projects: {
    total: number;
    treatments: number;
    inPeriod: number;
    inPeriodSharedSolution: number;
    agencies: number;
    ministries: number;
    programmes: number;
    withCost: number;
    withoutCost: number;
  };
  totals: {
    counted: number;
    costMnok: number;
    benefitMnok: number;
    /** 0 and 0 when no project is counted. */
    costRange: { min: number; max: number };
    excluded: ExcludedProject[];
  };
  costBands: Record<string, { count: number; share: number }>;
  questions: { total: number };
  recommendations: { total: number };
  themes: Record<ThemeId, ThemeFigures>;
  mainThemes: {
    themes: ThemeId[];
    share: number;
    byYear: Record<string, { recommendationShare: number }>;
  };
  tags: Record<string, TagFigures>;
  byYear: Record<string, YearFigures>;
  conversations: { total: number; inPeriod: number };
}

export interface ExcludedProject {
  id: string;
  name: string;
  costMnok: number | null;
  benefitMnok: number | null;
}

export interface ThemeFigures {
  label: string;
  questions: number;
  questionShare: number;
  recommendations: number;
  recommendationShare: number;
}

export interface TagFigures {
  recommendations: number;
  projects: number;
  byYear: Record<string, { count: number; share: number }>;
}

export interface YearFigures {
  projects: number;
  treatments: number;
  questions: number;
  recommendations: number;
}
