import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every figure the council published, checked against the built CLI on the shipped registers.
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

function statsJson(report: number): unknown {
  const stdout = execFileSync(process.execPath, ['bin/digiraad.js', 'stats', '--format', 'json', '--report', String(report)], { cwd: root, encoding: 'utf8' });
  return JSON.parse(stdout);
}

const at = (document: unknown, path: (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], document);

describe.each(published.reports)('the $report report', ({ report, cutoff, checks }) => {
  const figures = statsJson(report);

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
