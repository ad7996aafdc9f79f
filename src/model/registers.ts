import type { TaggedRows } from './tagged-rows.js';
import type { ThemeId } from './themes.js';

/** One treatment of a project by the council (a row of projects.csv). */
export interface Treatment {
  id: string;
  /** Where the row is in its register: the physical line (header = 1), or a workbook's sheet row. */
  line: number;
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

/** A row of questions.csv as read; the registers keep it as TaggedRows (its text is checked, not kept). */
export interface Question {
  id: string;
  line: number;
  projectId: string;
  theme: ThemeId;
}

/** A row of recommendations.csv as read; kept as TaggedRows. */
export interface Recommendation {
  id: string;
  line: number;
  projectId: string;
  theme: ThemeId;
  tags: readonly string[];
}

export interface Conversation {
  id: string;
  line: number;
  projectId: string;
  date: string;
}

/** A row of tags.csv: a tag of the vocabulary and its labels (nynorsk and English default to `label`). */
export interface TagDefinition {
  id: string;
  label: string;
  labelNn: string;
  labelEn: string;
  description: string | null;
}

export interface ReportYear {
  year: number;
  cutoff: string;
}

/** The validated registers: every reference resolves and no revisit chain is a cycle. */
export interface Registers {
  treatments: Treatment[];
  questions: TaggedRows;
  recommendations: TaggedRows;
  conversations: Conversation[];
  reports: ReportYear[];
  /** The tag vocabulary of tags.csv, in its order; empty without one. */
  tags: TagDefinition[];
  /** Each register's file as validation names it (`data/projects.csv`), for explain; absent when the register was not read. */
  files: Partial<Record<RegisterName, string>>;
  /** Treatment id → index in `treatments`, when validation made the registers (aggregate/ makes its own otherwise). */
  treatmentIndex?: TreatmentIndex;
}

/** Treatment id → index in `Registers.treatments`: a Map, or validation's index on the ids' bytes (validate/treatment-index.ts). */
export interface TreatmentIndex {
  get(id: string): number | undefined;
}

export type RegisterName = 'projects' | 'questions' | 'recommendations' | 'conversations' | 'reports' | 'tags';

export const REQUIRED_REGISTERS: readonly RegisterName[] = ['projects', 'questions', 'recommendations'];
export const OPTIONAL_REGISTERS: readonly RegisterName[] = ['conversations', 'reports', 'tags'];
/** The order registers are read in: each is checked against those before it (tags before recommendations). */
export const READ_ORDER: readonly RegisterName[] = ['projects', 'tags', 'questions', 'recommendations', 'conversations', 'reports'];

/**
 * The sheet names a workbook may give each register (CONTRACT §1), matched in any case: the
 * English register name, or the Norwegian one that `digiraad init` writes.
 */
export const REGISTER_SHEETS: Record<RegisterName, { en: string; nb: string }> = {
  projects: { en: 'projects', nb: 'Prosjekter' },
  questions: { en: 'questions', nb: 'Spørsmål' },
  recommendations: { en: 'recommendations', nb: 'Anbefalinger' },
  conversations: { en: 'conversations', nb: 'Erfaringssamtaler' },
  reports: { en: 'reports', nb: 'Rapporter' },
  tags: { en: 'tags', nb: 'Stikkord' },
};
