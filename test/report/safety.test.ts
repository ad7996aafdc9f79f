import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestJson } from '../../src/report/manifest.js';
import { recoverInterrupted, writeReportFolder } from '../../src/report/writer.js';
import { runCli, tempDir } from '../support/cli.js';
import { BIN, runBuilt } from '../support/spawn.js';
import { readFolder, REPO } from '../support/report.js';

const OURS = ['a.csv', 'b.svg'];
const manifest = (outputs = OURS) =>
  manifestJson({
    generator: 'digiraad report',
    period: { since: '2018-10-24', asOf: '2019-10-31' },
    settings: { lang: 'nb', costBandEdges: [26], mainThemes: ['usikkerhet'], highlightTag: 'x' },
    inputs: [],
    outputs: outputs.map((file) => ({ file, bytes: 0, sha256: '' })),
  });
const files = (text: string) =>
  new Map<string, Uint8Array>([...OURS.map((f) => [f, Buffer.from(`${f} ${text}\n`)] as const), ['manifest.json', Buffer.from(manifest())]]);

describe('files digiraad did not write', () => {
  it('are kept: a foreword, a folder of pictures and a link the secretariat added survive a new report', async () => {
    const target = join(tempDir(), '2020');
    await writeReportFolder(target, files('old'));
    writeFileSync(join(target, 'forord.md'), 'Forord\n');
    mkdirSync(join(target, 'bilder'));
    writeFileSync(join(target, 'bilder', 'leder.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    symlinkSync('/etc/hostname', join(target, 'lenke'));
    await writeReportFolder(target, files('new'));
    expect(readdirSync(target).sort()).toEqual(['a.csv', 'b.svg', 'bilder', 'forord.md', 'lenke', 'manifest.json']);
    expect(readFileSync(join(target, 'a.csv'), 'utf8')).toBe('a.csv new\n');
    expect(readFileSync(join(target, 'forord.md'), 'utf8')).toBe('Forord\n');
    expect([...readFileSync(join(target, 'bilder', 'leder.jpg'))]).toEqual([0xff, 0xd8, 0xff]);
    expect(execFileSync('readlink', [join(target, 'lenke')], { encoding: 'utf8' })).toBe('/etc/hostname\n');
  });

  it('one that has the name of a file the report writes is never replaced: exit 3, naming it', async () => {
    const target = join(tempDir(), '2020');
    await writeReportFolder(target, files('old'));
    // The manifest no longer lists b.svg: the b.svg in the folder is someone else's.
    writeFileSync(join(target, 'manifest.json'), manifest(['a.csv']));
    writeFileSync(join(target, 'b.svg'), 'mine\n');
    const before = readFolder(target);
    const error = await writeReportFolder(target, files('new'), { display: 'reports/2020' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 3, fault: { kind: 'foreign-files', path: 'reports/2020', files: ['b.svg'] } });
    expect(readFolder(target)).toEqual(before);
  });

  it('digiraad report keeps them, and --check does not count them as stale', async () => {
    const cwd = tempDir();
    expect((await runCli(['report'], { cwd })).code).toBe(0);
    writeFileSync(join(cwd, 'reports', '2019', 'forord.md'), 'Forord\n');
    const again = await runCli(['report'], { cwd });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'reports', '2019', 'forord.md'), 'utf8')).toBe('Forord\n');
    const check = await runCli(['report', '--check'], { cwd });
    expect(check.stderr).toContain('reports/2019 er oppdatert');
    expect(check.code).toBe(0);
  });
});

describe('protected folders are compared by what they are, not by how they are named', () => {
  it('a data folder inside the report folder, reached through a symbolic link, is not deleted', async () => {
    const top = tempDir();
    const target = join(top, 'report');
    await writeReportFolder(target, files('old'));
    writeFileSync(join(target, 'manifest.json'), manifest([...OURS, 'registers']));
    cpSync(join(REPO, 'data'), join(target, 'registers'), { recursive: true });
    symlinkSync(target, join(top, 'link'));
    const data = join(top, 'link', 'registers');
    const error = await writeReportFolder(target, files('new'), { protect: [data] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 3, message: expect.stringContaining('refusing to replace a folder that holds') });
    expect(readFileSync(join(target, 'registers', 'projects.csv'), 'utf8')).toBe(readFileSync(join(REPO, 'data', 'projects.csv'), 'utf8'));
  });
});

describe('a report folder digiraad may not read', () => {
  const asNobody = process.getuid?.() === 0 ? 65534 : undefined;
  // Root reads anything: the fault is real only for another user (nobody, uid 65534).
  it.runIf(asNobody !== undefined)('--check on a file it cannot read: exit 3 "cannot read", not "differs"', async () => {
    const cwd = tempDir();
    chmodSync(cwd, 0o777);
    expect((await runCli(['report', '--out', 'r'], { cwd })).code).toBe(0);
    execFileSync('chmod', ['-R', 'a+rX', join(cwd, 'r')]);
    chmodSync(join(cwd, 'r', 'report.md'), 0o600);
    const result = await runBuilt(['report', '--check', '--out', 'r', '--lang', 'en'], { cwd, asUser: asNobody });
    // After the one line that names the shipped registers.
    expect(result.stderr).toMatch(/^using the example registers [^\n]*\ndigiraad: cannot read r\/report\.md: permission denied \(EACCES\)\n$/);
    expect(result.code).toBe(3);
  });
});

/**
 * Starts `digiraad report` and stops it (SIGSTOP) the moment its temporary folder appears, so
 * that a signal lands while the folder is half written. The watcher can be late on a busy
 * machine; then the run has finished and we try again.
 */
async function stoppedWhileWriting(cwd: string): Promise<{ pid: number; done: Promise<number | null> } | null> {
  const reports = join(cwd, 'reports');
  for (let attempt = 0; attempt < 10; attempt++) {
    const child = spawn(process.execPath, [BIN, 'report'], { cwd, stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? -1 : null))));
    const stopped = await new Promise<boolean>((resolve) => {
      const watcher = watch(reports, (_event, name) => {
        if (name === `.2019.tmp-${child.pid}`) {
          child.kill('SIGSTOP');
          watcher.close();
          resolve(existsSync(join(reports, `.2019.tmp-${child.pid}`)));
        }
      });
      void done.then(() => {
        watcher.close();
        resolve(false);
      });
    });
    if (stopped) return { pid: child.pid!, done };
    // Caught too late (the event was the folder's rename into place): let that run finish, try again.
    child.kill('SIGCONT');
    await done;
  }
  return null;
}

describe('an interrupted report', () => {
  async function previousReport() {
    const cwd = tempDir();
    expect((await runCli(['report'], { cwd })).code).toBe(0);
    return { cwd, before: readFolder(join(cwd, 'reports', '2019')) };
  }

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s removes the temporary folder and keeps the previous report', { timeout: 180_000 }, async (signal, code) => {
    const { cwd, before } = await previousReport();
    const run = await stoppedWhileWriting(cwd);
    expect(run, 'could not catch the run while it wrote').not.toBeNull();
    process.kill(run!.pid, signal);
    process.kill(run!.pid, 'SIGCONT');
    expect(await run!.done).toBe(code);
    expect(readdirSync(join(cwd, 'reports'))).toEqual(['2019']);
    expect(readFolder(join(cwd, 'reports', '2019'))).toEqual(before);
  });

  it('after SIGKILL, the next run sweeps the temporary folder the killed run left', { timeout: 180_000 }, async () => {
    const { cwd } = await previousReport();
    const run = await stoppedWhileWriting(cwd);
    expect(run).not.toBeNull();
    process.kill(run!.pid, 'SIGKILL');
    await run!.done;
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual([`.2019.tmp-${run!.pid}`, '2019']);
    const next = await runBuilt(['report'], { cwd });
    expect(next.code).toBe(0);
    expect(readdirSync(join(cwd, 'reports'))).toEqual(['2019']);
  });

  it('a kill between the two renames: the next --check puts the previous report back from .old-', async () => {
    const { cwd, before } = await previousReport();
    // A process id that was surely in use and is surely gone: a child that has exited.
    const dead = spawn('true');
    await new Promise((resolve) => dead.on('close', resolve));
    const reports = join(cwd, 'reports');
    execFileSync('mv', [join(reports, '2019'), join(reports, `.2019.old-${dead.pid}`)]);
    const check = await runCli(['report', '--check'], { cwd });
    expect(check.code, check.stderr).toBe(0);
    expect(readdirSync(reports)).toEqual(['2019']);
    expect(readFolder(join(reports, '2019'))).toEqual(before);
  });

  it('leaves the siblings of a run that is still going, and anything not named like ours', () => {
    const parent = tempDir();
    const live = join(parent, `.2019.tmp-${process.ppid}`);
    const other = join(parent, '.2019.tmp-notes');
    mkdirSync(live);
    mkdirSync(other);
    recoverInterrupted(join(parent, '2019'));
    expect(readdirSync(parent).sort()).toEqual([`.2019.tmp-${process.ppid}`, '.2019.tmp-notes']);
  });
});
