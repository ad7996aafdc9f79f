import type { Problem } from '../model/problem.js';
import { issue } from '../model/rules.js';
import type { ColumnCheck } from './table.js';
import { closestOf } from './values.js';
import { slug } from '../model/slug.js';

/** How often each tag is used, and the first row that uses it. */
export class TagUsage {
  readonly tags = new Map<string, { count: number; line: number; cell: string }>();

  add(tags: readonly string[], line: number): void {
    // By index: once a row, and the shared frozen empty list sends for-of down its slow path.
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i]!;
      const seen = this.tags.get(tag);
      if (seen) seen.count++;
      else this.tags.set(tag, { count: 1, line, cell: tags.join('|') });
    }
  }

  /** As data, in the order of first use (model/tail-rows.ts). */
  export(): [string, number, number, string][] {
    return [...this.tags].map(([tag, { count, line, cell }]) => [tag, count, line, cell]);
  }

  /** Adds the use counted on rows that come after these, `lineOffset` lines further down. */
  absorb(use: readonly [string, number, number, string][], lineOffset: number): void {
    for (const [tag, count, line, cell] of use) {
      const seen = this.tags.get(tag);
      if (seen) seen.count += count;
      else this.tags.set(tag, { count, line: line + lineOffset, cell });
    }
  }
}

/**
 * The tags column of recommendations.csv. With a vocabulary (the ids of tags.csv), a tag it does
 * not list is an error; either way each tag's use is counted for rareTags().
 */
export function tagCheck(vocabulary: ReadonlyMap<string, unknown> | null, usage: TagUsage): TagCheck {
  // As slugs: a tags.csv row whose id is not written as one has an error of its own, reported there.
  const known = vocabulary ? new Set([...vocabulary.keys()].map(slug)) : null;
  const ids = [...(known ?? [])];
  const unknownOf = (tags: readonly string[]) => (known ? tags.find((t) => !known.has(t)) : undefined);
  const check = (tags: readonly string[], line: number) => {
    usage.add(tags, line);
    const unknown = unknownOf(tags);
    return unknown === undefined ? null : { issue: issue('unknown-tag', { closest: ids.length > 0 ? closestOf(unknown, ids) : null }) };
  };
  return Object.assign(check, { knowsAll: (tags: readonly string[]) => unknownOf(tags) === undefined });
}

/** The check of the tags column, and whether it knows every tag of a list (the fast path asks, fast-rows.ts). */
export type TagCheck = ColumnCheck & { knowsAll(tags: readonly string[]): boolean };

/** A tag is suspect when a tag at most this many edits away is used at least RARE_FACTOR times as often. */
const MAX_EDITS = 2;
const RARE_FACTOR = 3;

/**
 * Without tags.csv: a tag used rarely that is within two edits (a transposition counts as one) of
 * a tag used at least three times as often is probably that tag misspelt. One warning each, on
 * the first line that uses it.
 */
export function rareTags(file: string, usage: TagUsage): Problem[] {
  const problems: Problem[] = [];
  const byUse = [...usage.tags].sort((a, b) => b[1].count - a[1].count);
  for (const [tag, rare] of usage.tags) {
    const similar = byUse.find(([other, used]) => other !== tag && used.count >= RARE_FACTOR * rare.count && editDistance(tag, other) <= MAX_EDITS);
    if (!similar) continue;
    problems.push({
      severity: 'warning',
      file,
      line: rare.line,
      column: 'tags',
      value: rare.cell,
      ...issue('rare-tag', { similar: similar[0], count: rare.count, similarCount: similar[1].count }),
    });
  }
  return problems;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_EDITS) return Math.abs(a.length - b.length);
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
