import { closeSync, cpSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { runBuilt } from '../support/spawn.js';

const BASE = fileURLToPath(new URL('../fixtures/base/', import.meta.url));

/** The base registers with `rows` recommendations, each with the unknown theme "Gevinstrealisring". */
function badRecommendations(rows: number): string {
  const data = join(tempDir(), 'data');
  cpSync(BASE, data, { recursive: true });
  const fd = openSync(join(data, 'recommendations.csv'), 'w');
  writeSync(fd, 'id,project_id,theme,tags,text\n');
  for (let start = 0; start < rows; start += 10_000) {
    let chunk = '';
    for (let i = start; i < Math.min(rows, start + 10_000); i++) chunk += `r${i},2018-alfa,Gevinstrealisring,,tekst\n`;
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
