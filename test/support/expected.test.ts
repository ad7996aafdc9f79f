import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './cli.js';
import { expectFile, UPDATE } from './expected.js';

describe.skipIf(UPDATE)('expectFile', () => {
  it('fails when the expected file is missing, and does not write it', () => {
    const file = join(tempDir(), 'expected.txt');
    expect(() => expectFile('anything\n', file)).toThrow(/is missing: write it with UPDATE=1/);
    expect(existsSync(file)).toBe(false);
  });

  it('fails when the bytes differ, and passes when they are the same', () => {
    const file = join(tempDir(), 'expected.txt');
    writeFileSync(file, 'one\n');
    expect(() => expectFile('two\n', file)).toThrow();
    expectFile('one\n', file);
  });
});
