import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { runCli, tempDir } from '../support/cli.js';
import { REPO } from '../support/report.js';

// Run from folders without registers: the shipped ones are read, and named on stderr first.
const SHIPPED = `bruker eksempelregistrene som følger med digiraad (${join(REPO, 'data')})\n`;
const SHIPPED_EN = `using the example registers that come with digiraad (${join(REPO, 'data')})\n`;

const manifestOf = (folder: string) => JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));

describe('digiraad report --check', () => {
  it('records the digiraad and Node versions that wrote the report', async () => {
    const cwd = tempDir();
    expect((await runCli(['report', '--out', 'a'], { cwd })).code).toBe(0);
    expect(manifestOf(join(cwd, 'a')).writtenBy).toEqual({ digiraad: packageJson.version, node: process.version });
  });

  it('is not thrown off by SOURCE_DATE_EPOCH: the folder says when it was made', async () => {
    const cwd = tempDir();
    const epoch = { SOURCE_DATE_EPOCH: '1572480000' };
    expect((await runCli(['report', '--out', 'plain'], { cwd })).code).toBe(0);
    const plain = await runCli(['report', '--check', '--out', 'plain'], { cwd, env: epoch });
    expect(plain.stderr).toBe(`${SHIPPED}✓ plain er oppdatert (32 filer)\n`);
    expect(plain.code).toBe(0);

    expect((await runCli(['report', '--out', 'dated'], { cwd, env: epoch })).code).toBe(0);
    expect(readFileSync(join(cwd, 'dated', 'index.html'), 'utf8')).toContain('Laget 2019-10-31T00:00:00Z.');
    expect((await runCli(['report', '--check', '--out', 'dated'], { cwd })).code).toBe(0);
    // The time is checked like the rest: index.html must carry the time its manifest records.
    const html = join(cwd, 'dated', 'index.html');
    writeFileSync(html, readFileSync(html, 'utf8').replace('Laget 2019-10-31T00:00:00Z.', 'Laget 2020-01-01T00:00:00Z.'));
    const tampered = await runCli(['report', '--check', '--out', 'dated'], { cwd, env: { SOURCE_DATE_EPOCH: '1577836800' } });
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('ulike: index.html');
  });

  it('--all checks every report folder under reports/ with its own period and settings, and explains a change of version', async () => {
    const cwd = tempDir();
    expect((await runCli(['report', '--report', '2018', '--lang', 'en', '--cost-bands', '26,200'], { cwd })).code).toBe(0);
    expect((await runCli(['report'], { cwd })).code).toBe(0);
    writeFileSync(join(cwd, 'reports', 'notes.txt'), 'not a report\n');
    const clean = await runCli(['report', '--check', '--all'], { cwd });
    expect(clean).toEqual({ code: 0, stdout: '', stderr: `${SHIPPED}✓ reports/2018 er oppdatert (32 filer)\n✓ reports/2019 er oppdatert (32 filer)\n` });

    const folder = join(cwd, 'reports', '2018');
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ ...manifestOf(folder), writtenBy: { digiraad: '0.0.1', node: 'v18.0.0' } }, null, 2) + '\n');
    // The versions alone are no difference: what an older digiraad wrote is checked as it wrote it.
    expect((await runCli(['report', '--check', '--all'], { cwd })).code).toBe(0);
    writeFileSync(join(folder, 'report.md'), 'older\n');
    const stale = await runCli(['report', '--check', '--all', '--lang', 'en'], { cwd });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('✓ reports/2019 is up to date (32 files)\n');
    expect(stale.stderr).toContain('differs: report.md');
    expect(stale.stderr).toContain(
      `reports/2018 was written by digiraad 0.0.1 on Node v18.0.0, and this is digiraad ${packageJson.version} on Node ${process.version}: the difference may come from the change of version`,
    );
    const bokmål = await runCli(['report', '--check', '--all'], { cwd });
    expect(bokmål.stderr).toContain(
      `reports/2018 ble skrevet av digiraad 0.0.1 med Node v18.0.0, og dette er digiraad ${packageJson.version} med Node ${process.version}: forskjellen kan komme av versjonsbyttet`,
    );
  }, 120_000); // five whole reports (charts and Word) on a machine that may be busy

  it.each([
    [['report', '--all'], '--all goes with --check'],
    [['report', '--check', '--all', '--report', '2019'], '--check --all checks each folder with the period and settings of its manifest.json'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const result = await runCli([...args, '--lang', 'en'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('--all says so when there is no report folder', async () => {
    const result = await runCli(['report', '--check', '--all', '--lang', 'en'], { cwd: tempDir() });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `${SHIPPED_EN}digiraad: reports has no report folders (folders with a manifest.json from digiraad report)\n`,
    });
  });
});
