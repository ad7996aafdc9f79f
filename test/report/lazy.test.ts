import { describe, expect, it, vi } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

// vega, vega-lite, the canvas, docx and playwright-core are heavy: only `digiraad report` may load them,
// and playwright-core only with --pdf.
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('vega', async (original) => (loaded.push('vega'), original()));
vi.mock('vega-lite', async (original) => (loaded.push('vega-lite'), original()));
vi.mock('canvas', async (original) => (loaded.push('canvas'), original()));
vi.mock('docx', async (original) => (loaded.push('docx'), original()));
vi.mock('fflate', async (original) => (loaded.push('fflate'), original()));
vi.mock('playwright-core', async (original) => (loaded.push('playwright-core'), original()));


describe('lazy loading', () => {
  it('digiraad stats and validate load no chart or Word library; digiraad report loads them, and no browser driver without --pdf', async () => {
    const cwd = tempDir();
    expect((await runCli(['stats', '--format', 'json'], { cwd })).code).toBe(0);
    expect((await runCli(['validate'], { cwd })).code).toBe(0);
    expect(loaded).toEqual([]);
    expect((await runCli(['report', '--check', '--out', 'none'], { cwd })).code).toBe(1);
    expect([...loaded].sort()).toEqual(['canvas', 'docx', 'fflate', 'vega', 'vega-lite']);
  });
});
