import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigiraadError } from '../../src/errors.js';
import { compareFolder, isClean } from '../../src/report/check.js';
import { manifestJson } from '../../src/report/manifest.js';
import { nodeFileSystem, writeReportFolder, type FileSystem } from '../../src/report/writer.js';
import { tempDir } from '../support/cli.js';
import { readFolder } from '../support/report.js';

const manifest = manifestJson({
  generator: 'digiraad report',
  period: { since: '2018-10-24', asOf: '2019-10-31' },
  settings: { lang: 'nb', costBandEdges: [26], mainThemes: ['usikkerhet'], highlightTag: 'x' },
  inputs: [],
  outputs: ['a.csv', 'b.svg', 'c.png', 'old-only.txt'].map((file) => ({ file, bytes: 0, sha256: '' })),
});
const files = (text: string) =>
  new Map<string, Uint8Array>([
    ['a.csv', Buffer.from(`a ${text}\n`)],
    ['b.svg', Buffer.from(`b ${text}\n`)],
    ['c.png', Buffer.from(`c ${text}\n`)],
    ['manifest.json', Buffer.from(manifest)],
  ]);

/** An old report in <parent>/report, to be replaced. */
async function oldReport() {
  const parent = tempDir('digiraad-writer-');
  const target = join(parent, 'report');
  await writeReportFolder(target, new Map([...files('old'), ['old-only.txt', Buffer.from('old\n')]]));
  return { parent, target, before: readFolder(target) };
}

const expectUnchanged = (target: string, before: Map<string, Buffer>) => {
  const after = readFolder(target);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(Buffer.compare(after.get(name)!, bytes)).toBe(0);
};

describe('writeReportFolder', () => {
  it('writes a new folder, leaving nothing beside it', async () => {
    const parent = tempDir('digiraad-writer-');
    await writeReportFolder(join(parent, 'deep', 'report'), files('new'));
    expect(readdirSync(join(parent, 'deep'))).toEqual(['report']);
    expect(readFileSync(join(parent, 'deep', 'report', 'a.csv'), 'utf8')).toBe('a new\n');
  });

  it('replaces a previous report completely', async () => {
    const { parent, target } = await oldReport();
    await writeReportFolder(target, files('new'));
    expect(readdirSync(target).sort()).toEqual(['a.csv', 'b.svg', 'c.png', 'manifest.json']);
    expect(readFileSync(join(target, 'b.svg'), 'utf8')).toBe('b new\n');
    expect(readdirSync(parent)).toEqual(['report']);
    expect(isClean(await compareFolder(target, files('new')))).toBe(true);
  });

  it('a failure in the middle of writing leaves the old folder intact and no temporary folder', async () => {
    const { parent, target, before } = await oldReport();
    let written = 0;
    const failing: FileSystem = {
      ...nodeFileSystem,
      writeFile: async (path, data) => {
        if (++written === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        await nodeFileSystem.writeFile(path, data);
      },
    };
    const error = await writeReportFolder(target, files('new'), { fs: failing, display: 'reports/2019' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DigiraadError);
    expect((error as DigiraadError).exitCode).toBe(3);
    expect((error as DigiraadError).message).toBe('cannot write reports/2019: no space left on the device (ENOSPC); nothing was changed');
    expect(written).toBe(3);
    expectUnchanged(target, before);
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('a failure when moving the new folder in puts the old one back', async () => {
    const { parent, target, before } = await oldReport();
    const failing: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (from.includes('.tmp-')) throw new Error('EXDEV: cross-device link not permitted');
        await nodeFileSystem.rename(from, to);
      },
    };
    await expect(writeReportFolder(target, files('new'), { fs: failing })).rejects.toThrow(/nothing was changed/);
    expectUnchanged(target, before);
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('replaces only an empty folder or a report it wrote; never a file, the root, or a folder holding a protected one', async () => {
    const parent = tempDir('digiraad-writer-');
    const mine = join(parent, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'thesis.docx'), 'precious');
    await expect(writeReportFolder(mine, files('new'))).rejects.toThrow(/not a report folder digiraad wrote/);
    expect(readdirSync(mine)).toEqual(['thesis.docx']);
    writeFileSync(join(parent, 'file'), 'x');
    await expect(writeReportFolder(join(parent, 'file'), files('new'))).rejects.toThrow(/not a folder/);
    await expect(writeReportFolder('/', files('new'))).rejects.toThrow(/root/);
    const report = join(parent, 'r');
    await writeReportFolder(report, files('one'));
    await expect(writeReportFolder(report, files('two'), { protect: [join(report, 'data')] })).rejects.toThrow(/refusing to replace a folder that holds/);
    await expect(writeReportFolder(parent, files('two'), { protect: [parent] })).rejects.toThrow(/refusing to replace a folder that holds/);
    expect(readFileSync(join(report, 'a.csv'), 'utf8')).toBe('a one\n');
    const empty = join(parent, 'empty');
    mkdirSync(empty);
    await writeReportFolder(empty, files('new'));
    expect(existsSync(join(empty, 'a.csv'))).toBe(true);
  });

  it('refuses file names that could leave the folder', async () => {
    const parent = tempDir('digiraad-writer-');
    for (const name of ['../escape.txt', 'sub/dir.txt', '.hidden', '/abs.txt', 'x..y']) {
      await expect(writeReportFolder(join(parent, 'r'), new Map([[name, Buffer.from('x')]]))).rejects.toThrow(/refusing to write a report file/);
    }
    expect(readdirSync(parent)).toEqual([]);
  });
});
