import type { FileFault } from '../model/file-fault.js';
import type { RuleParams } from '../model/rules.js';
import { THEMES } from '../model/themes.js';

/**
 * The words of one problem. With a value the message is a predicate, read after the column and
 * the value: `theme "Gevinstrealisring" is not one of the six themes`.
 */
export interface ProblemText {
  message: string;
  hint?: string;
}

/** One wording per validation rule: a language that leaves a rule out does not compile. */
export type RuleTexts = { [R in keyof RuleParams]: (p: RuleParams[R]) => ProblemText };

/** `1 prosjekt`, `2 prosjekter`: a count (as the locale writes it) and its noun. */
export const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

/** The six themes as the registers name them, for hints in any language. */
export const REGISTER_THEME_NAMES = THEMES.map((t) => t.label).join('; ');

/** `under-26` → `< 26 mill.`, `51-100` → `51–100 mill.`, `over-200` → `> 200 mill.` */
export function bandLabel(key: string, unit: string): string {
  if (key.startsWith('under-')) return `< ${key.slice('under-'.length)} ${unit}`;
  if (key.startsWith('over-')) return `> ${key.slice('over-'.length)} ${unit}`;
  if (key.startsWith('from-')) return `≥ ${key.slice('from-'.length)} ${unit}`;
  return `${key.replace('-', '–')} ${unit}`;
}

/** One wording per kind of file fault (errors.ts). */
export type FaultTexts = { [K in FileFault['kind']]: (fault: Extract<FileFault, { kind: K }>) => string };

/** `permission denied (EACCES)`: a system error code in words where the language has them, with the code for searching. */
export const reasonWords = (words: Record<string, string>) => (code: string) => (words[code] ? `${words[code]} (${code})` : code);

/** At most five names, then an ellipsis. */
export const someFiles = (files: readonly string[]) => (files.length <= 5 ? files.join(', ') : `${files.slice(0, 5).join(', ')} …`);
