// The worker thread that reads the tail of recommendations.csv (src/commands/tail-worker.ts), run
// as users run it: the built bin. NODE_DEBUG=digiraad says which lines the worker read.
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../support/cli.js';
import { runBuilt } from '../support/spawn.js';

afterAll(removeTempDirs);

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const WORKER_STARTED = /^DIGIRAAD \d+: a worker thread reads the tail of .*recommendations\.csv\n/m;
const WORKER_READ = /^DIGIRAAD \d+: lines (\d+) to (\d+) of .*recommendations\.csv were read by a worker thread\n/m;

describe('the tail of recommendations.csv in a worker thread', () => {
  it('is read by the worker when asked (DIGIRAAD_CSV=split), with the same output as one reading', async () => {
    const lastLine = readFileSync(join(DATA, 'recommendations.csv'), 'utf8').trimEnd().split('\n').length;
    for (const command of [['stats', '--format', 'json'], ['stats'], ['validate', '--format', 'json']]) {
      const split = await runBuilt(command, { env: { DIGIRAAD_CSV: 'split', NODE_DEBUG: 'digiraad' } });
      const plain = await runBuilt(command, { env: { DIGIRAAD_CSV: 'plain' } });
      const [said, from, to] = WORKER_READ.exec(split.stderr) ?? [];
      expect(Number(to)).toBe(lastLine);
      expect(Number(from)).toBeGreaterThan(2);
      expect({ ...split, stderr: split.stderr.replace(said!, '').replace(WORKER_STARTED, '') }).toEqual(plain);
    }
  });

  it('is read by a worker for a register of 32 MiB and more, with four cores and not with fewer', async () => {
    const dir = tempDir('digiraad-tail-');
    cpSync(DATA, dir, { recursive: true });
    const rows = readFileSync(join(DATA, 'recommendations.csv'), 'utf8').trimEnd().split('\n').slice(1);
    const more: string[] = [];
    let bytes = 0;
    for (let n = 1000; bytes < 33 << 20; n++) {
      const row = rows[n % rows.length]!.replace(/^r\d+/, `r${n}`);
      more.push(row);
      bytes += row.length + 1;
    }
    appendFileSync(join(dir, 'recommendations.csv'), `${more.join('\n')}\n`);
    const args = ['stats', '--format', 'json', '--data', dir];
    const allCores = await runBuilt(args, { env: { NODE_DEBUG: 'digiraad' } });
    const oneCore = await runBuilt(args, { env: { NODE_DEBUG: 'digiraad' }, cpus: '0' });
    expect(oneCore.code).toBe(0);
    expect(oneCore.stderr).not.toMatch(WORKER_STARTED);
    // Whether it gets to read rows depends on which thread is faster (the main thread does not wait for a slow worker).
    if (availableParallelism() >= 4) expect(allCores.stderr).toMatch(WORKER_STARTED);
    else expect(allCores.stderr).not.toMatch(WORKER_STARTED);
    expect(allCores.stdout).toBe(oneCore.stdout);
  });

  it('is not used for the plain reader, a report, or another encoding', async () => {
    const dir = tempDir('digiraad-tail-');
    for (const [args, env] of [
      [['stats'], { DIGIRAAD_CSV: 'plain' }],
      [['stats', '--encoding', 'windows-1252'], { DIGIRAAD_CSV: 'split' }],
      [['explain', 'recommendations.total', '--format', 'json'], { DIGIRAAD_CSV: 'split' }],
      [['report', '--out', join(dir, 'rapport')], { DIGIRAAD_CSV: 'split' }],
    ] as const) {
      const run = await runBuilt([...args], { env: { ...env, NODE_DEBUG: 'digiraad' }, timeout: 60_000 });
      expect(run.stderr).not.toMatch(WORKER_STARTED);
    }
  });
});
