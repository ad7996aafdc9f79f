import type { RegisterName } from './registers.js';

/** Every column docs/contract.md §1 names, per register; the first ones listed as required are required. */
export const REGISTER_COLUMNS: Record<RegisterName, { required: readonly string[]; optional: readonly string[] }> = {
  projects: {
    required: ['id', 'name', 'agency', 'ministry', 'meeting_date'],
    optional: ['cost_mnok', 'benefit_mnok', 'programme', 'shared_solution', 'exclude_from_totals', 'revisit_of'],
  },
  questions: { required: ['id', 'project_id', 'theme'], optional: ['text'] },
  recommendations: { required: ['id', 'project_id', 'theme'], optional: ['tags', 'text'] },
  conversations: { required: ['id', 'project_id', 'date'], optional: [] },
  reports: { required: ['year', 'cutoff'], optional: [] },
  tags: { required: ['id', 'label'], optional: ['label_nn', 'label_en', 'description'] },
};

export function knownColumns(register: RegisterName): string[] {
  const { required, optional } = REGISTER_COLUMNS[register];
  return [...required, ...optional];
}

/** 0 → A, 25 → Z, 26 → AA: how spreadsheets name columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A header cell as the column name it means (columns are matched in load/ and validate/). */
export function normaliseColumnName(name: string): string {
  // `Meeting Date` and `meeting-date` are meeting_date too: how people write headers in a spreadsheet.
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"|"$/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
