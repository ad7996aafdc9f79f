import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

/** Every number in a JSON document, with its path. */
function numbers(node: unknown, path = ''): [string, unknown][] {
  if (node === null) return [[path, null]];
  if (typeof node !== 'object') return typeof node === 'number' ? [[path, node]] : [];
  return Object.entries(node).flatMap(([key, value]) => numbers(value, `${path}.${key}`));
}

describe('registers with headers only', () => {
  const cwd = tempDir();
  const env = { SOURCE_DATE_EPOCH: '1764288000' }; // 2025-11-28
  const ready = runCli(['init', 'registers'], { cwd });

  it.each(
    [
      ['stats'],
      ['stats', '--format', 'json'],
      ['stats', '--format', 'csv'],
      ['stats', '--format', 'markdown'],
      ['projects'],
      ['projects', '--format', 'json'],
      ['compare'],
      ['compare', '--format', 'json'],
      ['validate'],
    ].map((args) => [args.join(' '), args] as const),
  )('%s exits 0 with zero figures', async (_name, args) => {
    await ready;
    const result = await runCli([...args, '--data', 'registers'], { cwd, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/NaN|Infinity|null|undefined/);
  });

  it('counts up to the day given by SOURCE_DATE_EPOCH (else today), and every figure is 0', async () => {
    await ready;
    const result = await runCli(['stats', '--format', 'json', '--data', 'registers'], { cwd, env });
    const figures = JSON.parse(result.stdout);
    expect(figures.period).toEqual({ since: '2024-11-28', asOf: '2025-11-28' });
    const values = numbers(figures);
    expect(values.length).toBeGreaterThan(30);
    for (const [path, value] of values) expect(value, path).toBe(0);
  });

  it("without SOURCE_DATE_EPOCH counts up to today's UTC date", async () => {
    await ready;
    const before = new Date().toISOString().slice(0, 10);
    const { asOf } = JSON.parse((await runCli(['stats', '--format', 'json', '--data', 'registers'], { cwd })).stdout).period;
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(asOf);
  });

  it('writes a report', async () => {
    await ready;
    const result = await runCli(['report', '--data', 'registers', '--out', join(cwd, 'report')], { cwd, env });
    expect(result.code).toBe(0);
    // figures.json is the stats document with its schema named first.
    const figures = JSON.parse(readFileSync(join(cwd, 'report', 'figures.json'), 'utf8'));
    const stats = JSON.parse((await runCli(['stats', '--format', 'json', '--data', 'registers'], { cwd, env })).stdout);
    expect(figures).toEqual({ $schema: expect.any(String), ...stats });
  });
});
