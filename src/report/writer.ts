import * as fsp from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { ioError, systemReason } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import { isOurManifest, MANIFEST_FILE } from './manifest.js';

/** The file operations the writer uses: node:fs/promises, or a stand-in that fails on purpose in tests. */
export interface FileSystem {
  mkdir(path: string, options?: { recursive?: boolean }): Promise<unknown>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: boolean; force: boolean }): Promise<void>;
  lstat(path: string): Promise<{ isDirectory(): boolean; isSymbolicLink(): boolean }>;
}

export const nodeFileSystem: FileSystem = {
  mkdir: (path, options) => fsp.mkdir(path, options),
  writeFile: (path, data) => fsp.writeFile(path, data),
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
  lstat: (path) => fsp.lstat(path),
};

/** Our file names only: flat, no separators, no dot-dot, nothing hidden. */
const SAFE_NAME = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9]+)+$/;

export interface WriteOptions {
  fs?: FileSystem;
  /** How the folder is named in messages (relative to the working folder). */
  display?: string;
  /** Folders that must survive: the folder written may be neither one of them nor hold one. */
  protect?: readonly string[];
  /** Names the temporary siblings; the process id by default. */
  tag?: string | number;
}

/**
 * Writes `files` as the folder `target`, atomically: everything goes into a temporary sibling
 * `.<name>.tmp-<pid>`, which replaces `target` only once it is complete. On any failure the
 * temporary folder is removed and `target` is left as it was. Only `target` and its two
 * temporary siblings are ever touched, and an existing `target` is replaced only when it is
 * empty or a report folder this command wrote (it has our manifest.json).
 */
export async function writeReportFolder(target: string, files: ReadonlyMap<string, Uint8Array>, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const folder = resolve(target);
  const display = options.display ?? folder;
  const name = basename(folder);
  for (const file of files.keys()) {
    if (!SAFE_NAME.test(file)) throw new Error(`refusing to write a report file named ${JSON.stringify(file)}`);
  }
  if (name === '' || dirname(folder) === folder) throw ioError((t) => t.errors.rootFolder(display));
  for (const kept of options.protect ?? []) {
    const path = resolve(kept);
    if (path === folder || path.startsWith(folder + sep)) throw ioError((t) => t.errors.protectedFolder(display, kept));
  }

  const parent = dirname(folder);
  const tag = options.tag ?? process.pid;
  const temporary = join(parent, `.${name}.tmp-${tag}`);
  const previous = join(parent, `.${name}.old-${tag}`);
  const fail = (step: keyof Messages['errors']['writeStep'], error: unknown) => ioError((t) => t.errors.writeFailed(display, t.errors.writeStep[step], systemReason(error)(t)));

  const existing = await fs.lstat(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw fail('look', error);
  });
  if (existing) await assertReplaceable(fs, folder, display, existing);

  try {
    await fs.mkdir(parent, { recursive: true });
    await fs.rm(temporary, { recursive: true, force: true });
    await fs.mkdir(temporary);
  } catch (error) {
    throw fail('temporary', error);
  }
  try {
    for (const [file, bytes] of files) await fs.writeFile(join(temporary, file), bytes);
  } catch (error) {
    await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    throw fail('unchanged', error);
  }

  if (!existing) {
    try {
      await fs.rename(temporary, folder);
    } catch (error) {
      await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
      throw fail('unchanged', error);
    }
    return;
  }
  // rename() cannot replace a non-empty folder: move the old one aside, move the new one in,
  // and put the old one back if that fails.
  try {
    await fs.rm(previous, { recursive: true, force: true });
    await fs.rename(folder, previous);
  } catch (error) {
    await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    throw fail('unchanged', error);
  }
  try {
    await fs.rename(temporary, folder);
  } catch (error) {
    await fs.rename(previous, folder).catch(() => undefined);
    await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    throw fail('keptPrevious', error);
  }
  await fs.rm(previous, { recursive: true, force: true }).catch(() => undefined);
}

async function assertReplaceable(fs: FileSystem, folder: string, display: string, info: { isDirectory(): boolean; isSymbolicLink(): boolean }): Promise<void> {
  if (info.isSymbolicLink()) throw ioError((t) => t.errors.symbolicLink(display));
  if (!info.isDirectory()) throw ioError((t) => t.errors.notAFolder(display));
  const entries = await fs.readdir(folder);
  if (entries.length === 0) return;
  const manifest = entries.includes(MANIFEST_FILE) ? await fs.readFile(join(folder, MANIFEST_FILE)).catch(() => null) : null;
  if (manifest && isOurManifest(Buffer.from(manifest).toString('utf8'))) return;
  throw ioError((t) => t.errors.notOurFolder(display, MANIFEST_FILE));
}

/**
 * Writes new files under `dir` (the registers of `digiraad init`). Unless `force`, nothing is
 * written when any of them exists already: exit code 3, as for any file that cannot be written,
 * since the fix is the same (another folder, or --force), not a change to the command.
 */
export async function writeNewFiles(dir: string, shown: string, files: readonly { path: string; content: string | Uint8Array }[], force: boolean): Promise<void> {
  if (!force) {
    const exists = async (path: string) => fsp.access(path).then(() => true, () => false);
    const existing: string[] = [];
    for (const f of files) if (await exists(join(dir, f.path))) existing.push(join(shown, f.path));
    if (existing.length > 0) {
      throw ioError((t) => t.errors.wontOverwrite(existing[0]!, existing.length - 1));
    }
  }
  for (const f of files) {
    const path = join(dir, f.path);
    try {
      await fsp.mkdir(dirname(path), { recursive: true });
      // 'wx' fails rather than overwrite a file that appeared since the check above.
      await fsp.writeFile(path, f.content, { flag: force ? 'w' : 'wx' });
    } catch (error) {
      throw ioError((t) => t.errors.couldNotWrite(join(shown, f.path), systemReason(error)(t)));
    }
  }
}

/** Writes one file (`--output`) through a temporary sibling, so that a failure leaves no half-written file. */
export async function writeFileAtomically(path: string, shown: string, content: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  try {
    await fsp.writeFile(temporary, content, { flag: 'wx' });
    await fsp.rename(temporary, path);
  } catch (error) {
    await fsp.rm(temporary, { force: true });
    throw ioError((t) => t.errors.couldNotWrite(shown, systemReason(error)(t)));
  }
}
