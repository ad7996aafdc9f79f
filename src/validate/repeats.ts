import type { Problem } from '../model/problem.js';
import { issue } from '../model/rules.js';
import type { Treatment, TreatmentIndex } from '../model/registers.js';
import { lookalikeKey } from './text.js';

/**
 * A treatment with the (normalised) name and agency of an earlier one but no revisit_of is most
 * likely that project treated again: counted as a new project, it changes every project figure.
 * The warning names the project's first treatment, which revisit_of should name. `index` is the
 * validator's: id → place in `treatments`.
 */
export function checkRepeatedProjects(file: string, treatments: readonly Treatment[], index: TreatmentIndex): Problem[] {
  const firstOf = (treatment: Treatment): Treatment => {
    const seen = new Set<string>();
    let current = treatment;
    // Cycles and dangling revisit_of are errors of their own (references.ts): stop where they start.
    while (current.revisitOf !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const target = treatments[index.get(current.revisitOf) ?? -1];
      if (!target) break;
      current = target;
    }
    return current;
  };
  const problems: Problem[] = [];
  const ordered = inMeetingOrder(treatments);
  const firsts = new FirstOfPair(ordered);
  for (let k = 0; k < ordered.length; k++) {
    const treatment = ordered[k]!;
    const before = firsts.earlier(k);
    if (before === -1 || treatment.revisitOf !== null) continue;
    const project = firstOf(ordered[before]!);
    problems.push({
      severity: 'warning',
      file,
      line: treatment.line,
      column: 'name',
      value: treatment.name,
      ...issue('repeated-project', { id: project.id, line: project.line }),
    });
  }
  return problems;
}

/**
 * The first treatment of each (agency, name) pair, as lookalike keys: an open-addressing table of
 * places in `treatments`, keyed on a hash of the pair. A map of names per agency took 80 ms at
 * 100 000 projects (nearly every pair unique, so nearly every name a new entry); this, 40 ms. The
 * few agencies' keys are numbered once; a name's key is made again only for an earlier treatment
 * whose pair hashes alike.
 */
class FirstOfPair {
  /** Place + 1 of the first treatment of a pair; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly hashOf: Int32Array;
  private readonly agencyOf: Int32Array;
  private readonly agencyNumbers = new Map<string, number>();
  private readonly agencyKeyNumbers = new Map<string, number>();

  constructor(private readonly treatments: readonly Treatment[]) {
    let size = 16;
    while (size < treatments.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashOf = new Int32Array(treatments.length);
    this.agencyOf = new Int32Array(treatments.length);
  }

  /** The place of the first treatment before `at` with the agency and name of the one at `at`, or -1 (then it is the first). */
  earlier(at: number): number {
    const { treatments, slots, hashOf, agencyOf } = this;
    const agency = this.agencyNumber(treatments[at]!.agency);
    const name = lookalikeKey(treatments[at]!.name);
    const hash = hashPair(agency, name);
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]! - 1;
      if (held === -1) {
        slots[slot] = at + 1;
        hashOf[at] = hash;
        agencyOf[at] = agency;
        return -1;
      }
      if (hashOf[held] === hash && agencyOf[held] === agency && lookalikeKey(treatments[held]!.name) === name) return held;
    }
  }

  /** One number per agency lookalike key: `NAV` and `Nav ` are one agency. */
  private agencyNumber(agency: string): number {
    let number = this.agencyNumbers.get(agency);
    if (number === undefined) {
      const key = lookalikeKey(agency);
      number = this.agencyKeyNumbers.get(key);
      if (number === undefined) {
        number = this.agencyKeyNumbers.size;
        this.agencyKeyNumbers.set(key, number);
      }
      this.agencyNumbers.set(agency, number);
    }
    return number;
  }
}

/** FNV-1a over the agency's number and the name's UTF-16 units, with a final mix so that names differing in their last characters spread over the slots. */
function hashPair(agency: number, name: string): number {
  let hash = Math.imul(0x811c9dc5 ^ agency, 0x01000193);
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

/** By meeting date, then line; a register kept in date order (the usual) is not copied. */
function inMeetingOrder(treatments: readonly Treatment[]): readonly Treatment[] {
  const before = (a: Treatment, b: Treatment) => (a.meetingDate < b.meetingDate ? -1 : a.meetingDate > b.meetingDate ? 1 : a.line - b.line);
  for (let i = 1; i < treatments.length; i++) if (before(treatments[i - 1]!, treatments[i]!) > 0) return [...treatments].sort(before);
  return treatments;
}
