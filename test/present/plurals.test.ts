import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const BASE = fileURLToPath(new URL('../fixtures/base/', import.meta.url));

describe('singular and plural', () => {
  it('says "1 celle" and "1 cell" of a row with one cell', async () => {
    const cwd = tempDir();
    cpSync(BASE, join(cwd, 'data'), { recursive: true });
    writeFileSync(join(cwd, 'data', 'reports.csv'), 'year,cutoff\n2018\n');
    expect((await runCli(['validate', '--data', 'data'], { cwd })).stdout).toContain(
      'data/reports.csv:2: feil[missing-cells]: raden har 1 celle, kolonnenavnene 2',
    );
    expect((await runCli(['validate', '--data', 'data', '--lang', 'en'], { cwd })).stdout).toContain(
      'data/reports.csv:2: error[missing-cells]: the row has 1 cell, the header 2',
    );
    expect((await runCli(['validate', '--data', 'data', '--lang', 'nn'], { cwd })).stdout).toContain(
      'data/reports.csv:2: feil[missing-cells]: rada har 1 celle, kolonnenamna 2',
    );
  });

  it('counts one register row in the singular', async () => {
    const cwd = tempDir();
    cpSync(BASE, join(cwd, 'data'), { recursive: true });
    writeFileSync(join(cwd, 'data', 'reports.csv'), 'year,cutoff\n2019,2019-10-31\n');
    expect((await runCli(['validate', '--data', 'data'], { cwd })).stdout).toMatch(/, 1 erfaringssamtale, 1 rapport\)\n$/);
    expect((await runCli(['validate', '--data', 'data', '--lang', 'en'], { cwd })).stdout).toMatch(/, 1 conversation, 1 report\)\n$/);
    expect((await runCli(['validate', '--data', 'data', '--lang', 'nn'], { cwd })).stdout).toMatch(/, 1 erfaringssamtale, 1 rapport\)\n$/);
  });
});
