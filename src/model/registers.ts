import type { ThemeId } from './themes.js';

/** One treatment of a project by the council (a row of projects.csv). */
export interface Treatment {
  id: string;
  name: string;
  /** The agency cell as written, e.g. `Utlendingsdirektoratet/Politidirektoratet`. */
  agency: string;
  /** The agencies after splitting joint agencies on `/`. */
  agencies: string[];
  ministry: string;
  meetingDate: string;
  costMnok: number | null;
  benefitMnok: number | null;
  programme: boolean;
  sharedSolution: boolean;
  excludeFromTotals: boolean;
  revisitOf: string | null;
}

export interface Question {
  id: string;
  projectId: string;
  theme: ThemeId;
}

export interface Recommendation {
  id: string;
  projectId: string;
  theme: ThemeId;
  tags: readonly string[];
}

export interface Conversation {
  id: string;
  projectId: string;
  date: string;
}

export interface ReportYear {
  year: number;
  cutoff: string;
}

/** The validated registers: every reference resolves and no revisit chain is a cycle. */
export interface Registers {
  treatments: Treatment[];
  questions: Question[];
  recommendations: Recommendation[];
  conversations: Conversation[];
  reports: ReportYear[];
}

export type RegisterName = 'projects' | 'questions' | 'recommendations' | 'conversations' | 'reports';

export const REQUIRED_REGISTERS: readonly RegisterName[] = ['projects', 'questions', 'recommendations'];
export const OPTIONAL_REGISTERS: readonly RegisterName[] = ['conversations', 'reports'];
