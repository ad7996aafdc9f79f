import { closeSync, cpSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { runBuilt } from '../support/spawn.js';

const BASE = fileURLToPath(new URL('../fixtures/base/', import.meta.url));

/** The base registers with `rows` recommendations, each with the theme `theme` (by default the unknown "Gevinstrealisring"). */
function badRecommendations(rows: number, theme = 'Gevinstrealisring'): string {
  const data = join(tempDir(), 'data');
  cpSync(BASE, data, { recursive: true });
  const fd = openSync(join(data, 'recommendations.csv'), 'w');
  writeSync(fd, 'id,project_id,theme,tags,text\n');
  for (let start = 0; start < rows; start += 10_000) {
    let chunk = '';
    for (let i = start; i < Math.min(rows, start + 10_000); i++) chunk += `r${i},2018-alfa,${theme},,tekst\n`;
    writeSync(fd, chunk);
  }
  closeSync(fd);
  return data;
}

/** The lines of a file the child wrote its stdout or stderr to. */
const linesOf = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n');

// Before, every problem was kept until the end and then written as one string: 100 000 of them
// did not fit a 32 MB heap (and 5 million were longer than a string may be). Now each is written
// as it is found, and memory holds counts only.
describe('problems of 100 000 bad rows, in a 32 MB heap', { timeout: 120_000 }, () => {
  const rows = 100_000;
  const data = badRecommendations(rows);
  const run = async (args: string[], to: 'stdout' | 'stderr') => {
    const out = join(tempDir(), 'out');
    const fd = openSync(out, 'w');
    try {
      const result = await runBuilt([...args, '--data', data, '--lang', 'en'], { maxHeapMb: 32, timeout: 110_000, ...(to === 'stdout' ? { stdout: fd } : {}) });
      if (to === 'stderr') writeFileSync(out, result.stderr);
      return { ...result, out };
    } finally {
      closeSync(fd);
    }
  };
  const first = `${data}/recommendations.csv:2: error[unknown-theme]: theme "Gevinstrealisring" is not one of the six themes (hint: did you mean "Gevinstrealisering"?)`;

  it('validate writes every one, then the summary', async () => {
    const result = await run(['validate'], 'stdout');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = linesOf(result.out);
    expect(lines).toHaveLength(rows + 1);
    expect(lines[0]).toBe(first);
    expect(lines.at(-2)).toBe(first.replace(':2:', `:${rows + 1}:`));
    expect(lines.at(-1)).toBe('100000 errors, 0 warnings');
  });

  it('validate --format json streams a document with every one and the counts', async () => {
    const result = await run(['validate', '--format', 'json'], 'stdout');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const document = JSON.parse(readFileSync(result.out, 'utf8'));
    expect(document.problems).toHaveLength(rows);
    expect(document.problems[rows - 1]).toMatchObject({ file: `${data}/recommendations.csv`, line: rows + 1, rule: 'unknown-theme' });
    expect({ ...document, problems: undefined }).toEqual({
      valid: false,
      errors: rows,
      warnings: 0,
      omitted: { errors: 0, warnings: 0 },
      rules: { 'unknown-theme': rows },
      problems: undefined,
    });
  });

  it('stats names every one on stderr before it stops', async () => {
    const result = await run(['stats'], 'stderr');
    expect(result.code).toBe(1);
    const lines = linesOf(result.out);
    expect(lines).toHaveLength(rows + 2);
    expect(lines[0]).toBe(first);
    expect(lines.slice(-2)).toEqual([
      '100000 errors, 0 warnings',
      'digiraad: the registers are invalid: fix the errors above (digiraad validate lists them all)',
    ]);
  });
});

// Issue 10: bad rows may not cost more memory than good ones. They did, by half: two ways of
// making a problem's text kept each one alive past young collections (see copyWith in
// model/problem.ts and decimal in present/problems.ts), so V8 grew its young generation to the
// most and filled the old one with dead problems: 300 000 bad rows peaked at 137 MiB, a clean
// register of the same size at 86.
describe('peak memory of 300 000 bad rows, against a clean register of as many', { timeout: 120_000 }, () => {
  const rows = 300_000;
  const peak = async (data: string, format: string) => {
    const stdout = openSync('/dev/null', 'w');
    try {
      const result = await runBuilt(['validate', '--data', data, '--format', format], { measureRss: true, stdout, timeout: 110_000 });
      expect(result.stderr).toBe('');
      return { code: result.code, peak: result.peakRssKib! };
    } finally {
      closeSync(stdout);
    }
  };
  let clean = 0;
  it('the clean register is valid', async () => {
    const run = await peak(badRecommendations(rows, 'Usikkerhet'), 'text');
    expect(run.code).toBe(0);
    clean = run.peak;
  });
  const bad = badRecommendations(rows);
  it.each(['text', 'json', 'github'])("--format %s: below the clean register's peak", async (format) => {
    expect(clean).toBeGreaterThan(0);
    const run = await peak(bad, format);
    expect(run.code).toBe(1);
    expect(run.peak).toBeLessThan(clean);
  });
});

describe('a register read a second time, as Windows-1252', () => {
  it('lists the problems of the rows read before the first byte that is not UTF-8 once', async () => {
    const cwd = tempDir();
    const data = join(cwd, 'data');
    cpSync(BASE, data, { recursive: true });
    // More than one 64 KB chunk of ASCII rows, the first with an unknown theme; then "æ" as Windows-1252 writes it.
    const rows = Array.from({ length: 3000 }, (_, i) => `q${i + 10},2018-alfa,${i === 0 ? 'Gevinstrealisring' : 'Usikkerhet'},${'tekst '.repeat(5)}`);
    const bytes = Buffer.concat([
      Buffer.from(`id,project_id,theme,text\n${rows.join('\n')}\nq9999,2018-alfa,Usikkerhet,s`),
      Buffer.from([0xe6]),
      Buffer.from('r\n'),
    ]);
    writeFileSync(join(data, 'questions.csv'), bytes);
    const result = await runCli(['validate', '--data', 'data', '--lang', 'en'], { cwd });
    expect(result.stderr).toBe(`${join('data', 'questions.csv')}: read as Windows-1252 (it is not valid UTF-8)\n`);
    expect(result.stdout).toBe(
      'data/questions.csv:2: error[unknown-theme]: theme "Gevinstrealisring" is not one of the six themes (hint: did you mean "Gevinstrealisering"?)\n1 error, 0 warnings\n',
    );
  });
});
