import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { BIN, runBuilt } from '../support/spawn.js';

/** Runs the built CLI with its stdout pipe closed by the reader before anything is written, as `| head` does. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('stdout that cannot be written', () => {
  it.each([[['--help']], [['stats', '--format', 'json']], [['validate', '--format', 'json']], [['projects']]])(
    'digiraad %j with the reader gone: exit 0, nothing on stderr, as cat does',
    async (args) => {
      const { code, stderr } = await withClosedStdout(args);
      // Only the note that the shipped registers are read.
      expect(stderr.replace(/^bruker eksempelregistrene [^\n]*\n/, '')).toBe('');
      expect(code).toBe(0);
    },
  );

  it('stats > /dev/full: a message on stderr, exit 3', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await runBuilt(['stats', '--lang', 'en'], { stdout: full });
      expect(result.stderr).toMatch(/^using the example registers [^\n]*\ndigiraad: cannot write the output: no space left on the device \(ENOSPC\)\n$/);
      expect(result.code).toBe(3);
    } finally {
      closeSync(full);
    }
  });

  it('in bokmål by default', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await runBuilt(['stats', '--format', 'csv'], { stdout: full });
      expect(result.stderr).toMatch(/^bruker eksempelregistrene [^\n]*\ndigiraad: kan ikke skrive utdata: disken er full \(ENOSPC\)\n$/);
      expect(result.code).toBe(3);
    } finally {
      closeSync(full);
    }
  });
});

describe('a working folder that was deleted', () => {
  it('exit 3 with the reason, no stack trace', async () => {
    const cwd = join(tempDir(), 'gone');
    mkdirSync(cwd);
    // The child starts in the folder; the folder goes before it asks where it is.
    const child = spawn('sh', ['-c', `rmdir "${cwd}" && exec "${process.execPath}" "${BIN}" stats --lang en`], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const code = await new Promise((resolve) => child.on('close', resolve));
    rmSync(cwd, { recursive: true, force: true });
    expect(stderr).toBe('digiraad: the working folder does not exist any more (ENOENT): change to a folder that exists and try again\n');
    expect(code).toBe(3);
  });
});
