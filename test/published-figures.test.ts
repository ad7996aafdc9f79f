import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// Every figure the council published, checked in-process against src/ on the shipped registers;
// one smoke test runs the built dist/ the same way.
interface Check {
  path: (string | number)[];
  equals?: number | string;
  min?: number;
  max?: number;
  contains?: string;
  quote?: string;
}
interface Published {
  reports: { report: number; cutoff: string; checks: Check[] }[];
}

const root = fileURLToPath(new URL('..', import.meta.url));
const published: Published = JSON.parse(readFileSync(new URL('fixtures/published-figures.json', import.meta.url), 'utf8'));

const statsArgs = (report: number) => ['stats', '--format', 'json', '--report', String(report)];

async function statsJson(report: number): Promise<unknown> {
  const result = await runCli(statsArgs(report), { cwd: root });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

const at = (document: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], document);

describe.each(published.reports)('the $report report', async ({ report, cutoff, checks }) => {
  const figures = await statsJson(report);

  it(`covers the period up to ${cutoff}`, () => {
    expect(at(figures, ['period', 'asOf'])).toBe(cutoff);
  });

  it.each(checks.map((c) => [c.path.join('.'), c] as const))('%s', (_name, check) => {
    const value = at(figures, check.path);
    expect(value, `path ${check.path.join('.')} is missing`).toBeDefined();
    if (check.equals !== undefined) expect(value).toBe(check.equals);
    if (check.min !== undefined) expect(value).toBeGreaterThanOrEqual(check.min);
    if (check.max !== undefined) expect(value).toBeLessThanOrEqual(check.max);
    if (check.contains !== undefined) expect(value).toContain(check.contains);
  });
});

describe('the built dist/', () => {
  it('prints the same figures as src/', async () => {
    const latest = published.reports.at(-1)!.report;
    const stdout = execFileSync(process.execPath, ['bin/digiraad.js', ...statsArgs(latest)], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(stdout)).toEqual(await statsJson(latest));
  });
});
