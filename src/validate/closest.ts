/**
 * The "did you mean" search for ids: the candidate within two edits (Levenshtein) of a word, the
 * nearest and then the first listed. Candidates are indexed by every string one deletion away
 * (SymSpell's idea); a word looks up every string up to two deletions away, and only the
 * candidates found are compared in full. That finds every candidate one edit away and most two
 * edits away, in time that does not grow with the number of candidates. Only the first
 * MAX_COMPARED characters count, so a very long value costs no more than a short one.
 */
const MAX_COMPARED = 24;
const MAX_DISTANCE = 2;

export class ClosestIndex {
  private readonly byVariant = new Map<string, number[]>();
  private readonly compared: string[];

  constructor(private readonly candidates: readonly string[]) {
    this.compared = candidates.map((c) => c.slice(0, MAX_COMPARED));
    this.compared.forEach((candidate, index) => {
      for (const variant of deletions(candidate, 1)) {
        const list = this.byVariant.get(variant);
        if (!list) this.byVariant.set(variant, [index]);
        else if (list.at(-1) !== index) list.push(index);
      }
    });
  }

  closest(word: string): string | null {
    const compared = word.slice(0, MAX_COMPARED);
    let best = -1;
    let bestDistance = MAX_DISTANCE + 1;
    // Ids that differ in a digit share many variants: each candidate is compared once.
    const seen = new Set<number>();
    for (const variant of deletions(compared, MAX_DISTANCE)) {
      for (const index of this.byVariant.get(variant) ?? []) {
        if (seen.has(index)) continue;
        seen.add(index);
        const candidate = this.compared[index]!;
        if (Math.abs(candidate.length - compared.length) >= bestDistance) continue;
        const distance = levenshtein(compared, candidate);
        if (distance < bestDistance || (distance === bestDistance && index < best)) [best, bestDistance] = [index, distance];
      }
    }
    return best === -1 ? null : this.candidates[best]!;
  }
}

/** `word` and every string made from it by deleting up to `depth` characters. */
function deletions(word: string, depth: number): Set<string> {
  const found = new Set([word]);
  let layer = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of layer) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    layer = next;
  }
  return found;
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
