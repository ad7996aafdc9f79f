import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { runBuilt } from '../support/spawn.js';

const BASE = new URL('../fixtures/base', import.meta.url).pathname;

/** A copy of the base registers with `name` replaced by what `make` puts at its path. */
function dataWith(name: string, make: (path: string) => void): string {
  const data = join(tempDir(), 'data');
  cpSync(BASE, data, { recursive: true });
  rmSync(join(data, name));
  make(join(data, name));
  return data;
}

const KINDS: [string, (path: string) => void, RegExp][] = [
  ['a FIFO', (path) => execFileSync('mkfifo', [path]), /named pipe \(FIFO\), not a regular file/],
  ['/dev/zero through a symbolic link', (path) => symlinkSync('/dev/zero', path), /is a device, not a regular file/],
  ['a dangling symbolic link', (path) => symlinkSync(join(path, '..', 'gone.csv'), path), /symbolic link to something that does not exist/],
  ['a folder', (path) => mkdirSync(path), /is a folder, not a regular file/],
];

// Spawned, with a time and heap limit: before the fix a FIFO blocked forever and /dev/zero ate memory.
describe('a register path that is not a regular file', () => {
  for (const [kind, make, message] of KINDS) {
    for (const [register, command] of [
      ['projects.csv', 'validate'],
      ['questions.csv', 'report'],
    ] as const) {
      it(`${register} as ${kind}: ${command} names it, exit 3, never reads it`, async () => {
        const data = dataWith(register, make);
        const out = join(data, '..', 'out');
        const result = await runBuilt([command, '--data', data, '--lang', 'en', ...(command === 'report' ? ['--out', out] : [])], {
          maxHeapMb: 256,
          timeout: 20_000,
        });
        expect(result.timedOut).toBe(false);
        expect(result.stderr).toMatch(message);
        expect(result.stderr).toContain(join(data, register));
        expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
        expect(result.code).toBe(3);
      });
    }
  }

  it.each(['stats', 'projects', 'compare'])('%s refuses a FIFO the same way', async (command) => {
    const data = dataWith('recommendations.csv', (path) => execFileSync('mkfifo', [path]));
    const result = await runBuilt([command, '--data', data], { timeout: 20_000 });
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toContain(`${join(data, 'recommendations.csv')} er et navngitt rør (FIFO), ikke en vanlig fil`);
    expect(result.code).toBe(3);
  });

  it('an optional register (conversations.csv) that is a FIFO is refused, not taken as absent', async () => {
    const data = dataWith('conversations.csv', (path) => execFileSync('mkfifo', [path]));
    const result = await runBuilt(['stats', '--data', data, '--lang', 'en'], { timeout: 20_000 });
    expect(result.stderr).toMatch(/conversations\.csv is a named pipe/);
    expect(result.code).toBe(3);
  });
});

describe('a data folder the user may not read', () => {
  const asNobody = process.getuid?.() === 0 ? 65534 : undefined;

  it('--data pointing at a file: exit 3, the path and that it is not a folder', async () => {
    const file = join(tempDir(), 'projects.csv');
    writeFileSync(file, 'id\n');
    const result = await runBuilt(['stats', '--data', file, '--lang', 'en']);
    expect(result.stderr).toBe(`digiraad: ${file} is not a folder: point --data at the folder that holds projects.csv\n`);
    expect(result.code).toBe(3);
  });

  // Root reads any folder: the fault is real only for another user (nobody, uid 65534).
  it.runIf(asNobody !== undefined)('a folder without read permission (as user nobody): exit 3, the path and "permission denied"', async () => {
    const top = tempDir();
    chmodSync(top, 0o755);
    const data = join(top, 'data');
    cpSync(BASE, data, { recursive: true });
    chmodSync(data, 0o700);
    const result = await runBuilt(['validate', '--data', data, '--lang', 'en'], { asUser: asNobody, cwd: top });
    expect(result.stderr).toBe('digiraad: cannot read data: permission denied (EACCES)\n');
    expect(result.code).toBe(3);
  });
});
