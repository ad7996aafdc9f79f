import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './support/cli.js';
import { runBuilt } from './support/spawn.js';

describe('settings that are odd but not wrong, and settings that are too long', () => {
  it('reads digiraad.config.json saved with a UTF-8 BOM, as registers are', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'digiraad.config.json'), `\uFEFF${JSON.stringify({ lang: 'en' })}`);
    const result = await runCli(['config', '--format', 'json'], { cwd });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).settings.lang.value).toBe('en');
  });

  it('a flag overrides a bad DIGIRAAD_* value: only the value that wins is checked', async () => {
    const result = await runCli(['config', '--format', 'json', '--lang', 'en', '--cost-bands', '26,200'], {
      cwd: tempDir(),
      env: { DIGIRAAD_LANG: 'klingon', DIGIRAAD_COST_BANDS: 'many' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { settings } = JSON.parse(result.stdout);
    expect(settings.lang.value).toBe('en');
    expect(settings.costBandEdges.value).toEqual([26, 200]);
  });

  it('the bad variable is still refused when nothing overrides it', async () => {
    const result = await runCli(['config'], { cwd: tempDir(), env: { DIGIRAAD_LANG: 'klingon' } });
    expect(result.stderr).toContain('DIGIRAAD_LANG (miljøvariabel): "klingon" er ikke en gyldig verdi for lang');
    expect(result.code).toBe(2);
  });

  it('a path setting longer than PATH_MAX is refused before it is used, naming where it came from', async () => {
    const result = await runCli(['report', '--out', 'x'.repeat(5_000_000), '--lang', 'en'], { cwd: tempDir() });
    expect(result.stderr).toBe('digiraad: --out: out is 5000000 characters long, the limit is 4096\n');
    expect(result.code).toBe(2);
  });

  it('a long value in the config file: its name, the length and the limit', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'digiraad.config.json'), JSON.stringify({ highlightTag: 'a'.repeat(5000) }));
    const result = await runCli(['config'], { cwd });
    expect(result.stderr).toBe('digiraad: digiraad.config.json: highlightTag er 5000 tegn lang, grensen er 1000\n');
    expect(result.code).toBe(2);
  });

  it('a config file beyond 64 KB is not read into memory', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'digiraad.config.json'), JSON.stringify({ out: 'o'.repeat(1_000_000) }));
    const result = await runCli(['config', '--lang', 'en'], { cwd });
    expect(result.stderr).toBe('digiraad: digiraad.config.json is 1000010 bytes, the limit is 65536: that is not a settings file\n');
    expect(result.code).toBe(3);
  });

  // Spawned: before the fix, reading the FIFO blocked the process for good.
  it('a digiraad.config.json that is a FIFO is refused, not waited on', async () => {
    const cwd = tempDir();
    execFileSync('mkfifo', [join(cwd, 'digiraad.config.json')]);
    const result = await runBuilt(['config', '--lang', 'en'], { cwd, timeout: 20_000 });
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toBe(
      `digiraad: ${join(cwd, 'digiraad.config.json')} is a named pipe (FIFO), not a regular file: digiraad does not read it (put a CSV file there, or remove it)\n`,
    );
    expect(result.code).toBe(3);
  });
});
