import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

describe('digiraad init and the files around it', () => {
  it('--force replaces a symbolic link in its way, never the file it points to', async () => {
    const top = tempDir();
    const outside = join(top, 'precious.csv');
    writeFileSync(outside, 'the secretariat’s own file\n');
    const dir = join(top, 'registers');
    mkdirSync(dir);
    symlinkSync(outside, join(dir, 'projects.csv'));
    const result = await runCli(['init', dir, '--force'], { cwd: top });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('the secretariat’s own file\n');
    expect(lstatSync(join(dir, 'projects.csv')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'projects.csv'), 'utf8')).toMatch(/^id,name,/);
  });

  it('refuses the root of the file system', async () => {
    const result = await runCli(['init', '/', '--force', '--lang', 'en'], { cwd: tempDir() });
    expect(result.stderr).toBe('digiraad: /: give a folder to write the report into, not the root of the file system\n');
    expect(result.code).toBe(3);
  });
});

// A real full disk: a 16 KB tmpfs (mounting needs root; skipped otherwise, with the reason).
const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
describe.runIf(canMount)('init on a full disk (a 16 KB tmpfs)', () => {
  const mountPoint = tempDir();
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mountPoint]);
    mounted = true;
  } catch {
    // Not allowed here (a container without CAP_SYS_ADMIN): the test below is skipped.
  }
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
  });

  it.runIf(mounted)('leaves nothing half-written: exit 3, ENOSPC, and no file or folder of its own', async () => {
    // Fill the disk but for a few KB, so that some files fit and the rest do not.
    writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(8 * 1024));
    const result = await runCli(['init', join(mountPoint, 'registers'), '--lang', 'en'], { cwd: mountPoint });
    expect(result.stderr).toMatch(/cannot write .*registers: no space left on the device \(ENOSPC\); nothing was changed/);
    expect(result.code).toBe(3);
    expect(readdirSync(mountPoint)).toEqual(['filler']);
  });

  it.runIf(mounted)('--force over earlier registers keeps them whole when the disk fills', async () => {
    const dir = join(mountPoint, 'kept');
    mkdirSync(dir);
    writeFileSync(join(dir, 'projects.csv'), 'id\n');
    const result = await runCli(['init', dir, '--force', '--lang', 'en'], { cwd: mountPoint });
    expect(result.code).toBe(3);
    expect(readdirSync(dir)).toEqual(['projects.csv']);
    expect(readFileSync(join(dir, 'projects.csv'), 'utf8')).toBe('id\n');
  });
});
