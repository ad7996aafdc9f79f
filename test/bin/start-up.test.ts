// What `digiraad stats` costs before it reads a register is mostly what Node loads for it: each of
// Node's own modules is compiled as it is first required. These run the real bin in a child
// process and list the built-in modules it loaded beyond what `node` itself loads for a script.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { BIN, ROOT } from '../support/spawn.js';

/** The built-in modules loaded by running `script` with `args`, beyond those loaded before it ran. */
function builtinsLoaded(script: string, args: string[], stdout: 'pipe' | number = 'pipe'): string[] {
  const preload = join(tempDir(), 'builtins.cjs');
  writeFileSync(
    preload,
    `const before = new Set(process.moduleLoadList);
process.on('exit', () => require('node:fs').writeSync(2, '\\nbuiltins ' + JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));`,
  );
  const run = spawnSync(process.execPath, ['--require', preload, script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: tempDir() },
    stdio: ['ignore', stdout, 'pipe'],
  });
  expect(run.status).toBe(0);
  return JSON.parse(/\nbuiltins (.*)$/.exec(run.stderr)![1]!).map((m: string) => m.replace(/^(NativeModule|Internal Binding) /, ''));
}

describe('start-up of digiraad stats', () => {
  let loaded: string[];
  beforeAll(() => {
    loaded = builtinsLoaded(BIN, ['stats']);
  });

  it('does not start the ES module loader for the bin (it is CommonJS)', () => {
    const script = join(tempDir(), 'empty.mjs');
    writeFileSync(script, '');
    // An ES module entry loads these; the bin does not.
    const esm = builtinsLoaded(script, []).filter(
      (m) => m.startsWith('internal/modules/esm/') && m !== 'internal/modules/esm/loader' && m !== 'internal/modules/esm/assert',
    );
    expect(esm.length).toBeGreaterThan(0);
    expect(loaded.filter((m) => esm.includes(m))).toEqual([]);
  });

  it.each([
    ['a pipe', () => 'pipe' as const],
    ['/dev/null', () => openSync('/dev/null', 'w')],
    ['a file', () => openSync(join(tempDir(), 'figures.txt'), 'w')],
  ])('writes to %s without the stream modules, net or tty (writeSync: only a terminal needs them)', (_, open) => {
    const stdout = open();
    try {
      const streams = builtinsLoaded(BIN, ['stats'], stdout).filter((m) => /^(stream|net|tty|internal\/(streams|tty|fs\/sync_write_stream)\b)/.test(m));
      expect(streams).toEqual([]);
    } finally {
      if (typeof stdout === 'number') closeSync(stdout);
    }
  });

  it('loads neither node:crypto (only a report takes digests) nor node:fs/promises (only writing files needs it)', () => {
    expect(loaded.filter((m) => /crypto|fs\/promises/.test(m))).toEqual([]);
  });
});

describe('the bundle', () => {
  it('is ASCII, so that the bin reads it as latin1: one byte a character for V8 (a single other character would double it)', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'));
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });
});
