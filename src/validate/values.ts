import { THEMES, type ThemeId } from '../model/themes.js';

/** What a cell parser says: a value (maybe with a warning), or why the cell is wrong. */
export type Parsed<T> = { ok: true; value: T; warning?: Issue } | { ok: false; issue: Issue };

export interface Issue {
  rule: string;
  message: string;
  hint?: string;
}

const ok = <T>(value: T, warning?: Issue): Parsed<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
const fail = (rule: string, message: string, hint?: string): Parsed<never> => ({ ok: false, issue: hint ? { rule, message, hint } : { rule, message } });

// Thousands separators CONTRACT §1 allows: space, no-break space, narrow no-break (thin) space.
const GROUP = '[ \\u00a0\\u202f]';
const PLAIN = /^\d+(?:[.,]\d+)?$/;
const GROUPED = new RegExp(`^\\d{1,3}(?:${GROUP}\\d{3})+(?:[.,]\\d+)?$`);
const DOT_GROUPED_COMMA_DECIMAL = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const COMMA_GROUPED_DOT_DECIMAL = /^\d{1,3}(?:,\d{3})+\.\d+$/;
// `1.234` and `1,234` read as 1234 in one convention and 1.234 in the other.
const AMBIGUOUS = /^[1-9]\d{0,2}[.,]\d{3}$/;

/** A number ≥ 0 (or empty = not given), in either the Norwegian or the English convention. */
export function parseAmount(raw: string): Parsed<number | null> {
  const cell = raw.trim();
  if (cell === '') return ok(null);
  const negative = /^[-\u2212]/.test(cell);
  const unsigned = negative ? cell.slice(1).trim() : cell;
  let normalised: string | null = null;
  if (AMBIGUOUS.test(unsigned)) {
    const [whole, fraction] = unsigned.split(/[.,]/) as [string, string];
    return fail('ambiguous-number', `could be ${whole}${fraction} or ${whole}.${fraction}`, `write ${whole} ${fraction} for the whole number, or ${whole},${fraction}0 for the decimal`);
  }
  if (PLAIN.test(unsigned) || GROUPED.test(unsigned)) normalised = unsigned.replace(new RegExp(GROUP, 'g'), '').replace(',', '.');
  else if (DOT_GROUPED_COMMA_DECIMAL.test(unsigned)) normalised = unsigned.replace(/\./g, '').replace(',', '.');
  else if (COMMA_GROUPED_DOT_DECIMAL.test(unsigned)) normalised = unsigned.replace(/,/g, '');
  if (normalised === null) return fail('not-a-number', 'is not a number', 'write million NOK as 1234,5 or 1 234,5 or 1234.5');
  if (negative && Number(normalised) !== 0) return fail('negative-number', 'is negative', 'estimates are amounts of million NOK, 0 or more');
  return ok(Number(normalised));
}

const TRUE = new Set(['yes', 'ja', 'true', '1', 'x']);
const FALSE = new Set(['no', 'nei', 'false', '0', '']);

export function parseBoolean(raw: string): Parsed<boolean> {
  const cell = raw.trim().toLowerCase();
  if (TRUE.has(cell)) return ok(true);
  if (FALSE.has(cell)) return ok(false);
  return fail('not-a-boolean', 'is not yes or no', 'write yes/no, ja/nei, true/false, 1/0, or x/empty');
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** An ISO date; Norwegian `dd.mm.yyyy` (as Excel writes it) is read with a warning. */
export function parseDate(raw: string): Parsed<string> {
  const cell = raw.trim();
  if (cell === '') return fail('missing-value', 'a date is required', 'write the date as YYYY-MM-DD');
  const iso = ISO.exec(cell);
  const norwegian = iso ? null : NORWEGIAN.exec(cell);
  if (!iso && !norwegian) return fail('not-a-date', 'is not a date', 'write the date as YYYY-MM-DD');
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : [norwegian![3]!, norwegian![2]!.padStart(2, '0'), norwegian![1]!.padStart(2, '0')];
  const date = `${year}-${month}-${day}`;
  if (!isRealDate(Number(year), Number(month), Number(day))) return fail('impossible-date', 'does not exist in the calendar', 'check the day and the month');
  if (norwegian) return ok(date, { rule: 'norwegian-date', message: `read as ${date}`, hint: 'write dates as YYYY-MM-DD to avoid any doubt' });
  return ok(date);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parseYear(raw: string): Parsed<number> {
  const cell = raw.trim();
  if (!/^\d{4}$/.test(cell)) return fail('not-a-year', 'is not a year', 'write the report year as four digits, e.g. 2019');
  return ok(Number(cell));
}

/** Lower case, æøå and accents folded, runs of anything else made one `-`: labels become ids. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const THEME_BY_SLUG = new Map<string, ThemeId>(THEMES.flatMap((t) => [[t.id, t.id] as const, [slug(t.label), t.id] as const, [slug(t.labelEn), t.id] as const]));

const THEME_BY_CELL = new Map<string, ThemeId>();

/** A theme id or label, in any case, with or without æøå folded. */
export function parseTheme(raw: string): Parsed<ThemeId> {
  const known = THEME_BY_CELL.get(raw);
  if (known) return ok(known);
  const cell = raw.trim();
  if (cell === '') return fail('missing-value', 'a theme is required', `write one of: ${THEMES.map((t) => t.label).join('; ')}`);
  const theme = THEME_BY_SLUG.get(slug(cell));
  if (theme) {
    // A register spells its themes a handful of ways, a million times over.
    if (THEME_BY_CELL.size < 1000) THEME_BY_CELL.set(Buffer.from(raw, 'utf8').toString('utf8'), theme);
    return ok(theme);
  }
  const closest = closestOf(slug(cell), [...THEME_BY_SLUG.keys()]);
  const label = THEMES.find((t) => t.id === THEME_BY_SLUG.get(closest))!.label;
  return fail('unknown-theme', 'is not one of the six themes', `did you mean "${label}"?`);
}

const tagLists = new Map<string, readonly string[]>();

/**
 * `a|b|c` → distinct lower-case slugs, in order of appearance. Registers repeat a few tag lists
 * a million times: each distinct list is made once and shared.
 */
export function parseTags(raw: string): Parsed<readonly string[]> {
  let tags = tagLists.get(raw);
  if (!tags) {
    tags = Object.freeze([...new Set(raw.split('|').map(slug).filter((t) => t !== ''))]);
    if (tagLists.size < 10_000) tagLists.set(Buffer.from(raw, 'utf8').toString('utf8'), tags);
  }
  return ok(tags);
}

export function closestOf(word: string, candidates: readonly string[]): string {
  let best = candidates[0] ?? '';
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
