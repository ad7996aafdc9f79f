import type { Encoding } from '../model/encoding.js';
import { issue, type Issue } from '../model/rules.js';

/**
 * Free text (texts, names, labels, descriptions, and columns digiraad does not know) may hold
 * tabs, line breaks and invisible characters such as a soft hyphen; every other cell is a value
 * that is compared (ids, agencies, ministries, themes, tags, dates, numbers), where they are errors.
 */
const FREE_TEXT = new Set(['text', 'name', 'description', 'label', 'label_nn', 'label_en']);
export const isFreeText = (column: string | undefined) => column === undefined || FREE_TEXT.has(column);

/** Printable ASCII only: nothing to check, nothing to normalise (nearly every cell). */
const PLAIN = /^[\x20-\x7e]*$/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
// C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates that reorder a line.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
// Characters that show as nothing: zero-width space, non-joiner and joiner, word joiner, BOM,
// soft hyphen, left-to-right and right-to-left marks, Arabic letter mark, Mongolian vowel separator.
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u180e]/;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Whether a cell must be looked at by checkCell (and normalised): false for plain ASCII. */
export const needsCheck = (cell: string) => !PLAIN.test(cell);

/**
 * What a cell may not hold, as read in `encoding`: a byte the encoding does not define (decoded as
 * U+FFFD), a control or bidi character, and, outside free text, a tab, line break or invisible
 * character. Position is 1-based, in characters.
 */
export function checkCell(cell: string, freeText: boolean, encoding: Encoding): Issue | null {
  const bad = cell.indexOf('\ufffd');
  if (bad !== -1) return encoding === 'windows-1252' ? issue('not-windows-1252', { position: bad + 1 }) : issue('not-utf8', { position: bad + 1 });
  const control = CONTROL.exec(cell) ?? (freeText ? null : LINE_BREAK_OR_TAB.exec(cell));
  if (control) return issue('control-character', { character: codePoint(control[0]), position: control.index + 1 });
  const invisible = freeText ? null : INVISIBLE.exec(cell);
  if (invisible) return issue('invisible-character', { character: codePoint(invisible[0]), position: invisible.index + 1 });
  return null;
}

/** Already its own lookalike key: lower-case ASCII without spaces, as nearly every id is. */
const FOLDED = /^[a-z0-9_.:/-]*$/;

/** One key for values that look the same: NFKC (full-width letters, ligatures), case, runs of space. */
export const lookalikeKey = (value: string) => {
  if (FOLDED.test(value)) return value;
  // Printable ASCII is its own NFKC, is lower-cased alike in every locale but Turkish ones, and spaces are its only white space.
  // Runs of two or more: a single space matched and replaced made a new string of every name (a fifth of the key's cost).
  if (PLAIN.test(value)) return value.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return value.normalize('NFKC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();
};
