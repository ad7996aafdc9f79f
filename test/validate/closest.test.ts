import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClosestIndex, levenshtein } from '../../src/validate/closest.js';
import { runCli, tempDir } from '../support/cli.js';

const BASE = new URL('../fixtures/base', import.meta.url).pathname;

describe('ClosestIndex', () => {
  const index = new ClosestIndex(['2018-alfa', '2019-gamma', '2019-beta', '2017-delta']);

  it('finds an id one or two edits away, the nearest first', () => {
    expect(index.closest('2019-gama')).toBe('2019-gamma');
    expect(index.closest('2018-alpha')).toBe('2018-alfa');
    expect(index.closest('2019-betaa')).toBe('2019-beta');
  });

  it('suggests nothing when no id is close', () => {
    expect(index.closest('helt-annet-prosjekt')).toBeNull();
  });

  it('compares only the start of a very long value', () => {
    expect(index.closest(`2019-gamma${'x'.repeat(100_000)}`)).toBeNull();
    expect(new ClosestIndex([`${'a'.repeat(30)}`]).closest(`${'a'.repeat(30)}${'b'.repeat(100_000)}`)).toBe('a'.repeat(30));
  });
});

describe('ClosestIndex at scale', () => {
  const ids = Array.from({ length: 10_000 }, (_, i) => `p${String(i).padStart(5, '0')}-prosjekt`);
  const counted = () => {
    const count = { comparisons: 0 };
    const index = new ClosestIndex(ids, (a, b) => {
      count.comparisons++;
      return levenshtein(a, b);
    });
    return { index, count };
  };

  it('compares a misspelling to a few candidates, and a repeated one to none', () => {
    const { index, count } = counted();
    expect(index.closest('p00042-prosjket')).toBe('p00042-prosjekt');
    // Every id that shares a deletion with it has its digits: a handful, not the 10 000.
    expect(count.comparisons).toBeGreaterThan(0);
    expect(count.comparisons).toBeLessThanOrEqual(5);
    count.comparisons = 0;
    expect(index.closest('p00042-prosjket')).toBe('p00042-prosjekt');
    expect(count.comparisons).toBe(0);
  });

  it('looks no further than one deletion when a candidate is one edit away', () => {
    const { index, count } = counted();
    expect(index.closest('p00042-prosjek')).toBe('p00042-prosjekt');
    expect(count.comparisons).toBeGreaterThan(0);
    expect(count.comparisons).toBeLessThanOrEqual(2);
  });

  it('agrees with comparing every candidate: the nearest within one edit always, within two edits never a farther one', () => {
    const word = fc.stringMatching(/^[ab0-9-]{0,8}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 30 }), word, (candidates, query) => {
        const found = new ClosestIndex(candidates).closest(query);
        const distances = candidates.map((c) => levenshtein(query, c));
        const nearest = Math.min(...distances);
        if (nearest <= 1) expect(found).toBe(candidates[distances.indexOf(nearest)]);
        else if (found !== null) expect(levenshtein(query, found)).toBe(nearest);
        if (nearest > 2) expect(found).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

/** 10 000 projects, and recommendations pointing at `unknown` ids that are not among them. */
function bigData(unknown: number): string {
  const data = join(tempDir(), 'data');
  cpSync(BASE, data, { recursive: true });
  const projects = Array.from({ length: 10_000 }, (_, i) => `p${String(i).padStart(5, '0')}-prosjekt,Prosjekt ${i},Etat,Departement,2019-01-01,,,no,no,no,`);
  writeFileSync(
    join(data, 'projects.csv'),
    `id,name,agency,ministry,meeting_date,cost_mnok,benefit_mnok,programme,shared_solution,exclude_from_totals,revisit_of\n${projects.join('\n')}\n`,
  );
  const recommendations = Array.from({ length: unknown }, (_, i) => `r${i},p${String(i % 10_000).padStart(5, '0')}-prosjket,usikkerhet,,tekst`);
  writeFileSync(join(data, 'recommendations.csv'), `id,project_id,theme,tags,text\n${recommendations.join('\n')}\n`);
  writeFileSync(join(data, 'questions.csv'), 'id,project_id,theme,text\n');
  writeFileSync(join(data, 'conversations.csv'), 'id,project_id,date\n');
  return data;
}

describe('"did you mean" in validate', () => {
  // Compared against every id in full, 5 000 unknown ids against 10 000 projects took about
  // 40 s: past the test timeout. No timed assertion: the timeout is the fault.
  it('5 000 unknown ids against 10 000 projects, each with its hint', async () => {
    const result = await runCli(['validate', '--data', bigData(5_000), '--lang', 'en'], { cwd: tempDir() });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.includes('[unknown-project]'));
    expect(lines).toHaveLength(5_000);
    expect(lines[0]).toMatch(/recommendations\.csv:2: error\[unknown-project\]: project_id "p00000-prosjket" .* \(hint: did you mean "p00000-prosjekt"\?\)$/);
  });

  it('no hint is looked for past --max-errors', async () => {
    const result = await runCli(['validate', '--data', bigData(3), '--lang', 'en', '--max-errors', '2'], { cwd: tempDir() });
    const lines = result.stdout.split('\n').filter((l) => l.includes('[unknown-project]'));
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.includes('did you mean'))).toBe(true);
  });
});
