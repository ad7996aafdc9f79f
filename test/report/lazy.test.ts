import { describe, expect, it, vi } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

// vega, vega-lite and the canvas are heavy: only `digiraad report` may load them. exceljs is
// loaded only when a workbook is read or written.
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('vega', async (original) => (loaded.push('vega'), original()));
vi.mock('vega-lite', async (original) => (loaded.push('vega-lite'), original()));
vi.mock('canvas', async (original) => (loaded.push('canvas'), original()));
vi.mock('exceljs', async (original) => (loaded.push('exceljs'), original()));


describe('lazy loading', () => {
  it('digiraad stats and validate load no chart library; digiraad report loads them', async () => {
    const cwd = tempDir();
    expect((await runCli(['stats', '--format', 'json'], { cwd })).code).toBe(0);
    expect((await runCli(['validate'], { cwd })).code).toBe(0);
    expect(loaded).toEqual([]);
    expect((await runCli(['report', '--check', '--out', 'none'], { cwd })).code).toBe(1);
    expect([...loaded].sort()).toEqual(['canvas', 'vega', 'vega-lite']);
  });
});
