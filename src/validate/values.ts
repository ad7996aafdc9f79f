import { issue, type Issue } from '../model/rules.js';
import { slug } from '../model/slug.js';
import { THEMES, type ThemeId } from '../model/themes.js';
import { levenshtein } from './closest.js';

/** What a cell parser says: a value (maybe with a warning), or why the cell is wrong. */
export type Parsed<T> = { ok: true; value: T; warning?: Issue } | { ok: false; issue: Issue };

const ok = <T>(value: T, warning?: Issue): Parsed<T> => (warning ? { ok: true, value, warning } : { ok: true, value });

// Shared results for the values a register repeats a million times: one object, not a million.
const EMPTY = ok(null);
const YES = ok(true);
const NO = ok(false);
const fail = (failure: Issue): Parsed<never> => ({ ok: false, issue: failure });

// Thousands separators docs/contract.md §1 allows: space, no-break space, thin space (U+2009) and the
// narrow no-break space (U+202F) that Norwegian number formatting puts there.
const GROUP = '[ \\u00a0\\u2009\\u202f]';
const PLAIN = /^\d+(?:[.,]\d+)?$/;
const GROUPED = new RegExp(`^\\d{1,3}(?:${GROUP}\\d{3})+(?:[.,]\\d+)?$`);
const DOT_GROUPED_COMMA_DECIMAL = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const COMMA_GROUPED_DOT_DECIMAL = /^\d{1,3}(?:,\d{3})+\.\d+$/;
// `1.234` and `1,234` read as 1234 in one convention and 1.234 in the other.
const AMBIGUOUS = /^[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * The largest estimate taken, in MNOK: 10 000 billion kroner, five times the whole state budget.
 * Anything larger is a typo (kroner for millions, a lost decimal mark), and keeps totals finite.
 */
export const MAX_MNOK = 10_000_000;

// What a spreadsheet makes of a number it took for a date: 05/24/2026, 24.05.2026, 2026-05-24, 24.05.26.
const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})$/;

/** A number ≥ 0 (or empty = not given), in either the Norwegian or the English convention. */
export function parseAmount(raw: string): Parsed<number | null> {
  const cell = raw.trim();
  if (cell === '') return EMPTY;
  const negative = /^[-\u2212]/.test(cell);
  const unsigned = negative ? cell.slice(1).trim() : cell;
  let normalised: string | null = null;
  if (AMBIGUOUS.test(unsigned)) {
    const [whole, fraction] = unsigned.split(/[.,]/) as [string, string];
    return fail(issue('ambiguous-number', { whole, fraction }));
  }
  if (PLAIN.test(unsigned) || GROUPED.test(unsigned)) normalised = unsigned.replace(new RegExp(GROUP, 'g'), '').replace(',', '.');
  else if (DOT_GROUPED_COMMA_DECIMAL.test(unsigned)) normalised = unsigned.replace(/\./g, '').replace(',', '.');
  else if (COMMA_GROUPED_DOT_DECIMAL.test(unsigned)) normalised = unsigned.replace(/,/g, '');
  if (normalised === null) return fail(DATE_LIKE.test(unsigned) ? issue('date-in-number') : issue('not-a-number'));
  const amount = Number(normalised);
  if (negative && amount !== 0) return fail(issue('negative-number'));
  if (!(amount <= MAX_MNOK)) return fail(issue('implausible-number', { limit: MAX_MNOK }));
  return ok(amount);
}

const TRUE = new Set(['yes', 'ja', 'true', '1', 'x']);
const FALSE = new Set(['no', 'nei', 'false', '0', '']);

export function parseBoolean(raw: string): Parsed<boolean> {
  const cell = raw.trim().toLowerCase();
  if (TRUE.has(cell)) return YES;
  if (FALSE.has(cell)) return NO;
  return fail(issue('not-a-boolean'));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
// What spreadsheets and databases append to a date: a time of day, midnight in practice.
const TIME_OF_DAY = /^(.+?)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

/**
 * An ISO date. Norwegian `dd.mm.yyyy` (as Excel writes it) is read with a warning, and so is a
 * date with a time of day, which is dropped.
 */
export function parseDate(raw: string): Parsed<string> {
  const written = raw.trim();
  if (written === '') return fail(issue('missing-value', { expected: 'date' }));
  const withTime = TIME_OF_DAY.exec(written);
  const cell = withTime ? withTime[1]! : written;
  const iso = ISO.exec(cell);
  const norwegian = iso ? null : NORWEGIAN.exec(cell);
  if (!iso && !norwegian) return fail(issue('not-a-date'));
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : [norwegian![3]!, norwegian![2]!.padStart(2, '0'), norwegian![1]!.padStart(2, '0')];
  const date = `${year}-${month}-${day}`;
  if (!isRealDate(Number(year), Number(month), Number(day))) return fail(issue('impossible-date'));
  if (norwegian) return ok(date, issue('norwegian-date', { date }));
  if (withTime) return ok(date, issue('date-with-time', { date }));
  return ok(date);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parseYear(raw: string): Parsed<number> {
  const cell = raw.trim();
  if (!/^\d{4}$/.test(cell)) return fail(issue('not-a-year'));
  return ok(Number(cell));
}

const THEME_BY_SLUG = new Map<string, ThemeId>(
  THEMES.flatMap((t) => [t.id, t.label, t.labelNn, t.labelEn, ...t.aliases].map((name) => [slug(name), t.id] as const)),
);

const THEME_BY_CELL = new Map<string, Parsed<ThemeId>>();
const THEME_RESULT = new Map(THEMES.map((t) => [t.id as ThemeId, ok(t.id as ThemeId)]));

/** A theme id or label, in any case, with or without æøå folded. */
export function parseTheme(raw: string): Parsed<ThemeId> {
  const known = THEME_BY_CELL.get(raw);
  if (known) return known;
  const cell = raw.trim();
  if (cell === '') return fail(issue('missing-value', { expected: 'theme' }));
  const theme = THEME_BY_SLUG.get(slug(cell));
  if (theme) {
    // A register spells its themes a handful of ways, a million times over.
    const result = THEME_RESULT.get(theme)!;
    if (THEME_BY_CELL.size < 1000) THEME_BY_CELL.set(Buffer.from(raw, 'utf8').toString('utf8'), result);
    return result;
  }
  // A misspelling repeats as often as a right spelling: the search for the closest is done once.
  const closest = closestOf(slug(cell), [...THEME_BY_SLUG.keys()]);
  const label = THEMES.find((t) => t.id === THEME_BY_SLUG.get(closest))!.label;
  const result = fail(issue('unknown-theme', { closest: label }));
  if (THEME_BY_CELL.size < 1000) THEME_BY_CELL.set(Buffer.from(raw, 'utf8').toString('utf8'), result);
  return result;
}

const tagLists = new Map<string, Parsed<readonly string[]>>();

/**
 * `a|b|c` → distinct lower-case slugs, in order of appearance. Registers repeat a few tag lists
 * a million times: each distinct list is made once and shared.
 */
export function parseTags(raw: string): Parsed<readonly string[]> {
  let tags = tagLists.get(raw);
  if (!tags) {
    const separator = /[;,]/.exec(raw);
    if (separator) return fail(issue('tag-separator', { separator: separator[0] }));
    tags = ok(
      Object.freeze([
        ...new Set(
          raw
            .split('|')
            .map(slug)
            .filter((t) => t !== ''),
        ),
      ]),
    );
    if (tagLists.size < 10_000) tagLists.set(Buffer.from(raw, 'utf8').toString('utf8'), tags);
  }
  return tags;
}

/** The nearest of a few candidates (the six themes), comparing at most the first 64 characters of `word`. */
export function closestOf(word: string, candidates: readonly string[]): string {
  const compared = word.slice(0, 64);
  let best = candidates[0] ?? '';
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(compared, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
