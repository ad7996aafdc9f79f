// bin/digiraad.js compiles dist/cli.cjs with V8's code cache (see the bin). These tests run the
// real bin in a child process with its own cache folder ($XDG_CACHE_HOME).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'digiraad.js');

beforeAll(() => execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT }));
afterAll(removeTempDirs);

function stats(cacheHome: string, asUser?: string, args = ['stats']) {
  const env = { PATH: process.env.PATH, HOME: '/nonexistent', XDG_CACHE_HOME: cacheHome };
  const [command, argv] = asUser
    ? ['setpriv', ['--reuid', asUser, '--regid', 'nogroup', '--clear-groups', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  const run = spawnSync(command, argv, { cwd: ROOT, env, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const cacheFiles = (cacheHome: string) => readdirSync(join(cacheHome, 'digiraad')).map((name) => join(cacheHome, 'digiraad', name));

/** The one cache file of `cacheHome`. */
function cacheFile(cacheHome: string): string {
  const files = cacheFiles(cacheHome);
  expect(files).toHaveLength(1);
  return files[0]!;
}

describe('the code cache of bin/digiraad.js', () => {
  let reference: ReturnType<typeof stats>;
  beforeAll(() => {
    reference = stats(tempDir());
  });

  it('is written after the first run, then used as it is', () => {
    expect(reference.code).toBe(0);
    expect(reference.stdout).toContain('Digitaliseringsrådet');
    const home = tempDir();
    expect(stats(home)).toEqual(reference);
    const file = cacheFile(home);
    expect(file).toMatch(new RegExp(`cli-[0-9a-f]{16}-node${process.version.replace(/\./g, '\\.')}-${process.arch}-stats\\.v8$`));
    const written = statSync(file);
    expect(written.size).toBeGreaterThan(10_000);
    // V8 accepted it: a rejected cache would be replaced by a new file (rename, new inode).
    expect(stats(home)).toEqual(reference);
    expect(statSync(file).ino).toBe(written.ino);
    expect(cacheFiles(home)).toEqual([file]);
  });

  it('is one for each command, each made by its first run and kept when another is written', () => {
    const home = tempDir();
    stats(home);
    const first = cacheFile(home);
    const written = statSync(first);
    const help = stats(home, undefined, ['--help']);
    expect(help.code).toBe(0);
    expect(stats(home, undefined, ['validate']).code).toBe(0);
    const files = cacheFiles(home).sort();
    expect(files.map((file) => /-([a-z_]+)\.v8$/.exec(file)?.[1])).toEqual(['other', 'stats', 'validate']);
    expect(statSync(first).ino).toBe(written.ino);
    expect(stats(home)).toEqual(reference);
    expect(stats(home, undefined, ['--help'])).toEqual(help);
    expect(cacheFiles(home).sort()).toEqual(files);
  });

  it('is rejected when corrupt and rewritten, with the same output', () => {
    const home = tempDir();
    stats(home);
    const file = cacheFile(home);
    const garbage = Buffer.alloc(statSync(file).size, 0x5a);
    writeFileSync(file, garbage);
    expect(stats(home)).toEqual(reference);
    expect(readFileSync(file).equals(garbage)).toBe(false);
    expect(cacheFiles(home)).toEqual([file]);
  });

  it('keeps the caches of the newest four builds when it writes one: older builds and Node versions do not pile up', () => {
    const home = tempDir();
    mkdirSync(join(home, 'digiraad'));
    const old = [1, 2, 3, 4, 5].map((n) => join(home, 'digiraad', `cli-${String(n).repeat(16)}-nodev18.0.0-x64.v8`));
    old.forEach((file, n) => {
      writeFileSync(file, 'old');
      utimesSync(file, 1_000_000 + n, 1_000_000 + n);
    });
    writeFileSync(join(home, 'digiraad', 'notes.txt'), 'not a cache');
    expect(stats(home)).toEqual(reference);
    const written = cacheFiles(home).filter((file) => file.includes(process.version));
    expect(written).toHaveLength(1);
    expect(cacheFiles(home).sort()).toEqual([...old.slice(2), written[0]!, join(home, 'digiraad', 'notes.txt')].sort());
  });

  it('costs nothing but speed when the cache folder cannot be made', () => {
    const home = join(tempDir(), 'a-file');
    writeFileSync(home, 'not a folder');
    expect(stats(home)).toEqual(reference);
  });

  it.runIf(process.getuid?.() === 0)('costs nothing but speed when the cache folder is not writable (as nobody)', () => {
    const home = tempDir();
    mkdirSync(join(home, 'digiraad'));
    chmodSync(home, 0o755);
    chmodSync(join(home, 'digiraad'), 0o555);
    expect(stats(home, 'nobody')).toEqual(reference);
    expect(cacheFiles(home)).toEqual([]);
  });
});
