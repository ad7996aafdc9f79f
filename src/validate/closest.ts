/**
 * The "did you mean" search for ids: the candidate within two edits (Levenshtein) of a word, the
 * nearest and then the first listed. Candidates are indexed by every string one deletion away
 * (SymSpell's idea); a word looks up the strings up to one deletion away, which finds every
 * candidate one edit away, and only when none is, those two deletions away, which finds most
 * candidates two edits away. Only the candidates found are compared in full, so the time does not
 * grow with the number of candidates. The strings are never made: each is looked up by its hash,
 * computed from the word's prefix hashes (a hash shared by chance only costs a comparison). Only
 * the first MAX_COMPARED characters count, so a very long value costs no more than a short one;
 * and a misspelt id, which a register repeats row after row, is looked up once.
 */
const MAX_COMPARED = 24;
const MAX_DISTANCE = 2;
/** Answers remembered: more distinct misspellings than any register has, few enough to weigh little. */
const REMEMBERED = 10_000;

export class ClosestIndex {
  /** Hash of a deletion variant → the candidate (or candidates) it comes from. */
  private readonly byVariant = new Map<number, number | number[]>();
  /** Which lengths the indexed strings have: a deletion of another length cannot be among them, and is not looked up. */
  private readonly lengths = new Uint8Array(MAX_COMPARED + 1);
  private readonly compared: string[];
  /** Per candidate, the search that last compared it: each is compared once a search. */
  private readonly comparedIn: Uint32Array;
  private search = 0;
  private readonly answers = new Map<string, string | null>();

  /** `distance`: what candidates are compared by (tests count the comparisons with it). */
  constructor(
    private readonly candidates: readonly string[],
    private readonly distance: (a: string, b: string) => number = levenshtein,
  ) {
    this.compared = candidates.map((c) => c.slice(0, MAX_COMPARED));
    this.comparedIn = new Uint32Array(candidates.length);
    this.compared.forEach((candidate, index) => {
      this.lengths[candidate.length] = 1;
      if (candidate.length > 0) this.lengths[candidate.length - 1] = 1;
      deletions(candidate, 0, 1, (variant) => {
        const found = this.byVariant.get(variant);
        if (found === undefined) this.byVariant.set(variant, index);
        else if (typeof found === 'number') {
          if (found !== index) this.byVariant.set(variant, [found, index]);
        } else if (found.at(-1) !== index) found.push(index);
      });
    });
  }

  closest(word: string): string | null {
    const compared = word.slice(0, MAX_COMPARED);
    const known = this.answers.get(compared);
    if (known !== undefined) return known;
    const search = ++this.search;
    let best = -1;
    let bestDistance = MAX_DISTANCE + 1;
    const compare = (index: number) => {
      if (this.comparedIn[index] === search) return;
      this.comparedIn[index] = search;
      const candidate = this.compared[index]!;
      // The difference in length is as many edits at least.
      const least = Math.abs(candidate.length - compared.length);
      if (least > bestDistance || (least === bestDistance && index > best)) return;
      const distance = this.distance(compared, candidate);
      if (distance < bestDistance || (distance === bestDistance && index < best)) [best, bestDistance] = [index, distance];
    };
    const lookUp = (variant: number) => {
      const found = this.byVariant.get(variant);
      if (typeof found === 'number') compare(found);
      else if (found) for (const index of found) compare(index);
    };
    const n = compared.length;
    if (this.lengths[n]) deletions(compared, 0, 0, lookUp);
    if (n >= 1 && this.lengths[n - 1]) deletions(compared, 1, 1, lookUp);
    if (bestDistance > 1 && n >= 2 && this.lengths[n - 2]) deletions(compared, 2, MAX_DISTANCE, lookUp);
    const answer = best === -1 ? null : this.candidates[best]!;
    if (this.answers.size < REMEMBERED) this.answers.set(compared, answer);
    return answer;
  }
}

/** Powers of the hash's base, mod 2³², for strings up to MAX_COMPARED characters. */
const BASE = 0x01000193;
const POWERS = Int32Array.from({ length: MAX_COMPARED + 1 }, (_, k) => {
  let power = 1;
  for (let i = 0; i < k; i++) power = Math.imul(power, BASE);
  return power;
});

/**
 * Calls `visit` with the hash of each string made from `word` by deleting `min` to `max` (at most
 * two) characters. Of two equal neighbours only the first is deleted, so few come twice.
 */
function deletions(word: string, min: number, max: number, see: (hash: number) => void): void {
  // 30 bits: small integers, which V8 keeps unboxed.
  const visit = (hash: number) => see(hash & 0x3fffffff);
  const n = word.length;
  // prefix[k]: the hash of word[0..k); the hash of word[a..b) is prefix[b] - prefix[a]·BASEᵇ⁻ᵃ.
  const prefix = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) prefix[k + 1] = (Math.imul(prefix[k]!, BASE) + word.charCodeAt(k)) | 0;
  const part = (a: number, b: number) => (prefix[b]! - Math.imul(prefix[a]!, POWERS[b - a]!)) | 0;
  if (min === 0) visit(prefix[n]!);
  for (let i = 0; i < n; i++) {
    if (i > 0 && word[i] === word[i - 1]) continue;
    const before = part(0, i);
    if (min <= 1 && max >= 1) visit((Math.imul(before, POWERS[n - i - 1]!) + part(i + 1, n)) | 0);
    if (max < 2) continue;
    for (let j = i + 1; j < n; j++) {
      if (j > i + 1 && word[j] === word[j - 1]) continue;
      const between = (Math.imul(before, POWERS[j - i - 1]!) + part(i + 1, j)) | 0;
      visit((Math.imul(between, POWERS[n - j - 1]!) + part(j + 1, n)) | 0);
    }
  }
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
